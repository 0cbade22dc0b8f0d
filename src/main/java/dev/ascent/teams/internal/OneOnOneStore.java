package dev.ascent.teams.internal;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** 1:1 notes, kept per team and pair of people (the smaller id first, as PostgreSQL orders uuids). */
@Repository
public class OneOnOneStore {

    /** A note as stored; {@code personA} and {@code personB} are the pair. */
    public record Row(UUID id, UUID teamId, UUID personA, UUID personB, UUID authorId, String body, Instant writtenAt, Instant updatedAt, int version) {
    }

    private static final RowMapper<Row> ROWS = (rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
            rs.getObject("person_a", UUID.class), rs.getObject("person_b", UUID.class), rs.getObject("author_id", UUID.class),
            rs.getString("body"), rs.getObject("written_at", OffsetDateTime.class).toInstant(),
            rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));

    private static final String COLUMNS = "id, team_id, person_a, person_b, author_id, body, written_at, updated_at, version";

    private final JdbcClient jdbc;

    OneOnOneStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The pair in the order the table keeps it: PostgreSQL compares uuids byte by byte, which is the order of their
     * lower-case text (Java's {@link UUID#compareTo} compares signed halves and would disagree).
     */
    public static UUID[] pair(UUID one, UUID other) {
        return one.toString().compareTo(other.toString()) < 0 ? new UUID[] {one, other} : new UUID[] {other, one};
    }

    /** The pair's newest {@code limit} notes in the team, oldest first. */
    public List<Row> notes(UUID teamId, UUID one, UUID other, int limit) {
        UUID[] pair = pair(one, other);
        return jdbc.sql("select * from (select " + COLUMNS + " " + """
                         from teams.one_on_one_notes where team_id = :team and person_a = :a and person_b = :b
                         order by written_at desc, id desc limit :limit) newest order by written_at, id""")
                .param("team", teamId).param("a", pair[0]).param("b", pair[1]).param("limit", limit).query(ROWS).list();
    }

    public Optional<Row> find(UUID teamId, UUID noteId) {
        return jdbc.sql("select " + COLUMNS + " from teams.one_on_one_notes where id = :id and team_id = :team")
                .param("id", noteId).param("team", teamId).query(ROWS).optional();
    }

    public void insert(UUID id, UUID teamId, UUID author, UUID other, String body, Instant at) {
        UUID[] pair = pair(author, other);
        jdbc.sql("""
                        insert into teams.one_on_one_notes (id, team_id, person_a, person_b, author_id, body, written_at, updated_at)
                        values (:id, :team, :a, :b, :author, :body, :at, :at)""")
                .param("id", id).param("team", teamId).param("a", pair[0]).param("b", pair[1]).param("author", author).param("body", body)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    /** Changes the author's note if it is still at {@code expectedVersion}. */
    public boolean edit(UUID noteId, UUID author, String body, Instant at, int expectedVersion) {
        return jdbc.sql("""
                        update teams.one_on_one_notes set body = :body, updated_at = :at, version = version + 1
                        where id = :id and author_id = :author and version = :expected""")
                .param("id", noteId).param("author", author).param("body", body).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("expected", expectedVersion).update() == 1;
    }

    public boolean delete(UUID noteId, UUID author, int expectedVersion) {
        return jdbc.sql("delete from teams.one_on_one_notes where id = :id and author_id = :author and version = :expected")
                .param("id", noteId).param("author", author).param("expected", expectedVersion).update() == 1;
    }

    /** Every note of every pair the account is in, oldest first (export). */
    public List<Row> involving(UUID accountId) {
        return jdbc.sql("select " + COLUMNS + " from teams.one_on_one_notes where person_a = :id or person_b = :id order by written_at, id")
                .param("id", accountId).query(ROWS).list();
    }

    public boolean any(UUID accountId) {
        return jdbc.sql("select exists (select 1 from teams.one_on_one_notes where person_a = :id or person_b = :id)").param("id", accountId)
                .query(Boolean.class).single();
    }

    /** Erasure: the notes of every pair the account was in go; they were private to the two of them. */
    public void forget(UUID accountId) {
        jdbc.sql("delete from teams.one_on_one_notes where person_a = :id or person_b = :id").param("id", accountId).update();
    }
}
