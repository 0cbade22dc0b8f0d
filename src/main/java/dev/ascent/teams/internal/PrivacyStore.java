package dev.ascent.teams.internal;

import dev.ascent.teams.Privacy;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Privacy per membership. No row means the defaults (everything shared); the row goes with the membership. */
@Repository
public class PrivacyStore {

    private static final RowMapper<Privacy> PRIVACY = (rs, n) -> new Privacy(rs.getObject("team_id", UUID.class),
            rs.getObject("account_id", UUID.class), rs.getBoolean("share_progress"), rs.getBoolean("share_plan"),
            rs.getBoolean("share_checkpoints"), rs.getInt("version"));

    private final JdbcClient jdbc;

    PrivacyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Privacy of(UUID teamId, UUID accountId) {
        return jdbc.sql("select * from teams.privacy where team_id = :t and account_id = :a").param("t", teamId).param("a", accountId)
                .query(PRIVACY).optional().orElse(Privacy.defaults(teamId, accountId));
    }

    /** Everyone's settings in the team that changed them from the defaults, in one read by the primary key. */
    public Map<UUID, Privacy> ofTeam(UUID teamId) {
        Map<UUID, Privacy> byAccount = new HashMap<>();
        jdbc.sql("select * from teams.privacy where team_id = :t").param("t", teamId).query(PRIVACY).list()
                .forEach(p -> byAccount.put(p.accountId(), p));
        return byAccount;
    }

    /** Writes the settings if still at {@code expectedVersion} (0 when never saved); the stored row, or empty on a conflict. */
    public Optional<Privacy> save(UUID teamId, UUID accountId, boolean progress, boolean plan, boolean checkpoints, int expectedVersion) {
        return jdbc.sql("""
                        insert into teams.privacy as p (team_id, account_id, share_progress, share_plan, share_checkpoints, version)
                        select :t, :a, :progress, :plan, :checkpoints, 1 where :expected = 0
                        on conflict (team_id, account_id) do update
                           set share_progress = excluded.share_progress, share_plan = excluded.share_plan,
                               share_checkpoints = excluded.share_checkpoints, version = p.version + 1
                         where p.version = :expected
                        returning *
                        """)
                .param("t", teamId).param("a", accountId).param("progress", progress).param("plan", plan).param("checkpoints", checkpoints)
                .param("expected", expectedVersion)
                .query(PRIVACY).optional()
                .or(() -> expectedVersion == 0 ? Optional.empty() : jdbc.sql("""
                                update teams.privacy set share_progress = :progress, share_plan = :plan, share_checkpoints = :checkpoints,
                                       version = version + 1
                                 where team_id = :t and account_id = :a and version = :expected
                                returning *
                                """)
                        .param("t", teamId).param("a", accountId).param("progress", progress).param("plan", plan).param("checkpoints", checkpoints)
                        .param("expected", expectedVersion).query(PRIVACY).optional());
    }
}
