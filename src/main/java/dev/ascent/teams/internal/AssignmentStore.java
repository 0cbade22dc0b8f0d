package dev.ascent.teams.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Assigned roadmaps as stored, with the team's name beside them; names of people and roadmaps come from their modules. */
@Repository
public class AssignmentStore {

    public record Row(UUID id, UUID teamId, String teamName, UUID accountId, String roadmapId, LocalDate startDate, int weeklyHours,
                      @Nullable UUID assignedBy, Instant assignedAt, String state, @Nullable Instant answeredAt, int version) {
    }

    private static final String COLUMNS = """
            select a.id, a.team_id, t.name as team_name, a.account_id, a.roadmap_id, a.start_date, a.weekly_hours, a.assigned_by,
                   a.assigned_at, a.state, a.answered_at, a.version
              from teams.assignments a join teams.teams t on t.id = a.team_id
            """;

    private static final RowMapper<Row> ROWS = (rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
            rs.getString("team_name"), rs.getObject("account_id", UUID.class), rs.getString("roadmap_id"), rs.getObject("start_date", LocalDate.class),
            rs.getInt("weekly_hours"), rs.getObject("assigned_by", UUID.class), rs.getObject("assigned_at", OffsetDateTime.class).toInstant(),
            rs.getString("state"), instant(rs.getObject("answered_at", OffsetDateTime.class)), rs.getInt("version"));

    private final JdbcClient jdbc;

    AssignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds an open assignment; false when the member already has this roadmap waiting for an answer in this team. */
    public boolean insert(UUID id, UUID teamId, UUID accountId, String roadmapId, LocalDate start, int hours, UUID by, Instant at) {
        return jdbc.sql("""
                        insert into teams.assignments (id, team_id, account_id, roadmap_id, start_date, weekly_hours, assigned_by, assigned_at)
                        values (:id, :t, :a, :roadmap, :start, :hours, :by, :at)
                        on conflict (team_id, account_id, roadmap_id) where state = 'OPEN' do nothing
                        """)
                .param("id", id).param("t", teamId).param("a", accountId).param("roadmap", roadmapId).param("start", start)
                .param("hours", hours).param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update() == 1;
    }

    public Optional<Row> find(UUID teamId, UUID id) {
        return jdbc.sql(COLUMNS + " where a.team_id = :t and a.id = :id").param("t", teamId).param("id", id).query(ROWS).optional();
    }

    /** The team's assignments, newest first, at most {@code limit}. */
    public List<Row> ofTeam(UUID teamId, int limit) {
        return jdbc.sql(COLUMNS + " where a.team_id = :t order by a.assigned_at desc, a.id limit :limit")
                .param("t", teamId).param("limit", limit).query(ROWS).list();
    }

    /** The account's assignments in every team (or one), newest first. */
    public List<Row> ofMember(UUID accountId, @Nullable UUID teamId) {
        return jdbc.sql(COLUMNS + " where a.account_id = :a" + (teamId == null ? "" : " and a.team_id = :t") + " order by a.assigned_at desc, a.id")
                .param("a", accountId).params(teamId == null ? java.util.Map.of() : java.util.Map.of("t", teamId)).query(ROWS).list();
    }

    /** Records the member's answer if the assignment is still open at {@code expectedVersion}. */
    public boolean answer(UUID id, String state, Instant at, int expectedVersion) {
        return jdbc.sql("""
                        update teams.assignments set state = :state, answered_at = :at, version = version + 1
                         where id = :id and state = 'OPEN' and version = :expected
                        """)
                .param("id", id).param("state", state).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("expected", expectedVersion).update() == 1;
    }

    /** Erasure: the account's own assignments go; those it made stay with the team, no longer naming it. */
    public void forget(UUID accountId) {
        jdbc.sql("delete from teams.assignments where account_id = :a").param("a", accountId).update();
        jdbc.sql("update teams.assignments set assigned_by = null where assigned_by = :a").param("a", accountId).update();
    }

    public boolean any(UUID accountId) {
        return jdbc.sql("select exists (select 1 from teams.assignments where account_id = :a or assigned_by = :a)").param("a", accountId)
                .query(Boolean.class).single();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
