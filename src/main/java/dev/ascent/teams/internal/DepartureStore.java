package dev.ascent.teams.internal;

import dev.ascent.teams.MemberLeft;
import dev.ascent.teams.MemberRemoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Who left a team and when, for its activity feed: a membership row is deleted when someone leaves, so the
 * departure is written beside it, in the same transaction. Erased with the account.
 */
@Repository
public class DepartureStore {

    public record Departure(UUID accountId, Instant at, boolean removed) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    DepartureStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(MemberLeft left) {
        insert(left.teamId(), left.accountId(), false);
    }

    @EventListener
    void on(MemberRemoved removed) {
        insert(removed.teamId(), removed.accountId(), true);
    }

    private void insert(UUID teamId, UUID accountId, boolean removed) {
        // the team may be gone already (its last person left): then there is no feed to write to
        jdbc.sql("""
                        insert into teams.departures (team_id, account_id, left_at, removed)
                        select :t, :a, :at, :removed where exists (select 1 from teams.teams where id = :t)
                        """)
                .param("t", teamId).param("a", accountId).param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("removed", removed).update();
    }

    /** The team's latest departures since a moment, newest first. */
    public List<Departure> since(UUID teamId, Instant from, int limit) {
        return jdbc.sql("""
                        select account_id, left_at, removed from teams.departures
                         where team_id = :t and left_at >= :from order by left_at desc limit :limit
                        """)
                .param("t", teamId).param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC)).param("limit", limit)
                .query((rs, n) -> new Departure(rs.getObject("account_id", UUID.class), rs.getObject("left_at", OffsetDateTime.class).toInstant(),
                        rs.getBoolean("removed")))
                .list();
    }

    public int count(UUID accountId) {
        return jdbc.sql("select count(*) from teams.departures where account_id = :a").param("a", accountId).query(Integer.class).single();
    }

    public void forget(UUID accountId) {
        jdbc.sql("delete from teams.departures where account_id = :a").param("a", accountId).update();
    }
}
