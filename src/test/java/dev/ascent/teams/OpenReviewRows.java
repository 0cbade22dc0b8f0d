package dev.ascent.teams;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Review requests asked some time ago, written straight to the table: the overview's ages need a past the facade cannot make. */
final class OpenReviewRows {

    private OpenReviewRows() {
    }

    static void asked(JdbcClient jdbc, UUID team, UUID member, ReviewState state, Duration ago) {
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC);
        jdbc.sql("""
                        insert into teams.reviews (id, team_id, member_id, kind, item, title, state, requested_at, waiting_since)
                        values (:id, :team, :member, 'DECISION', :item, 'A decision to review', :state, :at, :at)
                        """)
                .param("id", UUID.randomUUID()).param("team", team).param("member", member).param("item", "decision:" + UUID.randomUUID())
                .param("state", state.name()).param("at", at).update();
    }
}
