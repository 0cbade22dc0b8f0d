package dev.ascent.teams.internal;

import dev.ascent.catalog.Level;
import dev.ascent.learning.Proficiency;
import dev.ascent.teams.CheckIn;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Check-ins and their topics. Names of people are not stored: the facade adds them from the accounts module. */
@Repository
public class CheckInStore {

    /** A check-in as stored, without names. */
    public record Row(UUID id, UUID teamId, UUID memberId, @Nullable UUID assessorId, String roadmapId, String roadmapTitle,
                      String phaseId, String phaseTitle, Instant openedAt, @Nullable Instant memberSubmittedAt,
                      @Nullable Instant assessorSubmittedAt, @Nullable Level agreedLevel, @Nullable String agreedNote,
                      @Nullable Instant agreedAt, int version) {
    }

    /** A row of a member's history: the check-in, how many topics it covers and how many the two rate differently. */
    public record HistoryRow(Row checkIn, int topics, int differences) {
    }

    private static final String COLUMNS = """
            c.id, c.team_id, c.member_id, c.assessor_id, c.roadmap_id, c.roadmap_title, c.phase_id, c.phase_title, c.opened_at,
            c.member_submitted_at, c.assessor_submitted_at, c.agreed_level, c.agreed_note, c.agreed_at, c.version""";

    /** Most check-ins a history shows (one a month for eight years). */
    static final int HISTORY = 100;

    private final JdbcClient jdbc;

    CheckInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row row, List<CheckIn.Line> lines) {
        jdbc.sql("""
                        insert into teams.check_ins (id, team_id, member_id, assessor_id, roadmap_id, roadmap_title, phase_id, phase_title, opened_at)
                        values (:id, :team, :member, :assessor, :roadmap, :roadmapTitle, :phase, :phaseTitle, :at)""")
                .param("id", row.id()).param("team", row.teamId()).param("member", row.memberId()).param("assessor", row.assessorId())
                .param("roadmap", row.roadmapId()).param("roadmapTitle", row.roadmapTitle()).param("phase", row.phaseId())
                .param("phaseTitle", row.phaseTitle()).param("at", at(row.openedAt())).update();
        jdbc.sql("""
                        insert into teams.check_in_topics (check_in_id, position, topic_id, title, self_level)
                        select :id, v.position, v.topic, v.title, v.level
                        from unnest(:topics::text[], :titles::text[], :levels::text[]) with ordinality as v(topic, title, level, position)""")
                .param("id", row.id())
                .param("topics", lines.stream().map(CheckIn.Line::topicId).toArray(String[]::new))
                .param("titles", lines.stream().map(CheckIn.Line::title).toArray(String[]::new))
                .param("levels", lines.stream().map(line -> line.self() == null ? null : line.self().name()).toArray(String[]::new))
                .update();
    }

    /** Whether the member has a check-in in the team that is not agreed yet. */
    public Optional<UUID> openFor(UUID teamId, UUID memberId) {
        return jdbc.sql("select id from teams.check_ins where team_id = :team and member_id = :member and agreed_at is null")
                .param("team", teamId).param("member", memberId).query(UUID.class).optional();
    }

    public Optional<Row> find(UUID teamId, UUID checkInId) {
        return jdbc.sql("select " + COLUMNS + " from teams.check_ins c where c.id = :id and c.team_id = :team")
                .param("id", checkInId).param("team", teamId).query((rs, n) -> row(rs)).optional();
    }

    /** The check-in's topics in their order, each with both levels. */
    public List<CheckIn.Line> lines(UUID checkInId) {
        return jdbc.sql("select topic_id, title, self_level, assessor_level from teams.check_in_topics where check_in_id = :id order by position")
                .param("id", checkInId)
                .query((rs, n) -> new CheckIn.Line(rs.getString("topic_id"), rs.getString("title"), level(rs.getString("self_level")),
                        level(rs.getString("assessor_level"))))
                .list();
    }

    /** The topics of several check-ins at once, by check-in (export). */
    public Map<UUID, List<CheckIn.Line>> lines(List<UUID> checkInIds) {
        Map<UUID, List<CheckIn.Line>> lines = new java.util.LinkedHashMap<>();
        if (checkInIds.isEmpty()) {
            return lines;
        }
        jdbc.sql("""
                        select check_in_id, topic_id, title, self_level, assessor_level from teams.check_in_topics
                        where check_in_id = any(:ids::uuid[]) order by check_in_id, position""")
                .param("ids", checkInIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("check_in_id", UUID.class), new CheckIn.Line(rs.getString("topic_id"),
                        rs.getString("title"), level(rs.getString("self_level")), level(rs.getString("assessor_level")))))
                .list().forEach(entry -> lines.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
        return lines;
    }

    /** The member's check-ins in the team, newest first, with their counts, in one statement. */
    public List<HistoryRow> history(UUID teamId, UUID memberId) {
        return jdbc.sql("select " + COLUMNS + """
                        , (select count(*) from teams.check_in_topics t where t.check_in_id = c.id) as topics,
                          (select count(*) from teams.check_in_topics t where t.check_in_id = c.id
                             and t.self_level is not null and t.assessor_level is not null and t.self_level <> t.assessor_level) as differences
                        from teams.check_ins c where c.team_id = :team and c.member_id = :member
                        order by c.opened_at desc limit :limit""")
                .param("team", teamId).param("member", memberId).param("limit", HISTORY)
                .query((rs, n) -> new HistoryRow(row(rs), rs.getInt("topics"), rs.getInt("differences"))).list();
    }

    /**
     * Writes one side's levels and, when {@code submitted} is given, marks that side in, if the check-in is still at
     * {@code expectedVersion}; false when someone changed it meanwhile.
     */
    public boolean assess(UUID checkInId, boolean assessorSide, Map<String, @Nullable Proficiency> levels, @Nullable Instant submitted,
                          int expectedVersion) {
        String submittedColumn = assessorSide ? "assessor_submitted_at" : "member_submitted_at";
        int updated = jdbc.sql("update teams.check_ins set version = version + 1, " + submittedColumn + " = coalesce(:submitted, " + submittedColumn
                        + ") where id = :id and version = :expected and agreed_at is null")
                .param("id", checkInId).param("submitted", submitted == null ? null : at(submitted)).param("expected", expectedVersion).update();
        if (updated != 1) {
            return false;
        }
        String levelColumn = assessorSide ? "assessor_level" : "self_level";
        List<String> topics = new ArrayList<>(levels.keySet());
        List<@Nullable String> values = topics.stream().map(topic -> levels.get(topic) == null ? null : levels.get(topic).name()).toList();
        jdbc.sql("update teams.check_in_topics t set " + levelColumn + """
                         = v.level from unnest(:topics::text[], :levels::text[]) as v(topic, level)
                        where t.check_in_id = :id and t.topic_id = v.topic""")
                .param("id", checkInId).param("topics", topics.toArray(String[]::new)).param("levels", values.toArray(String[]::new)).update();
        return true;
    }

    /** Records the agreed level if the check-in is still open, at {@code expectedVersion} and both sides are in. */
    public boolean agree(UUID checkInId, Level level, @Nullable String note, Instant at, int expectedVersion) {
        return jdbc.sql("""
                        update teams.check_ins set agreed_level = :level, agreed_note = :note, agreed_at = :at, version = version + 1
                        where id = :id and version = :expected and agreed_at is null
                          and member_submitted_at is not null and assessor_submitted_at is not null""")
                .param("id", checkInId).param("level", level.name()).param("note", note).param("at", at(at)).param("expected", expectedVersion)
                .update() == 1;
    }

    /** Withdraws an open check-in at {@code expectedVersion}. */
    public boolean withdraw(UUID checkInId, int expectedVersion) {
        return jdbc.sql("delete from teams.check_ins where id = :id and version = :expected and agreed_at is null")
                .param("id", checkInId).param("expected", expectedVersion).update() == 1;
    }

    /** Every check-in the account was assessed in or assessed, oldest first (export). */
    public List<Row> involving(UUID accountId) {
        return jdbc.sql("select " + COLUMNS + " from teams.check_ins c where c.member_id = :id or c.assessor_id = :id order by c.opened_at, c.id")
                .param("id", accountId).query((rs, n) -> row(rs)).list();
    }

    public boolean any(UUID accountId) {
        return jdbc.sql("select exists (select 1 from teams.check_ins where member_id = :id or assessor_id = :id)").param("id", accountId)
                .query(Boolean.class).single();
    }

    /** Erasure: the member's check-ins go; where they assessed, the assessment stays with the member, unattributed. */
    public void forget(UUID accountId) {
        jdbc.sql("delete from teams.check_ins where member_id = :id").param("id", accountId).update();
        jdbc.sql("update teams.check_ins set assessor_id = null where assessor_id = :id").param("id", accountId).update();
    }

    private static Row row(ResultSet rs) throws SQLException {
        String agreed = rs.getString("agreed_level");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getObject("assessor_id", UUID.class), rs.getString("roadmap_id"), rs.getString("roadmap_title"), rs.getString("phase_id"),
                rs.getString("phase_title"), instant(rs, "opened_at"), instant(rs, "member_submitted_at"), instant(rs, "assessor_submitted_at"),
                agreed == null ? null : Level.valueOf(agreed), rs.getString("agreed_note"), instant(rs, "agreed_at"), rs.getInt("version"));
    }

    private static @Nullable Proficiency level(@Nullable String name) {
        return name == null ? null : Proficiency.valueOf(name);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
