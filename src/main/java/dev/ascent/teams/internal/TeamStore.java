package dev.ascent.teams.internal;

import dev.ascent.teams.Team;
import dev.ascent.teams.TeamRole;
import dev.ascent.teams.TeamSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Teams and their memberships. A membership row is what lets a person see a team at all. */
@Repository
public class TeamStore {

    /** A membership as stored; the display name comes from the accounts module. */
    public record Membership(UUID teamId, UUID accountId, TeamRole role, Instant joinedAt) {
    }

    private static final RowMapper<Team> TEAMS = (rs, n) -> new Team(rs.getObject("id", UUID.class), rs.getString("name"),
            instant(rs.getObject("created_at", OffsetDateTime.class)), rs.getInt("version"));

    private static final RowMapper<Membership> MEMBERSHIPS = (rs, n) -> new Membership(rs.getObject("team_id", UUID.class),
            rs.getObject("account_id", UUID.class), TeamRole.valueOf(rs.getString("role")), instant(rs.getObject("joined_at", OffsetDateTime.class)));

    private final JdbcClient jdbc;

    TeamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Team team) {
        jdbc.sql("insert into teams.teams (id, name, created_at) values (:id, :name, :at)")
                .param("id", team.id()).param("name", team.name()).param("at", OffsetDateTime.ofInstant(team.createdAt(), java.time.ZoneOffset.UTC))
                .update();
    }

    public Optional<Team> find(UUID teamId) {
        return jdbc.sql("select id, name, created_at, version from teams.teams where id = :id").param("id", teamId).query(TEAMS).optional();
    }

    /**
     * The team, locked until the transaction ends: every change to who is in a team and in which role takes this
     * lock first, so two changes at once cannot both leave the team without a lead.
     */
    public Optional<Team> lock(UUID teamId) {
        return jdbc.sql("select id, name, created_at, version from teams.teams where id = :id for update").param("id", teamId).query(TEAMS).optional();
    }

    /** Renames the team if it is still at {@code expectedVersion}. */
    public boolean rename(UUID teamId, String name, int expectedVersion) {
        return jdbc.sql("update teams.teams set name = :name, version = version + 1 where id = :id and version = :expected")
                .param("id", teamId).param("name", name).param("expected", expectedVersion).update() == 1;
    }

    /** Bumps the version after a change of roles, so a form drawn before it is refused. */
    public void touch(UUID teamId) {
        jdbc.sql("update teams.teams set version = version + 1 where id = :id").param("id", teamId).update();
    }

    public void delete(UUID teamId) {
        jdbc.sql("delete from teams.teams where id = :id").param("id", teamId).update();
    }

    /** The account's teams with its role and each team's size, by name; one query however many teams. */
    public List<TeamSummary> teamsOf(UUID accountId) {
        return jdbc.sql("""
                        select t.id, t.name, m.role, m.joined_at, (select count(*) from teams.memberships c where c.team_id = t.id) as members
                          from teams.memberships m join teams.teams t on t.id = m.team_id
                         where m.account_id = :a
                         order by lower(t.name), t.id
                        """)
                .param("a", accountId)
                .query((rs, n) -> new TeamSummary(rs.getObject("id", UUID.class), rs.getString("name"), TeamRole.valueOf(rs.getString("role")),
                        rs.getInt("members"), instant(rs.getObject("joined_at", OffsetDateTime.class))))
                .list();
    }

    public Optional<Membership> membership(UUID teamId, UUID accountId) {
        return jdbc.sql("select team_id, account_id, role, joined_at from teams.memberships where team_id = :t and account_id = :a")
                .param("t", teamId).param("a", accountId).query(MEMBERSHIPS).optional();
    }

    /** Everyone in the team, leads first, then mentors, then members, each by when they joined. */
    public List<Membership> members(UUID teamId) {
        return jdbc.sql("""
                        select team_id, account_id, role, joined_at from teams.memberships where team_id = :t
                         order by case role when 'LEAD' then 0 when 'MENTOR' then 1 else 2 end, joined_at, account_id
                        """)
                .param("t", teamId).query(MEMBERSHIPS).list();
    }

    /** Every membership of the account, for its export and erasure. */
    public List<Membership> membershipsOf(UUID accountId) {
        return jdbc.sql("select team_id, account_id, role, joined_at from teams.memberships where account_id = :a order by joined_at, team_id")
                .param("a", accountId).query(MEMBERSHIPS).list();
    }

    /** Adds the membership; false when the person is already in the team. */
    public boolean join(UUID teamId, UUID accountId, TeamRole role, Instant at) {
        return jdbc.sql("""
                        insert into teams.memberships (team_id, account_id, role, joined_at) values (:t, :a, :role, :at)
                        on conflict (team_id, account_id) do nothing
                        """)
                .param("t", teamId).param("a", accountId).param("role", role.name())
                .param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).update() == 1;
    }

    public boolean leave(UUID teamId, UUID accountId) {
        return jdbc.sql("delete from teams.memberships where team_id = :t and account_id = :a").param("t", teamId).param("a", accountId).update() == 1;
    }

    public void changeRole(UUID teamId, UUID accountId, TeamRole role) {
        jdbc.sql("update teams.memberships set role = :role where team_id = :t and account_id = :a")
                .param("t", teamId).param("a", accountId).param("role", role.name()).update();
    }

    private static Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? Instant.EPOCH : at.toInstant();
    }

    /** The smallest id there is: {@link #peopleInTeams} starts after it. */
    public static final UUID FIRST = new UUID(0, 0);

    /** The people in any team with an id after {@code after}, in id order, {@code limit} at a time (the weekly digest walks them). */
    public List<UUID> peopleInTeams(UUID after, int limit) {
        return jdbc.sql("select distinct account_id from teams.memberships where account_id > :after order by account_id limit :limit")
                .param("after", after).param("limit", limit).query(UUID.class).list();
    }
}
