package dev.ascent.learning.internal;

import dev.ascent.learning.CheckpointSignOff;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Sign-offs of checkpoints per enrolment. Callers have checked the enrolment is the account's. */
@Repository
public class CheckpointSignOffs {

    private static final RowMapper<CheckpointSignOff> SIGN_OFF = (rs, n) -> new CheckpointSignOff(rs.getString("checkpoint_id"),
            rs.getString("signed_by"), rs.getObject("signed_on", LocalDate.class), rs.getString("evidence"));

    private final JdbcClient jdbc;

    CheckpointSignOffs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CheckpointSignOff> signOffs(UUID enrollmentId) {
        return jdbc.sql("""
                        select checkpoint_id, signed_by, signed_on, evidence from learning.checkpoint_signoffs
                         where enrollment_id = :e order by signed_on, checkpoint_id
                        """)
                .param("e", enrollmentId).query(SIGN_OFF).list();
    }

    /** Records the sign-off; a later one of the same checkpoint replaces it. */
    public void save(UUID enrollmentId, CheckpointSignOff signOff) {
        jdbc.sql("""
                        insert into learning.checkpoint_signoffs (enrollment_id, checkpoint_id, signed_by, signed_on, evidence)
                        values (:e, :c, :by, :on, :evidence)
                        on conflict (enrollment_id, checkpoint_id)
                        do update set signed_by = excluded.signed_by, signed_on = excluded.signed_on, evidence = excluded.evidence, recorded_at = now()
                        """)
                .param("e", enrollmentId).param("c", signOff.checkpointId()).param("by", signOff.signedBy())
                .param("on", Date.valueOf(signOff.signedOn())).param("evidence", signOff.evidence()).update();
    }
}
