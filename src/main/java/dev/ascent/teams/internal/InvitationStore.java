package dev.ascent.teams.internal;

import dev.ascent.teams.Invitation;
import dev.ascent.teams.TeamRole;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invitations to teams. Only the SHA-256 of a link's secret is stored, never the secret. */
@Repository
public class InvitationStore {

    private static final String COLUMNS = "id, team_id, role, email, created_by, created_at, expires_at, used_at, declined_at, revoked_at";

    private static final RowMapper<Invitation> ROWS = (rs, n) -> new Invitation(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
            TeamRole.valueOf(rs.getString("role")), rs.getString("email"), rs.getObject("created_by", UUID.class),
            instant(rs.getObject("created_at", OffsetDateTime.class)), instant(rs.getObject("expires_at", OffsetDateTime.class)),
            instant(rs.getObject("used_at", OffsetDateTime.class)), instant(rs.getObject("declined_at", OffsetDateTime.class)),
            instant(rs.getObject("revoked_at", OffsetDateTime.class)));

    private final JdbcClient jdbc;

    InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Invitation invitation, String tokenHash) {
        jdbc.sql("""
                        insert into teams.invitations (id, team_id, role, email, token_hash, created_by, created_at, expires_at)
                        values (:id, :team, :role, :email, :hash, :by, :at, :expires)
                        """)
                .param("id", invitation.id()).param("team", invitation.teamId()).param("role", invitation.role().name())
                .param("email", invitation.email()).param("hash", tokenHash).param("by", invitation.createdBy())
                .param("at", at(invitation.createdAt())).param("expires", at(invitation.expiresAt()))
                .update();
    }

    /** The invitation whose link (shown or mailed) has this secret's digest. */
    public Optional<Invitation> byTokenHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from teams.invitations where token_hash = :h or mailed_token_hash = :h")
                .param("h", tokenHash).query(ROWS).optional();
    }

    /** Locked until the transaction ends, so one link is accepted once even when two people open it at once. */
    public Optional<Invitation> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from teams.invitations where id = :id for update").param("id", id).query(ROWS).optional();
    }

    public Optional<Invitation> find(UUID teamId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from teams.invitations where team_id = :t and id = :id")
                .param("t", teamId).param("id", id).query(ROWS).optional();
    }

    /** The team's invitations that still work at {@code now}, newest first. */
    public List<Invitation> open(UUID teamId, Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                         from teams.invitations
                        where team_id = :t and used_at is null and declined_at is null and revoked_at is null and expires_at > :now
                        order by created_at desc, id limit 200
                        """)
                .param("t", teamId).param("now", at(now)).query(ROWS).list();
    }

    /** The invitations the account made, for its export. */
    public List<Invitation> createdBy(UUID accountId) {
        return jdbc.sql("select " + COLUMNS + " from teams.invitations where created_by = :a order by created_at, id")
                .param("a", accountId).query(ROWS).list();
    }

    public void markUsed(UUID id, UUID accountId, Instant at) {
        jdbc.sql("update teams.invitations set used_at = :at, used_by = :a where id = :id").param("id", id).param("a", accountId).param("at", at(at)).update();
    }

    public void markDeclined(UUID id, Instant at) {
        jdbc.sql("update teams.invitations set declined_at = :at where id = :id").param("id", id).param("at", at(at)).update();
    }

    /** Revokes the invitation if it is still open; false when it is not (or not of this team). */
    public boolean revoke(UUID teamId, UUID id, Instant at) {
        return jdbc.sql("""
                        update teams.invitations set revoked_at = :at
                         where team_id = :t and id = :id and used_at is null and declined_at is null and revoked_at is null and expires_at > :at
                        """)
                .param("t", teamId).param("id", id).param("at", at(at)).update() == 1;
    }

    /**
     * The mailed link's own secret, stored (as its digest) before the mail goes out. A mail sent again after a
     * failure replaces it: the earlier secret was never delivered to anyone.
     */
    public void setMailedToken(UUID id, String tokenHash) {
        jdbc.sql("update teams.invitations set mailed_token_hash = :h where id = :id").param("id", id).param("h", tokenHash).update();
    }

    /**
     * Erasure: the account's own invitations go, and no invitation keeps it as the one who used it, nor its
     * address as the one it was mailed to.
     */
    public void forget(UUID accountId, @Nullable String email) {
        jdbc.sql("delete from teams.invitations where created_by = :a").param("a", accountId).update();
        jdbc.sql("update teams.invitations set used_by = null where used_by = :a").param("a", accountId).update();
        if (email != null) {
            jdbc.sql("update teams.invitations set email = null where lower(email) = lower(:e)").param("e", email).update();
        }
    }

    public boolean any(UUID accountId) {
        return jdbc.sql("select exists (select 1 from teams.invitations where created_by = :a)").param("a", accountId).query(Boolean.class).single();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
