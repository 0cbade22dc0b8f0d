package dev.ascent.teams.internal;

import dev.ascent.teams.Review;
import dev.ascent.teams.ReviewKind;
import dev.ascent.teams.ReviewState;
import dev.ascent.teams.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Review requests and their threads. Member names come from accounts; a review's version guards every write to its thread. */
@Repository
public class ReviewStore {

    /** An entry as stored; its author's name is looked up by the facade. */
    public record EntryRow(UUID id, UUID reviewId, @Nullable UUID authorId, String kind, int iteration, String body, String content,
                           List<Integer> scores, @Nullable Verdict verdict, Instant createdAt) {
    }

    private static final String COLUMNS = """
            r.id, r.team_id, t.name as team_name, r.member_id, r.kind, r.item, r.title, r.roadmap_id, r.state, r.iteration,
            r.requested_at, r.waiting_since, r.decided_at, r.decided_by, r.version""";

    private static final RowMapper<Review> REVIEW = (rs, n) -> new Review(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
            rs.getString("team_name"), rs.getObject("member_id", UUID.class), "", ReviewKind.valueOf(rs.getString("kind")), rs.getString("item"),
            rs.getString("title"), rs.getString("roadmap_id"), ReviewState.valueOf(rs.getString("state")), rs.getInt("iteration"),
            instant(rs.getObject("requested_at", OffsetDateTime.class)), instant(rs.getObject("waiting_since", OffsetDateTime.class)),
            rs.getObject("decided_at", OffsetDateTime.class) == null ? null : instant(rs.getObject("decided_at", OffsetDateTime.class)),
            rs.getString("decided_by"), rs.getInt("version"));

    private static final RowMapper<EntryRow> ENTRY = (rs, n) -> new EntryRow(rs.getObject("id", UUID.class), rs.getObject("review_id", UUID.class),
            rs.getObject("author_id", UUID.class), rs.getString("kind"), rs.getInt("iteration"), rs.getString("body"), rs.getString("content"),
            Arrays.stream((Integer[]) rs.getArray("scores").getArray()).toList(),
            rs.getString("verdict") == null ? null : Verdict.valueOf(rs.getString("verdict")), instant(rs.getObject("created_at", OffsetDateTime.class)));

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the request; false when the member already has an open request for the item. */
    public boolean insert(UUID id, UUID teamId, UUID memberId, ReviewKind kind, String item, String title, @Nullable String roadmapId, Instant at) {
        return jdbc.sql("""
                        insert into teams.reviews (id, team_id, member_id, kind, item, title, roadmap_id, state, requested_at, waiting_since)
                        values (:id, :team, :member, :kind, :item, :title, :roadmap, 'OPEN', :at, :at)
                        on conflict do nothing
                        """)
                .param("id", id).param("team", teamId).param("member", memberId).param("kind", kind.name()).param("item", item)
                .param("title", title).param("roadmap", roadmapId).param("at", at(at)).update() == 1;
    }

    public Optional<Review> find(UUID teamId, UUID reviewId) {
        return jdbc.sql("select " + COLUMNS + " from teams.reviews r join teams.teams t on t.id = r.team_id where r.id = :id and r.team_id = :team")
                .param("id", reviewId).param("team", teamId).query(REVIEW).optional();
    }

