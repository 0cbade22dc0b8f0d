package dev.ascent.teams.internal;

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

/** The drafts of team roadmaps: one row per roadmap of a team, published or not (what is published is in the catalog). */
@Repository
public class TeamRoadmapStore {

    /** A team roadmap's working copy as stored. */
    public record Row(String roadmapId, UUID teamId, String title, @Nullable String forkedFrom, String baseYaml, String draft,
                      Instant createdAt, Instant updatedAt, int version, @Nullable Integer publishedRevision) {
    }

    private static final RowMapper<Row> ROWS = (rs, n) -> new Row(rs.getString("roadmap_id"), rs.getObject("team_id", UUID.class),
            rs.getString("title"), rs.getString("forked_from"), rs.getString("base_yaml"), rs.getString("draft"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
            rs.getInt("version"), (Integer) rs.getObject("published_revision"));

    private static final String COLUMNS = "roadmap_id, team_id, title, forked_from, base_yaml, draft, created_at, updated_at, version, published_revision";
    /** For lists: the texts stay in the database. */
    private static final String LISTED = "roadmap_id, team_id, title, forked_from, '' as base_yaml, '' as draft, created_at, updated_at, version, published_revision";

    private final JdbcClient jdbc;

    TeamRoadmapStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the roadmap's row; false when the id is already one of any team's roadmaps. */
    public boolean insert(String roadmapId, UUID teamId, String title, @Nullable String forkedFrom, String baseYaml, String draft, Instant at) {
        return jdbc.sql("""
                        insert into teams.team_roadmaps (roadmap_id, team_id, title, forked_from, base_yaml, draft, created_at, updated_at)
                        values (:id, :team, :title, :from, :base, :draft, :at, :at)
                        on conflict (roadmap_id) do nothing
                        """)
                .param("id", roadmapId).param("team", teamId).param("title", title).param("from", forkedFrom)
                .param("base", baseYaml).param("draft", draft).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update() == 1;
    }

    /** The team's roadmaps, by title, without their texts. */
    public List<Row> ofTeam(UUID teamId) {
        return jdbc.sql("select " + LISTED + " from teams.team_roadmaps where team_id = :team order by title, roadmap_id")
                .param("team", teamId).query(ROWS).list();
    }

    /** One roadmap of this team; empty for another team's or an unknown id. */
    public Optional<Row> find(UUID teamId, String roadmapId) {
        return jdbc.sql("select " + COLUMNS + " from teams.team_roadmaps where roadmap_id = :id and team_id = :team")
                .param("id", roadmapId).param("team", teamId).query(ROWS).optional();
    }

    /** Saves the draft if it is still at {@code expectedVersion}. */
    public boolean saveDraft(UUID teamId, String roadmapId, String draft, @Nullable String title, int expectedVersion, Instant at) {
        return jdbc.sql("""
                        update teams.team_roadmaps set draft = :draft, title = coalesce(:title, title), updated_at = :at, version = version + 1
                        where roadmap_id = :id and team_id = :team and version = :expected
                        """)
                .param("id", roadmapId).param("team", teamId).param("draft", draft).param("title", title)
                .param("expected", expectedVersion).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update() == 1;
    }

    /** Records that the draft, now at {@code revision}, is what was published (and sets the text published, with its version line). */
    public void published(UUID teamId, String roadmapId, String text, String title, Instant at) {
        jdbc.sql("""
                        update teams.team_roadmaps set draft = :text, title = :title, updated_at = :at, version = version + 1,
                            published_revision = version + 1
                        where roadmap_id = :id and team_id = :team
                        """)
                .param("id", roadmapId).param("team", teamId).param("text", text).param("title", title)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    /** Whether a roadmap id is one of any team's roadmaps, published or not. */
    public boolean exists(String roadmapId) {
        return jdbc.sql("select exists (select 1 from teams.team_roadmaps where roadmap_id = :id)")
                .param("id", roadmapId).query(Boolean.class).single();
    }

    /** The ids of the teams an account is in: who may read which team roadmaps. */
    public List<UUID> teamIdsOf(UUID accountId) {
        return jdbc.sql("select team_id from teams.memberships where account_id = :account")
                .param("account", accountId).query(UUID.class).list();
    }
}
