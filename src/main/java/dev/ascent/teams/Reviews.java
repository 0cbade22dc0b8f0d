package dev.ascent.teams;

import dev.ascent.accounts.Accounts;
import dev.ascent.learning.CheckpointSignOff;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Markdown;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.internal.ReviewStore;
import dev.ascent.teams.internal.TeamStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Reviews in a team: a member asks for review of one of their own things; it waits in the team's mentor queue,
 * oldest first; mentors and leads answer in a thread (comments, rubric scores, a verdict) and the member sends
 * next iterations. A checkpoint's review ends in a sign-off, recorded in learning through its API.
 * <p>
 * Who sees what: outside the team nothing exists (not found); in it, a review is seen by the member who asked and by
 * the team's mentors and leads, not by other members. Nobody reviews their own work. Every write to a thread is made
 * at the version read: of two mentors answering at once the second gets a conflict, and their text is kept.
 */
@Service
public class Reviews {

    /** How many requests the queue and a member's list show at most (the oldest waiting, the newest asked). */
    public static final int PAGE = 100;

    static final String NOT_FOUND = "There is no such review in this team.";
    static final String CONFLICT = "Someone answered this review since you opened it; it is shown as it is now. Your text is kept below: send it again if it still fits.";
    static final String OWN_WORK = "You cannot review your own work: another mentor or lead of the team answers it.";
    static final String WITHDRAWN = "The member withdrew this request; its thread is closed. They can ask for review again.";

