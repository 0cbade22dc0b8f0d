package dev.ascent.teams;

import dev.ascent.accounts.Accounts;
import dev.ascent.catalog.Roadmap;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.learning.Proficiency;
import dev.ascent.learning.TopicProgress;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.internal.CheckInStore;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Check-ins on the ladder. A member's check-ins are seen by the member and by the mentors and leads of the team, while
 * both are in it; anyone else finds nothing. The member gives their own levels, the assessor theirs, each hidden from
 * the other until both are in (see {@link CheckIn#seenBy}); then the assessor records the level they agree on.
 */
@Service
public class CheckIns {

    static final String NOT_FOUND = "There is no such check-in in this team.";
    static final String NO_PERSON = "There is no such person in this team.";
    static final String CONFLICT = "This check-in was changed since you opened it. Look at it again and repeat your change.";
    static final String ONE_OPEN = "A check-in is already under way for this member in this team: finish it or withdraw it first.";
    static final String CLOSED = "This check-in is agreed and closed; start a new one to assess again.";
    static final String BOTH_IN = "Both assessments are in, so they no longer change: agree a level, or withdraw the check-in.";
    static final String ASSESSOR_RULE = "Choose a mentor or lead of the team to assess it.";

    private final Teams teams;
    private final CheckInStore store;
    private final Learning learning;
    private final Accounts accounts;
    private final FormErrors formErrors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckIns(Teams teams, CheckInStore store, Learning learning, Accounts accounts, FormErrors formErrors, ApplicationEventPublisher events,
             Clock clock) {
        this.teams = teams;
        this.store = store;
        this.learning = learning;
        this.accounts = accounts;
        this.formErrors = formErrors;
        this.events = events;
        this.clock = clock;
    }

    /** Mentors and leads guide; members learn. */
    static boolean guides(TeamRole role) {
        return role != TeamRole.MEMBER;
    }

    /** The member, if {@code me} may see their check-ins in the team: themself, or a mentor or lead of it. */
    private Optional<Access> access(UUID me, UUID teamId, UUID memberId) {
        return teams.team(me, teamId).flatMap(team -> team.members().stream().filter(m -> m.accountId().equals(memberId)).findFirst()
                .filter(member -> member.accountId().equals(me) || guides(team.myRole()))
                .map(member -> new Access(team, member)));
    }

    private record Access(TeamDetails team, Member member) {
    }

    /** A member's check-ins in the team, and what a new one could cover; empty when {@code me} may not see them. */
    public Optional<MemberCheckIns> of(UUID me, UUID teamId, UUID memberId) {
        return access(me, teamId, memberId).map(access -> {
            List<CheckInStore.HistoryRow> rows = store.history(teamId, memberId);
            Map<UUID, String> names = names(rows.stream().map(row -> row.checkIn().assessorId()));
            List<CheckInSummary> history = rows.stream().map(row -> {
                CheckIn.State state = withoutLines(row.checkIn(), "", "").state();
                return new CheckInSummary(row.checkIn().id(), row.checkIn().roadmapTitle(), row.checkIn().phaseTitle(),
                        name(names, row.checkIn().assessorId()), row.checkIn().openedAt(), state, row.checkIn().agreedLevel(),
                        row.checkIn().agreedAt(), row.topics(), state == CheckIn.State.AGREED || state == CheckIn.State.READY_TO_AGREE ? row.differences() : 0);
            }).toList();
            List<MemberCheckIns.RoadmapPhases> phases = followed(memberId).stream()
                    .map(roadmap -> new MemberCheckIns.RoadmapPhases(roadmap.title(), roadmap.phases().stream()
                            .map(phase -> new MemberCheckIns.Choice(roadmap.id() + "/" + phase.id(), phase.title())).toList()))
                    .toList();
            List<Member> assessors = access.team().members().stream()
                    .filter(m -> guides(m.role()) && !m.accountId().equals(memberId)).toList();
            return new MemberCheckIns(access.team().team(), access.team().myRole(), access.member(), memberId.equals(me), history, phases, assessors);
        });
    }

    /** Opens a check-in on one phase of a roadmap the member follows, the member's current levels filled in as a start. */
    @Transactional
    public Outcome<CheckIn> start(UUID me, UUID teamId, UUID memberId, CheckInStart form) {
        Optional<Access> found = access(me, teamId, memberId);
        if (found.isEmpty()) {
            return Outcome.notFound(NO_PERSON);
        }
        Access access = found.get();
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(form));
        Optional<Journey> journey = errors.containsKey("phase") ? Optional.empty() : journey(memberId, Objects.requireNonNull(form.phase()));
        Optional<Roadmap.Phase> phase = journey.flatMap(j -> j.roadmap().phases().stream()
                .filter(p -> form.phase().equals(j.roadmap().id() + "/" + p.id())).findFirst());
        if (!errors.containsKey("phase") && phase.isEmpty()) {
            errors.put("phase", CheckInStart.PHASE_RULE);
        }
        UUID assessor = memberId.equals(me) ? form.assessor() : me;
        boolean assessorInTeam = assessor != null && !assessor.equals(memberId) && access.team().members().stream()
                .anyMatch(m -> m.accountId().equals(assessor) && guides(m.role()));
        if (!assessorInTeam) {
            errors.put("assessor", ASSESSOR_RULE);
        }
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        if (store.openFor(teamId, memberId).isPresent()) {
            return Outcome.conflict(ONE_OPEN, null);
        }
        Journey j = journey.orElseThrow();
        Roadmap.Phase p = phase.orElseThrow();
        List<CheckIn.Line> lines = p.topicIds().stream().limit(CheckIn.MAX_TOPICS)
                .flatMap(id -> j.roadmap().topic(id).stream())
                .map(topic -> new CheckIn.Line(topic.id(), topic.title(), current(j.progress().get(topic.id())), null))
                .toList();
        UUID id = UUID.randomUUID();
        try {
            store.insert(new CheckInStore.Row(id, teamId, memberId, assessor, j.roadmap().id(), j.roadmap().title(), p.id(), p.title(),
                    clock.instant(), null, null, null, null, null, 0), lines);
        } catch (DuplicateKeyException raced) {
            return Outcome.conflict(ONE_OPEN, null);
        }
        events.publishEvent(new CheckInStarted(teamId, id, memberId, Objects.requireNonNull(assessor), me));
        return Outcome.saved(read(teamId, id).orElseThrow().seenBy(me));
    }

    /** The check-in as {@code me} may see it; empty outside the team or for a member {@code me} does not guide. */
    public Optional<CheckIn> checkIn(UUID me, UUID teamId, UUID checkInId) {
        return read(teamId, checkInId).filter(c -> access(me, teamId, c.memberId()).isPresent()).map(c -> c.seenBy(me));
    }

    /** Saves one side's levels (the member's or the assessor's, by who {@code me} is), as a draft or submitted. */
    @Transactional
    public Outcome<CheckIn> assess(UUID me, UUID teamId, UUID checkInId, CheckInAssessment form, int expectedVersion) {
        Optional<CheckIn> found = read(teamId, checkInId).filter(c -> access(me, teamId, c.memberId()).isPresent());
        if (found.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        CheckIn checkIn = found.get();
        if (!checkIn.isMember(me) && !checkIn.isAssessor(me)) {
            return Outcome.invalid("levels", "Only " + checkIn.memberName() + " and " + checkIn.assessorName() + " give levels in this check-in.");
        }
        if (checkIn.version() != expectedVersion) {
            return Outcome.conflict(CONFLICT, checkIn.seenBy(me));
        }
        if (!checkIn.open()) {
            return Outcome.conflict(CLOSED, checkIn.seenBy(me));
        }
        if (checkIn.bothSubmitted()) {
            return Outcome.conflict(BOTH_IN, checkIn.seenBy(me));
        }
        boolean assessorSide = checkIn.isAssessor(me) && !checkIn.isMember(me);
        Map<String, @Nullable Proficiency> levels = form.levelsOrNone();
        Map<String, @Nullable Proficiency> after = new HashMap<>();
        checkIn.lines().forEach(line -> after.put(line.topicId(), assessorSide ? line.assessor() : line.self()));
        Optional<String> unknown = levels.keySet().stream().filter(topic -> !after.containsKey(topic)).findFirst();
        if (unknown.isPresent()) {
            return Outcome.invalid("levels", "“" + clip(unknown.get()) + "” is not a topic of this check-in.");
        }
        after.putAll(levels);
        long unrated = after.values().stream().filter(Objects::isNull).count();
        if (form.submit() && unrated > 0) {
            return Outcome.invalid("levels", "Give a level for every topic before you submit: " + unrated
                    + (unrated == 1 ? " is" : " are") + " still open. Save a draft to finish later.");
        }
        Instant submitted = form.submit() ? clock.instant() : null;
        if (!store.assess(checkInId, assessorSide, levels, submitted, expectedVersion)) {
            return Outcome.conflict(CONFLICT, read(teamId, checkInId).map(c -> c.seenBy(me)).orElse(null));
        }
        return Outcome.saved(read(teamId, checkInId).orElseThrow().seenBy(me));
    }

    /** Records the level the two agree on; only the assessor, and only once both assessments are in. */
    @Transactional
    public Outcome<CheckIn> agree(UUID me, UUID teamId, UUID checkInId, CheckInAgreement form, int expectedVersion) {
        Optional<CheckIn> found = checkIn(me, teamId, checkInId);
        if (found.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        CheckIn checkIn = found.get();
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(form));
        if (!checkIn.isAssessor(me)) {
            errors.putIfAbsent("level", "Only the assessor, " + checkIn.assessorName() + ", records the agreed level.");
        } else if (checkIn.open() && !checkIn.bothSubmitted()) {
            errors.putIfAbsent("level", "Both assessments must be in before you agree a level.");
        }
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        if (!checkIn.open()) {
            return Outcome.conflict(CLOSED, checkIn);
        }
        if (!store.agree(checkInId, Objects.requireNonNull(form.level()), form.cleanNote(), clock.instant(), expectedVersion)) {
            return Outcome.conflict(CONFLICT, checkIn(me, teamId, checkInId).orElse(null));
        }
        events.publishEvent(new CheckInAgreed(teamId, checkInId, checkIn.memberId(), me, form.level()));
        return Outcome.saved(read(teamId, checkInId).orElseThrow());
    }

    /** Withdraws a check-in that is not agreed yet (the member or the assessor). */
    @Transactional
    public Outcome<UUID> withdraw(UUID me, UUID teamId, UUID checkInId, int expectedVersion) {
        Optional<CheckIn> found = checkIn(me, teamId, checkInId);
        if (found.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        CheckIn checkIn = found.get();
        if (!checkIn.isMember(me) && !checkIn.isAssessor(me)) {
            return Outcome.invalid("version", "Only " + checkIn.memberName() + " and " + checkIn.assessorName() + " may withdraw this check-in.");
        }
        if (!checkIn.open()) {
            return Outcome.conflict(CLOSED, null);
        }
        if (!store.withdraw(checkInId, expectedVersion)) {
            return Outcome.conflict(CONFLICT, null);
        }
        return Outcome.saved(checkIn.memberId());
    }

    private Optional<CheckIn> read(UUID teamId, UUID checkInId) {
        return store.find(teamId, checkInId).map(row -> {
            Map<UUID, String> names = names(Stream.of(row.memberId(), row.assessorId()));
            CheckIn bare = withoutLines(row, name(names, row.memberId()), name(names, row.assessorId()));
            return new CheckIn(bare.id(), bare.teamId(), bare.memberId(), bare.memberName(), bare.assessorId(), bare.assessorName(),
                    bare.roadmapId(), bare.roadmapTitle(), bare.phaseId(), bare.phaseTitle(), bare.openedAt(), bare.memberSubmittedAt(),
                    bare.assessorSubmittedAt(), bare.agreedLevel(), bare.agreedNote(), bare.agreedAt(), store.lines(checkInId), bare.version());
        });
    }

    private static CheckIn withoutLines(CheckInStore.Row row, String memberName, String assessorName) {
        return new CheckIn(row.id(), row.teamId(), row.memberId(), memberName, row.assessorId(), assessorName, row.roadmapId(),
                row.roadmapTitle(), row.phaseId(), row.phaseTitle(), row.openedAt(), row.memberSubmittedAt(), row.assessorSubmittedAt(),
                row.agreedLevel(), row.agreedNote(), row.agreedAt(), List.of(), row.version());
    }

    private Map<UUID, String> names(Stream<@Nullable UUID> ids) {
        List<UUID> known = ids.filter(Objects::nonNull).map(Objects::requireNonNull).distinct().toList();
        return known.isEmpty() ? Map.of() : accounts.displayNames(known);
    }

    private static String name(Map<UUID, String> names, @Nullable UUID id) {
        return id == null ? CheckIn.FORMER_MENTOR : names.getOrDefault(id, CheckIn.FORMER_MENTOR);
    }

    /** The roadmaps the member follows (not those they left), in the order they joined them. */
    private List<Roadmap> followed(UUID memberId) {
        return learning.enrollments(memberId).stream().filter(e -> e.status() != Enrollment.Status.LEFT)
                .flatMap(e -> learning.roadmap(memberId, e.id()).stream()).toList();
    }

    private Optional<Journey> journey(UUID memberId, String phase) {
        int slash = phase.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        return learning.enrollmentFor(memberId, phase.substring(0, slash)).filter(e -> e.status() != Enrollment.Status.LEFT)
                .flatMap(e -> learning.journey(memberId, e.id()));
    }

    /** The member's own level of a topic as a starting point: only where they have said or done something about it. */
    private static @Nullable Proficiency current(@Nullable TopicProgress progress) {
        return progress == null || progress.isNew() ? null : progress.proficiency();
    }

    private static String clip(String text) {
        String plain = text.replaceAll("\\p{Cc}", "");
        return plain.length() <= 80 ? plain : plain.substring(0, 80) + "…";
    }
}
