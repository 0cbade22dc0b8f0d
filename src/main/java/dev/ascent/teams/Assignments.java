package dev.ascent.teams;

import dev.ascent.accounts.Accounts;
import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.Learning;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.internal.AssignmentStore;
import dev.ascent.teams.internal.TeamStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Roadmaps leads assign to members, with a suggested start and weekly hours. The member accepts (and is enrolled
 * through learning with those values, or keeps the enrolment they already have on that roadmap) or declines.
 */
@Service
public class Assignments {

    /** The most assignments a team's list shows. */
    static final int LISTED = 200;
    static final String NOT_YOURS = "There is no such assignment for you in this team.";
    static final String ANSWERED = "This assignment was answered or changed since you opened this page; here it is as it is now.";

    /** What accepting did: the assignment as answered and the enrolment the member now follows. */
    public record Answer(Assignment assignment, UUID enrollmentId, boolean kept) {
    }

    private final AssignmentStore store;
    private final TeamStore teams;
    private final Accounts accounts;
    private final Catalog catalog;
    private final Learning learning;
    private final FormErrors formErrors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assignments(AssignmentStore store, TeamStore teams, Accounts accounts, Catalog catalog, Learning learning, FormErrors formErrors,
                ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.teams = teams;
        this.accounts = accounts;
        this.catalog = catalog;
        this.learning = learning;
        this.formErrors = formErrors;
        this.events = events;
        this.clock = clock;
    }

    static final String UNKNOWN_ROADMAP = "There is no roadmap with this id for this team: choose one from the list.";