    /** The team's queue: requests waiting for a mentor, longest waiting first; at most {@code limit}. Only members still in the team. */
    public List<Review> queue(UUID teamId, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from teams.reviews r join teams.teams t on t.id = r.team_id
                         join teams.memberships m on m.team_id = r.team_id and m.account_id = r.member_id
                        where r.team_id = :team and r.state = 'OPEN' order by r.waiting_since, r.id limit :limit
                        """)
                .param("team", teamId).param("limit", limit).query(REVIEW).list();
    }

    /** The team's reviews decided or waiting for their member (not those withdrawn), newest request first; at most {@code limit}. */
    public List<Review> answered(UUID teamId, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from teams.reviews r join teams.teams t on t.id = r.team_id
                         join teams.memberships m on m.team_id = r.team_id and m.account_id = r.member_id
                        where r.team_id = :team and r.state not in ('OPEN', 'WITHDRAWN') order by r.requested_at desc, r.id limit :limit
                        """)
                .param("team", teamId).param("limit", limit).query(REVIEW).list();
    }

    /** A member's open requests in a team (waiting for a mentor, or in discussion) and when the oldest was asked. */
    public record OpenCount(int count, Instant oldest) {
    }

    /** Per member of the team, their open requests: one read for the whole team, from the index of open requests. */
    public java.util.Map<UUID, OpenCount> openByMember(UUID teamId) {
        java.util.Map<UUID, OpenCount> open = new java.util.HashMap<>();
        jdbc.sql("""
                        select member_id, count(*) as open, min(requested_at) as oldest from teams.reviews
                         where team_id = :team and state in ('OPEN', 'CHANGES_REQUESTED') group by member_id
                        """)
                .param("team", teamId)
                .query((rs, n) -> open.put(rs.getObject("member_id", UUID.class),
                        new OpenCount(rs.getInt("open"), instant(rs.getObject("oldest", OffsetDateTime.class)))))
                .list();
        return open;
    }

    /** The account's own requests in the teams it is still in, newest first; at most {@code limit}. */
    public List<Review> requestedBy(UUID memberId, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from teams.reviews r join teams.teams t on t.id = r.team_id
                         join teams.memberships m on m.team_id = r.team_id and m.account_id = r.member_id
                        where r.member_id = :member order by r.requested_at desc, r.id limit :limit
                        """)
                .param("member", memberId).param("limit", limit).query(REVIEW).list();
    }

    /** Every request of the account, in any team, for its export. */
    public List<Review> allRequestedBy(UUID memberId) {
        return jdbc.sql("select " + COLUMNS + " from teams.reviews r join teams.teams t on t.id = r.team_id where r.member_id = :member order by r.requested_at, r.id")
                .param("member", memberId).query(REVIEW).list();
    }

    /** The items of the member's approved reviews of that kind, e.g. its approved projects. */
    public List<String> approvedItems(UUID memberId, ReviewKind kind) {
        return jdbc.sql("select distinct item from teams.reviews where member_id = :member and kind = :kind and state = 'APPROVED'")
                .param("member", memberId).param("kind", kind.name()).query(String.class).list();
    }

    public List<EntryRow> entries(UUID reviewId) {
        return jdbc.sql("""
                        select id, review_id, author_id, kind, iteration, body, content, scores, verdict, created_at
                          from teams.review_entries where review_id = :review order by created_at, id
                        """)
                .param("review", reviewId).query(ENTRY).list();
    }

    /** Entries the account wrote on other people's reviews, for its export. */
    public List<EntryRow> entriesBy(UUID authorId) {
        return jdbc.sql("""
                        select e.id, e.review_id, e.author_id, e.kind, e.iteration, e.body, e.content, e.scores, e.verdict, e.created_at
                          from teams.review_entries e join teams.reviews r on r.id = e.review_id
                         where e.author_id = :author and r.member_id <> :author order by e.created_at, e.id
                        """)
                .param("author", authorId).query(ENTRY).list();
    }

    public void addEntry(UUID reviewId, @Nullable UUID authorId, String kind, int iteration, String body, String content, List<Integer> scores,
                         @Nullable Verdict verdict, Instant at) {
        jdbc.sql("""
                        insert into teams.review_entries (id, review_id, author_id, kind, iteration, body, content, scores, verdict, created_at)
                        values (:id, :review, :author, :kind, :iteration, :body, :content, cast(:scores as integer[]), :verdict, :at)
                        """)
                .param("id", UUID.randomUUID()).param("review", reviewId).param("author", authorId).param("kind", kind)
                .param("iteration", iteration).param("body", body).param("content", content)
                .param("scores", scores.toArray(Integer[]::new)).param("verdict", verdict == null ? null : verdict.name())
                .param("at", at(at)).update();
    }

    /** Bumps the version if it is still {@code expected}, so of two answers at once only the first is written. */
    public boolean touch(UUID reviewId, int expected) {
        return jdbc.sql("update teams.reviews set version = version + 1 where id = :id and version = :expected")
                .param("id", reviewId).param("expected", expected).update() == 1;
    }

    /** Records a verdict's state (and who decided, when it closes the review). */
    public void decide(UUID reviewId, ReviewState state, @Nullable String decidedBy, Instant at) {
        jdbc.sql("update teams.reviews set state = :state, decided_at = :at, decided_by = :by where id = :id")
                .param("id", reviewId).param("state", state.name()).param("by", decidedBy).param("at", at(at)).update();
    }

    /** The member withdraws a request still waiting for a mentor; false when it no longer waits. */
    public boolean withdraw(UUID reviewId, Instant at) {
        return jdbc.sql("update teams.reviews set state = 'WITHDRAWN', decided_at = :at, decided_by = null where id = :id and state = 'OPEN'")
                .param("id", reviewId).param("at", at(at)).update() == 1;
    }

    /** Who wrote in the thread other than its member: the mentors and leads who had taken the request up. */
    public List<UUID> reviewersWhoWrote(UUID reviewId, UUID memberId) {
        return jdbc.sql("""
                        select distinct author_id from teams.review_entries
                         where review_id = :review and author_id is not null and author_id <> :member
                        """)
                .param("review", reviewId).param("member", memberId).query(UUID.class).list();
    }

    /** The member's next iteration: back in the queue, waiting from now. */
    public void reopen(UUID reviewId, int iteration, Instant at) {
        jdbc.sql("update teams.reviews set state = 'OPEN', iteration = :iteration, waiting_since = :at, decided_at = null, decided_by = null where id = :id")
                .param("id", reviewId).param("iteration", iteration).param("at", at(at)).update();
    }

    /** Erasure of an account: its requests and their threads go; what it wrote on others' reviews stays, without its name. */
    public void forget(UUID accountId) {
        jdbc.sql("delete from teams.reviews where member_id = :a").param("a", accountId).update();
        jdbc.sql("update teams.review_entries set author_id = null where author_id = :a").param("a", accountId).update();
    }

    public boolean any(UUID accountId) {
        return jdbc.sql("""
                        select exists (select 1 from teams.reviews where member_id = :a)
                            or exists (select 1 from teams.review_entries where author_id = :a)
                        """)
                .param("a", accountId).query(Boolean.class).single();
    }

    public static List<UUID> ids(Collection<Review> reviews) {
        return reviews.stream().map(Review::memberId).distinct().toList();
    }

    private static OffsetDateTime at(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? Instant.EPOCH : at.toInstant();
    }
}