    private final ReviewStore store;
    private final TeamStore teams;
    private final ReviewItems items;
    private final Accounts accounts;
    private final Learning learning;
    private final Markdown markdown;
    private final FormErrors formErrors;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Reviews(ReviewStore store, TeamStore teams, ReviewItems items, Accounts accounts, Learning learning, Markdown markdown,
            FormErrors formErrors, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.teams = teams;
        this.items = items;
        this.accounts = accounts;
        this.learning = learning;
        this.markdown = markdown;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** What the account may ask review of now. */
    public List<ReviewItem> candidates(UUID me) {
        return items.candidates(me);
    }

    /** Asks the team for review of one of the account's own things; one open request per item. */
    @Transactional
    public Outcome<Review> request(UUID me, UUID teamId, ReviewRequest request) {
        if (teams.membership(teamId, me).isEmpty()) {
            return Outcome.notFound(Teams.NOT_FOUND);
        }
        Map<String, String> errors = formErrors.check(request);
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        return switch (items.resolve(me, java.util.Objects.requireNonNull(request.item()))) {
            case Outcome.Saved<ReviewItems.Resolved>(ReviewItems.Resolved item) -> {
                UUID id = UUID.randomUUID();
                Instant now = clock.instant();
                if (!store.insert(id, teamId, me, item.kind(), item.item(), clip(item.title()), item.roadmapId(), now)) {
                    yield Outcome.invalid("item", "You already asked for review of this; it is open in one of your teams.");
                }
                store.addEntry(id, me, ReviewEntry.Kind.ITERATION.name(), 1, request.cleanNote(), item.content(), List.of(), null, now);
                events.publishEvent(new ReviewRequested(teamId, id, me, clip(item.title()), 1));
                yield Outcome.saved(named(store.find(teamId, id).orElseThrow()));
            }
            case Outcome.Invalid<ReviewItems.Resolved> invalid -> Outcome.invalid(invalid.errors());
            default -> Outcome.invalid("item", ReviewItems.NO_SUCH_ITEM);
        };
    }

    /** The team's mentor queue, longest waiting first; empty when the account is not in the team; mentors and leads only. */
    public Optional<List<Review>> queue(UUID me, UUID teamId) {
        return reviewerRole(me, teamId, "see the review queue").map(role -> named(store.queue(teamId, PAGE)));
    }

    /** The team's reviews answered and waiting for their member or decided, newest first (mentors and leads). */
    public Optional<List<Review>> answered(UUID me, UUID teamId) {
        return reviewerRole(me, teamId, "see the team's reviews").map(role -> named(store.answered(teamId, PAGE)));
    }

    /** The account's own requests in the teams it is in, newest first. */
    public List<Review> mine(UUID me) {
        return named(store.requestedBy(me, PAGE));
    }

    /** A review with its thread, for the member who asked and the team's mentors and leads; empty for anyone else. */
    public Optional<ReviewThread> thread(UUID me, UUID teamId, UUID reviewId) {
        Optional<TeamRole> role = teams.membership(teamId, me).map(TeamStore.Membership::role);
        return role.flatMap(r -> store.find(teamId, reviewId)
                .filter(review -> review.memberId().equals(me) || reviewer(r) && teams.membership(teamId, review.memberId()).isPresent())
                .map(review -> thread(me, r, review)));
    }

    /** A comment by the member or a reviewer, at the version read. */
    @Transactional
    public Outcome<ReviewThread> comment(UUID me, UUID teamId, UUID reviewId, ReviewComment comment, int expectedVersion) {
        return write(me, teamId, reviewId, expectedVersion, formErrors.check(comment), (thread, now) -> {
            if (thread.review().state() == ReviewState.WITHDRAWN) {
                return Map.of("body", WITHDRAWN);
            }
            store.addEntry(reviewId, me, ReviewEntry.Kind.COMMENT.name(), thread.review().iteration(), comment.clean(), "", List.of(), null, now);
            return null;
        });
    }

    /** A reviewer's scores for the project's rubric, one per line, each on {@link ReviewThread#SCALE}. */
    @Transactional
    public Outcome<ReviewThread> score(UUID me, UUID teamId, UUID reviewId, RubricScores scores, int expectedVersion) {
        return write(me, teamId, reviewId, expectedVersion, Map.of(), (thread, now) -> {
            if (!thread.reviewer()) {
                return thread.mine() ? Map.of("scores", OWN_WORK) : Map.of("scores", "Only a mentor or lead of the team scores a review.");
            }
            if (thread.review().state() == ReviewState.WITHDRAWN) {
                return Map.of("scores", WITHDRAWN);
            }
            if (thread.review().kind() != ReviewKind.PROJECT || thread.rubric().isEmpty()) {
                return Map.of("scores", "Only projects are scored, against their rubric.");
            }
            Map<String, String> errors = new LinkedHashMap<>();
            List<@Nullable Integer> given = scores.all();
            for (int line = 0; line < thread.rubric().size(); line++) {
                Integer score = line < given.size() ? given.get(line) : null;
                if (score == null || score < ReviewThread.MIN_SCORE || score > ReviewThread.MAX_SCORE) {
                    errors.put("scores[" + line + "]", "Score '%s' from %d (not yet) to %d (fully).".formatted(
                            clip(thread.rubric().get(line)), ReviewThread.MIN_SCORE, ReviewThread.MAX_SCORE));
                }
            }
            if (given.size() > thread.rubric().size()) {
                errors.put("scores", "The rubric has %d lines; send one score for each.".formatted(thread.rubric().size()));
            }
            if (errors.isEmpty()) {
                store.addEntry(reviewId, me, ReviewEntry.Kind.SCORES.name(), thread.review().iteration(), "", "",
                        given.stream().map(java.util.Objects::requireNonNull).toList(), null, now);
            }
            return errors.isEmpty() ? null : errors;
        });
    }

    /** A reviewer's verdict on an open review: approve or ask for changes; for a checkpoint, sign off or decline. */
    @Transactional
    public Outcome<ReviewThread> decide(UUID me, UUID teamId, UUID reviewId, VerdictForm form, int expectedVersion) {
        return write(me, teamId, reviewId, expectedVersion, formErrors.check(form), (thread, now) -> {
            Review review = thread.review();
            Verdict verdict = java.util.Objects.requireNonNull(form.verdict());
            if (!thread.reviewer()) {
                return thread.mine() ? Map.of("verdict", OWN_WORK) : Map.of("verdict", "Only a mentor or lead of the team gives a verdict.");
            }
            if (review.state() != ReviewState.OPEN) {
                return Map.of("verdict", review.state() == ReviewState.CHANGES_REQUESTED
                        ? "Changes were requested; the member's next iteration comes first."
                        : review.state() == ReviewState.WITHDRAWN ? WITHDRAWN : "This review is decided already.");
            }
            if (!verdict.answers(review.kind())) {
                return Map.of("verdict", review.kind() == ReviewKind.CHECKPOINT ? "Sign the checkpoint off or decline it."
                        : "Approve it or request changes.");
            }
            if ((verdict == Verdict.DECLINED || verdict == Verdict.CHANGES_REQUESTED) && form.clean().isEmpty()) {
                return Map.of("body", verdict == Verdict.DECLINED ? "Say why you decline, so the member knows what is missing."
                        : "Say what to change.");
            }
            String myName = accounts.displayNames(List.of(me)).getOrDefault(me, "A mentor");
            String content = "";
            if (verdict == Verdict.SIGNED_OFF) {
                Outcome<CheckpointSignOff> signed = signOff(review, myName);
                if (!(signed instanceof Outcome.Saved<CheckpointSignOff>(CheckpointSignOff signOff))) {
                    return Map.of("verdict", String.join(" ", signed.fieldErrors().values()));
                }
                content = signOff.evidence();
            }
            store.addEntry(reviewId, me, ReviewEntry.Kind.VERDICT.name(), review.iteration(), form.clean(), content, List.of(), verdict, now);
            store.decide(reviewId, verdict.state(), verdict.state().open() ? null : myName, now);
            events.publishEvent(new ReviewAnswered(teamId, reviewId, review.memberId(), review.title(), verdict, me));
            return null;
        });
    }

    /** The member's next iteration after changes were requested: the item as it is now, with a note; back in the queue. */
    @Transactional
    public Outcome<ReviewThread> iterate(UUID me, UUID teamId, UUID reviewId, ReviewComment note, int expectedVersion) {
        return write(me, teamId, reviewId, expectedVersion, formErrors.check(note), (thread, now) -> {
            Review review = thread.review();
            if (!thread.mine()) {
                return Map.of("body", "Only the member who asked sends a next iteration.");
            }
            if (review.state() != ReviewState.CHANGES_REQUESTED) {
                return Map.of("body", review.state() == ReviewState.OPEN
                        ? "This iteration still waits for a mentor; add a comment instead."
                        : review.state() == ReviewState.WITHDRAWN ? "You withdrew this request; ask for review again instead."
                        : "This review is decided already.");
            }
            Outcome<ReviewItems.Resolved> item = items.resolve(me, review.item());
            if (!(item instanceof Outcome.Saved<ReviewItems.Resolved>(ReviewItems.Resolved resolved))) {
                return Map.of("body", String.join(" ", item.fieldErrors().values()));
            }
            int next = review.iteration() + 1;
            store.addEntry(reviewId, me, ReviewEntry.Kind.ITERATION.name(), next, note.clean(), resolved.content(), List.of(), null, now);
            store.reopen(reviewId, next, now);
            events.publishEvent(new ReviewRequested(teamId, reviewId, me, review.title(), next));
            return null;
        });
    }

    /**
     * The member withdraws their request while it still waits for a mentor (no verdict on this iteration yet): it leaves
     * the queue, the thread closes, and the item can be asked again. Only the member who asked (a mentor or lead: 403).
     */
    @Transactional
    public Outcome<ReviewThread> withdraw(UUID me, UUID teamId, UUID reviewId, int expectedVersion) {
        Optional<ReviewThread> seen = thread(me, teamId, reviewId);
        if (seen.isPresent() && !seen.get().mine()) {
            throw new ReviewRequesterOnly("withdraw it");
        }
        return write(me, teamId, reviewId, expectedVersion, Map.of(), (thread, now) -> {
            Review review = thread.review();
            if (review.state() != ReviewState.OPEN) {
                return Map.of("review", switch (review.state()) {
                    case WITHDRAWN -> "You withdrew this request already.";
                    case CHANGES_REQUESTED -> "A mentor asked for changes, so it no longer waits: send your next iteration.";
                    default -> "This review is decided already, so there is nothing to withdraw.";
                });
            }
            if (!store.withdraw(reviewId, now)) {
                return Map.of("review", "This request no longer waits for a mentor; reload to see why.");
            }
            events.publishEvent(new ReviewWithdrawn(teamId, reviewId, me, review.title()));
            return null;
        });
    }

    /** A write to a review's thread: not found for those who may not see it; invalid as {@code change} finds; a conflict when stale. */
    private Outcome<ReviewThread> write(UUID me, UUID teamId, UUID reviewId, int expectedVersion, Map<String, String> formProblems,
                                        java.util.function.BiFunction<ReviewThread, Instant, @Nullable Map<String, String>> change) {
        Optional<ReviewThread> thread = thread(me, teamId, reviewId);
        if (thread.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        if (!formProblems.isEmpty()) {
            return Outcome.invalid(formProblems);
        }
        if (thread.get().review().version() != expectedVersion || !store.touch(reviewId, expectedVersion)) {
            return Outcome.conflict(CONFLICT, thread(me, teamId, reviewId).orElse(thread.get()));
        }
        Map<String, String> errors = change.apply(thread.get(), clock.instant());
        if (errors != null && !errors.isEmpty()) {
            // nothing of the change is kept: the version bump goes with it
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return Outcome.invalid(errors);
        }
        return Outcome.saved(thread(me, teamId, reviewId).orElseThrow());
    }

    private Outcome<CheckpointSignOff> signOff(Review review, String myName) {
        String[] parts = review.item().split(":", -1);
        UUID enrollmentId = UUID.fromString(parts[1]);
        String roadmapId = review.roadmapId() == null ? "" : review.roadmapId();
        Optional<Journey> journey = learning.journey(review.memberId(), enrollmentId)
                .filter(j -> j.enrollment().status() != dev.ascent.learning.Enrollment.Status.LEFT);
        Optional<dev.ascent.catalog.Roadmap.Checkpoint> checkpoint = journey.flatMap(j -> j.roadmap().checkpoints().stream()
                .filter(c -> c.id().equals(parts[2])).findFirst());
        if (checkpoint.isEmpty()) {
            return Outcome.invalid("roadmap", Learning.SIGN_OFF_UNFOLLOWED);
        }
        String evidence = items.evidence(review.memberId(), journey.get(), checkpoint.get());
        return learning.recordSignOff(review.memberId(), roadmapId, parts[2], myName, learning.today(), evidence);
    }

    private ReviewThread thread(UUID me, TeamRole role, Review review) {
        List<ReviewStore.EntryRow> rows = store.entries(review.id());
        Map<UUID, TeamRole> roles = new java.util.HashMap<>();
        teams.members(review.teamId()).forEach(m -> roles.put(m.accountId(), m.role()));
        Map<UUID, String> names = accounts.displayNames(Stream.concat(Stream.of(review.memberId()),
                rows.stream().map(ReviewStore.EntryRow::authorId).filter(java.util.Objects::nonNull)).distinct().toList());
        List<ReviewEntry> entries = rows.stream().map(row -> new ReviewEntry(row.id(), ReviewEntry.Kind.valueOf(row.kind()), row.iteration(),
                author(row.authorId(), review.memberId(), roles, names), row.body(), markdown.html(row.body()), markdown.html(row.content()),
                row.scores(), row.verdict(), row.createdAt())).toList();
        List<Integer> latest = rows.reversed().stream().filter(r -> r.kind().equals(ReviewEntry.Kind.SCORES.name())).findFirst()
                .map(ReviewStore.EntryRow::scores).orElse(List.of());
        List<String> rubric = review.kind() == ReviewKind.PROJECT ? rubric(review) : List.of();
        boolean mine = review.memberId().equals(me);
        return new ReviewThread(review.named(names.getOrDefault(review.memberId(), "A former member")), entries, rubric, latest, mine,
                !mine && reviewer(role));
    }

    /** The member by name; a mentor or lead still in the team by name; anyone else (gone, or erased) as a former mentor. */
    private static String author(@Nullable UUID authorId, UUID memberId, Map<UUID, TeamRole> roles, Map<UUID, String> names) {
        if (authorId != null && authorId.equals(memberId)) {
            return names.getOrDefault(authorId, "The member");
        }
        if (authorId != null && roles.containsKey(authorId) && reviewer(roles.get(authorId)) && names.containsKey(authorId)) {
            return names.get(authorId);
        }
        return "A former mentor";
    }

    private List<String> rubric(Review review) {
        String[] parts = review.item().split(":", -1);
        return learning.roadmap(review.memberId(), UUID.fromString(parts[1]))
                .flatMap(roadmap -> roadmap.project(parts[2])).map(dev.ascent.catalog.Roadmap.Project::rubric).orElse(List.of());
    }

    private Optional<TeamRole> reviewerRole(UUID me, UUID teamId, String what) {
        Optional<TeamRole> role = teams.membership(teamId, me).map(TeamStore.Membership::role);
        if (role.isPresent() && !reviewer(role.get())) {
            throw new MentorsOnly(what);
        }
        return role;
    }

    private static boolean reviewer(TeamRole role) {
        return role == TeamRole.LEAD || role == TeamRole.MENTOR;
    }

    private List<Review> named(List<Review> reviews) {
        Map<UUID, String> names = accounts.displayNames(ReviewStore.ids(reviews));
        return reviews.stream().map(r -> r.named(names.getOrDefault(r.memberId(), "A former member"))).toList();
    }

    private Review named(Review review) {
        return named(List.of(review)).getFirst();
    }

    private static String clip(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