    /** Everything wrong with the form that needs no team, by field. */
    public Map<String, String> problems(AssignmentForm form) {
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(form));
        if (!errors.containsKey("roadmapId") && form.roadmapId() != null && catalog.roadmap(form.roadmapId().strip()).isEmpty()) {
            errors.put("roadmapId", UNKNOWN_ROADMAP);
        }
        LocalDate today = learning.today();
        if (!errors.containsKey("startDate") && form.startDate() != null
                && (form.startDate().isBefore(today) || form.startDate().isAfter(today.plusYears(1)))) {
            errors.put("startDate", "Suggest a start between today and a year from now.");
        }
        return errors;
    }

    /** Assigns the roadmap to one member or, with {@code all}, to every member (leads only); a member with it open is skipped. */
    @Transactional
    public Outcome<List<Assignment>> assign(UUID me, UUID teamId, AssignmentForm form) {
        Optional<TeamStore.Membership> mine = teams.membership(teamId, me);
        if (mine.isEmpty()) {
            return Outcome.notFound(Teams.NOT_FOUND);
        }
        Teams.requireLead(mine.get().role(), "assign roadmaps");
        Map<String, String> errors = problems(form);
        if (!errors.containsKey("roadmapId") && !catalog.availableTo(java.util.Objects.requireNonNull(form.roadmapId()).strip(), teamId)) {
            // another team's roadmap is as unknown here as to its members
            errors.put("roadmapId", UNKNOWN_ROADMAP);
        }
        List<TeamStore.Membership> members = teams.members(teamId);
        List<UUID> to = new ArrayList<>();
        if (!errors.containsKey("member")) {
            if (form.toAll()) {
                members.stream().filter(m -> m.role() == TeamRole.MEMBER).forEach(m -> to.add(m.accountId()));
                if (to.isEmpty()) {
                    errors.put("member", "This team has no members yet (leads and mentors are not assigned roadmaps all at once).");
                }
            } else {
                UUID target = uuid(form.member());
                if (target == null || members.stream().noneMatch(m -> m.accountId().equals(target))) {
                    errors.put("member", "Choose someone in this team.");
                } else {
                    to.add(target);
                }
            }
        }
        return Outcome.unless(errors, () -> {
            String roadmapId = java.util.Objects.requireNonNull(form.roadmapId()).strip();
            Instant now = clock.instant();
            List<UUID> created = new ArrayList<>();
            for (UUID accountId : to) {
                UUID id = UUID.randomUUID();
                if (store.insert(id, teamId, accountId, roadmapId, java.util.Objects.requireNonNull(form.startDate()),
                        java.util.Objects.requireNonNull(form.weeklyHours()), me, now)) {
                    created.add(id);
                    events.publishEvent(new RoadmapAssigned(id, teamId, accountId, roadmapId, me));
                }
            }
            if (created.isEmpty()) {
                return Outcome.invalid("member", to.size() == 1 ? "This roadmap is already waiting for their answer."
                        : "Every member already has this roadmap waiting for an answer.");
            }
            return Outcome.saved(assignments(store.ofTeam(teamId, LISTED).stream().filter(r -> created.contains(r.id())).toList()));
        });
    }

    /** The team's assignments with their states, newest first (leads); members get only their own. */
    public Optional<List<Assignment>> ofTeam(UUID me, UUID teamId) {
        return teams.membership(teamId, me).map(m -> m.role() == TeamRole.LEAD
                ? assignments(store.ofTeam(teamId, LISTED)) : assignments(store.ofMember(me, teamId)));
    }

    /** The account's assignments in every team, newest first. */
    public List<Assignment> mine(UUID me) {
        return assignments(store.ofMember(me, null));
    }

    /** Accepts the assignment: enrolled with its start and hours, or keeps the enrolment already following that roadmap. */
    @Transactional
    public Outcome<Answer> accept(UUID me, UUID teamId, UUID assignmentId, int expectedVersion) {
        Optional<AssignmentStore.Row> row = store.find(teamId, assignmentId).filter(r -> r.accountId().equals(me));
        if (row.isEmpty()) {
            return Outcome.notFound(NOT_YOURS);
        }
        AssignmentStore.Row a = row.get();
        if (!a.state().equals("OPEN") || a.version() != expectedVersion) {
            return Outcome.conflict(ANSWERED, null);
        }
        Optional<Enrollment> following = learning.enrollmentFor(me, a.roadmapId()).filter(e -> e.status() != Enrollment.Status.LEFT);
        UUID enrollmentId;
        if (following.isPresent()) {
            enrollmentId = following.get().id();
        } else {
            Outcome<Enrollment> enrolled = learning.enroll(me, a.roadmapId(), new EnrollmentForm(a.startDate(), a.weeklyHours()));
            if (!(enrolled instanceof Outcome.Saved<Enrollment>(Enrollment enrollment))) {
                return enrolled.map(e -> (Answer) null);
            }
            enrollmentId = enrollment.id();
        }
        boolean kept = following.isPresent();
        if (!store.answer(assignmentId, kept ? "KEPT" : "ENROLLED", clock.instant(), expectedVersion)) {
            throw new ConcurrentAnswer();
        }
        events.publishEvent(new AssignmentAccepted(assignmentId, teamId, me, a.roadmapId(), enrollmentId, kept));
        return Outcome.saved(new Answer(assignment(store.find(teamId, assignmentId).orElseThrow()), enrollmentId, kept));
    }

    /** Declines the assignment. */
    @Transactional
    public Outcome<Assignment> decline(UUID me, UUID teamId, UUID assignmentId, int expectedVersion) {
        Optional<AssignmentStore.Row> row = store.find(teamId, assignmentId).filter(r -> r.accountId().equals(me));
        if (row.isEmpty()) {
            return Outcome.notFound(NOT_YOURS);
        }
        if (!store.answer(assignmentId, "DECLINED", clock.instant(), expectedVersion)) {
            return Outcome.conflict(ANSWERED, assignment(store.find(teamId, assignmentId).orElseThrow()));
        }
        events.publishEvent(new AssignmentDeclined(assignmentId, teamId, me, row.get().roadmapId()));
        return Outcome.saved(assignment(store.find(teamId, assignmentId).orElseThrow()));
    }

    /** The roadmaps a lead may assign: the public ones and the team's own published ones, by title. */
    public List<Roadmap> roadmaps(UUID teamId) {
        return java.util.stream.Stream.concat(catalog.roadmaps().stream(), catalog.roadmapsOf(teamId).stream())
                .flatMap(s -> catalog.roadmap(s.id()).stream())
                .sorted(java.util.Comparator.comparing(Roadmap::title)).toList();
    }

    /** Someone else answered first between the read and the write: the enrolment made meanwhile is rolled back. */
    static final class ConcurrentAnswer extends org.springframework.web.server.ResponseStatusException {
        ConcurrentAnswer() {
            super(org.springframework.http.HttpStatus.CONFLICT, ANSWERED);
        }
    }

    private List<Assignment> assignments(List<AssignmentStore.Row> rows) {
        Map<UUID, String> names = accounts.displayNames(rows.stream().map(AssignmentStore.Row::accountId).distinct().toList());
        return rows.stream().map(r -> assignment(r, names)).toList();
    }

    private Assignment assignment(AssignmentStore.Row row) {
        return assignment(row, accounts.displayNames(List.of(row.accountId())));
    }

    private Assignment assignment(AssignmentStore.Row r, Map<UUID, String> names) {
        String title = catalog.roadmap(r.roadmapId()).map(Roadmap::title).orElse(r.roadmapId());
        return new Assignment(r.id(), r.teamId(), r.teamName(), r.accountId(), names.getOrDefault(r.accountId(), "A former member"),
                r.roadmapId(), title, r.startDate(), r.weeklyHours(), r.assignedAt(), Assignment.State.valueOf(r.state()), r.answeredAt(), r.version());
    }

    private static @org.jspecify.annotations.Nullable UUID uuid(@org.jspecify.annotations.Nullable String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
