package dev.ascent.teams.internal;

import dev.ascent.accounts.Accounts;
import dev.ascent.teams.AssignmentAccepted;
import dev.ascent.teams.AssignmentDeclined;
import dev.ascent.teams.CheckInAgreed;
import dev.ascent.teams.CheckInStarted;
import dev.ascent.teams.MemberJoined;
import dev.ascent.teams.NotificationKind;
import dev.ascent.teams.Notifications;
import dev.ascent.teams.ReviewAnswered;
import dev.ascent.teams.ReviewRequested;
import dev.ascent.teams.ReviewWithdrawn;
import dev.ascent.teams.RoadmapAssigned;
import dev.ascent.teams.TeamRole;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Turns what happened in a team into notifications for the people it concerns — never for whoever did it. Each
 * runs after the change committed, from the event publication registry, so a crash in between loses none.
 */
@Component
class NotificationTriggers {

    private final Notifications notifications;
    private final TeamStore teams;
    private final CheckInStore checkIns;
    private final Accounts accounts;
    private final dev.ascent.catalog.Catalog catalog;
    private final ReviewStore reviews;

    NotificationTriggers(Notifications notifications, TeamStore teams, CheckInStore checkIns, Accounts accounts,
                         dev.ascent.catalog.Catalog catalog, ReviewStore reviews) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.notifications = notifications;
        this.teams = teams;
        this.checkIns = checkIns;
        this.accounts = accounts;
    }

    /** The team's leads hear who joined. */
    @ApplicationModuleListener
    void on(MemberJoined joined) {
        var team = teams.find(joined.teamId());
        if (team.isEmpty()) {
            return;
        }
        String name = name(joined.accountId());
        teams.members(joined.teamId()).stream()
                .filter(m -> m.role() == TeamRole.LEAD && !m.accountId().equals(joined.accountId()))
                .forEach(lead -> notifications.notify(lead.accountId(), NotificationKind.TEAM_JOINED,
                        "%s joined %s as %s.".formatted(name, team.get().name(), joined.role().label().toLowerCase(Locale.ROOT)),
                        "/teams/" + joined.teamId()));
    }

    /** The one of the two who did not open the check-in hears of it. */
    @ApplicationModuleListener
    void on(CheckInStarted started) {
        checkIns.find(started.teamId(), started.checkInId()).ifPresent(checkIn -> {
            boolean byMember = started.startedBy().equals(started.memberId());
            UUID to = byMember ? started.assessorId() : started.memberId();
            String title = byMember
                    ? "%s asks you to assess a check-in on %s.".formatted(name(started.memberId()), checkIn.phaseTitle())
                    : "%s opened a check-in with you on %s: give your own levels.".formatted(name(started.assessorId()), checkIn.phaseTitle());
            notifications.notify(to, NotificationKind.CHECK_IN_STARTED, title, link(checkIn));
        });
    }

    /** The member hears the level they agreed on. */
    @ApplicationModuleListener
    void on(CheckInAgreed agreed) {
        checkIns.find(agreed.teamId(), agreed.checkInId()).ifPresent(checkIn -> notifications.notify(agreed.memberId(),
                NotificationKind.CHECK_IN_AGREED, "%s recorded your agreed level on %s: %s.".formatted(name(agreed.assessorId()),
                        checkIn.phaseTitle(), agreed.level().label()), link(checkIn)));
    }

    /** The team's mentors and leads hear that a member asks for review (or sends a next iteration). */
    @ApplicationModuleListener
    void on(ReviewRequested requested) {
        String name = name(requested.memberId());
        String title = requested.iteration() == 1 ? "%s asks for review of %s.".formatted(name, requested.title())
                : "%s sent iteration %d of %s.".formatted(name, requested.iteration(), requested.title());
        teams.members(requested.teamId()).stream()
                .filter(m -> m.role() != TeamRole.MEMBER && !m.accountId().equals(requested.memberId()))
                .forEach(m -> notifications.notify(m.accountId(), NotificationKind.REVIEW_REQUESTED, title,
                        "/teams/" + requested.teamId() + "/reviews/" + requested.reviewId()));
    }

    /** The mentors and leads who had taken the request up (written in its thread) hear it was withdrawn; it left the queue for all. */
    @ApplicationModuleListener
    void on(ReviewWithdrawn withdrawn) {
        String title = "%s withdrew their request for review of %s.".formatted(name(withdrawn.memberId()), withdrawn.title());
        var reviewers = reviews.reviewersWhoWrote(withdrawn.reviewId(), withdrawn.memberId());
        teams.members(withdrawn.teamId()).stream()
                .filter(m -> m.role() != TeamRole.MEMBER && reviewers.contains(m.accountId()))
                .forEach(m -> notifications.notify(m.accountId(), NotificationKind.REVIEW_REQUESTED, title,
                        "/teams/" + withdrawn.teamId() + "/reviews/" + withdrawn.reviewId()));
    }

    /** The member hears the verdict. */
    @ApplicationModuleListener
    void on(ReviewAnswered answered) {
        if (teams.membership(answered.teamId(), answered.memberId()).isEmpty()) {
            return;
        }
        notifications.notify(answered.memberId(), NotificationKind.REVIEW_ANSWERED, "%s: %s by %s.".formatted(answered.title(),
                answered.verdict().label().toLowerCase(Locale.ROOT), name(answered.by())),
                "/teams/" + answered.teamId() + "/reviews/" + answered.reviewId());
    }

    /** The member hears a lead assigned them a roadmap; it waits for their answer on their teams page. */
    @ApplicationModuleListener
    void on(RoadmapAssigned assigned) {
        if (assigned.by().equals(assigned.accountId())) {
            return;
        }
        teams.find(assigned.teamId()).ifPresent(team -> notifications.notify(assigned.accountId(), NotificationKind.ROADMAP_ASSIGNED,
                "%s assigned you %s in %s.".formatted(name(assigned.by()), roadmapTitle(assigned.roadmapId()), team.name()), "/teams"));
    }

    /** The team's leads hear the answer. */
    @ApplicationModuleListener
    void on(AssignmentAccepted accepted) {
        String answer = accepted.kept() ? "accepted %s, and keeps the enrolment they had" : "accepted %s";
        toLeads(accepted.teamId(), accepted.accountId(), name(accepted.accountId()) + " " + answer.formatted(roadmapTitle(accepted.roadmapId())) + ".");
    }

    @ApplicationModuleListener
    void on(AssignmentDeclined declined) {
        toLeads(declined.teamId(), declined.accountId(), "%s declined %s.".formatted(name(declined.accountId()), roadmapTitle(declined.roadmapId())));
    }

    private void toLeads(UUID teamId, UUID member, String title) {
        teams.members(teamId).stream().filter(m -> m.role() == TeamRole.LEAD && !m.accountId().equals(member))
                .forEach(lead -> notifications.notify(lead.accountId(), NotificationKind.ASSIGNMENT_ANSWERED, title, "/teams/" + teamId + "/assignments"));
    }

    private String roadmapTitle(String roadmapId) {
        return catalog.roadmap(roadmapId).map(dev.ascent.catalog.Roadmap::title).orElse(roadmapId);
    }

    private static String link(CheckInStore.Row checkIn) {
        return "/teams/" + checkIn.teamId() + "/check-ins/" + checkIn.id();
    }

    private String name(UUID accountId) {
        Map<UUID, String> names = accounts.displayNames(List.of(accountId));
        return names.getOrDefault(accountId, "Someone");
    }
}
