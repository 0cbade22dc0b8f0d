package dev.ascent.learning.notes;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A topic's notes and links per enrolment. Callers have checked the enrolment is the account's. */
@Repository
public class NoteStore {

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TopicNotes> notes(UUID enrollmentId, String topicId) {
        var links = jdbc.sql("select id, title, url from learning.topic_links where enrollment_id = :e and topic_id = :t order by created_at")
                .param("e", enrollmentId).param("t", topicId)
                .query((rs, n) -> new TopicNotes.Link(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("url"))).list();
        return jdbc.sql("select body, version, updated_at from learning.topic_notes where enrollment_id = :e and topic_id = :t")
                .param("e", enrollmentId).param("t", topicId)
                .query((rs, n) -> new TopicNotes(topicId, rs.getString("body"), rs.getInt("version"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), links))
                .optional()
                .or(() -> Optional.of(new TopicNotes(topicId, "", -1, java.time.Instant.EPOCH, links)));
    }

    /** Saves notes if unchanged since {@code expectedVersion} (-1: none yet); false on a conflict. */
    public boolean saveNotes(UUID enrollmentId, String topicId, String body, int expectedVersion) {
        if (expectedVersion < 0) {
            return jdbc.sql("""
                            insert into learning.topic_notes (enrollment_id, topic_id, body) values (:e, :t, :body)
                            on conflict (enrollment_id, topic_id) do nothing
                            """).param("e", enrollmentId).param("t", topicId).param("body", body).update() == 1;
        }
        return jdbc.sql("""
                        update learning.topic_notes set body = :body, updated_at = now(), version = version + 1
                        where enrollment_id = :e and topic_id = :t and version = :version
                        """).param("e", enrollmentId).param("t", topicId).param("body", body).param("version", expectedVersion).update() == 1;
    }

    public void addLink(UUID enrollmentId, String topicId, String title, String url) {
        jdbc.sql("insert into learning.topic_links (id, enrollment_id, topic_id, title, url) values (:id, :e, :t, :title, :url)")
                .param("id", UUID.randomUUID()).param("e", enrollmentId).param("t", topicId).param("title", title).param("url", url).update();
    }

    public boolean removeLink(UUID enrollmentId, UUID linkId) {
        return jdbc.sql("delete from learning.topic_links where enrollment_id = :e and id = :id")
                .param("e", enrollmentId).param("id", linkId).update() == 1;
    }

    /** Every topic's notes of an enrolment (without their links: {@link #allLinks}), by topic id. */
    public List<TopicNotes> allNotes(UUID enrollmentId) {
        return jdbc.sql("select topic_id, body, version, updated_at from learning.topic_notes where enrollment_id = :e order by topic_id")
                .param("e", enrollmentId)
                .query((rs, n) -> new TopicNotes(rs.getString("topic_id"), rs.getString("body"), rs.getInt("version"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), List.of()))
                .list();
    }

    /** A link with the topic it belongs to. */
    public record TopicLink(String topicId, String title, String url) {
    }

    /** Every link of an enrolment, by topic, oldest first. */
    public List<TopicLink> allLinks(UUID enrollmentId) {
        return jdbc.sql("select topic_id, title, url from learning.topic_links where enrollment_id = :e order by topic_id, created_at")
                .param("e", enrollmentId)
                .query((rs, n) -> new TopicLink(rs.getString("topic_id"), rs.getString("title"), rs.getString("url")))
                .list();
    }
}
