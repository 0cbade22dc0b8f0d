package dev.ascent.teams.internal;

import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.planning.Planner;
import dev.ascent.planning.Projection;
import dev.ascent.platform.Display;
import dev.ascent.teams.NotificationKind;
import dev.ascent.teams.Notifications;
import dev.ascent.teams.Overview;
import dev.ascent.teams.TeamOverview;
import dev.ascent.teams.TeamRole;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Mondays, for everyone in a team: their week ahead (what the plan holds this week, reviews due, the next checkpoint
 * and how it stands) and, for a lead, who in their team fell behind their plan. Each is one notification, with its
 * email copy when mail is set up, and each kind can be turned off. The job runs once across instances (ShedLock),
 * walks people a page at a time, and sends a person a digest at most once a week, so a run that stopped part way
 * is simply run again.
 */
@Component
class WeeklyDigest {

    static final int PAGE = 500;

    private final TeamStore teams;
    private final NotificationStore store;
    private final Notifications notifications;
    private final Learning learning;
    private final Planner planner;
    private final TeamOverview overviews;
    private final Clock clock;

    WeeklyDigest(TeamStore teams, NotificationStore store, Notifications notifications, Learning learning, Planner planner,
                 TeamOverview overviews, Clock clock) {
        this.teams = teams;
        this.store = store;
        this.notifications = notifications;
        this.learning = learning;
        this.planner = planner;
        this.overviews = overviews;
        this.clock = clock;
    }

    @Scheduled(cron = "${ascent.digest.cron:0 0 6 * * MON}", zone = "UTC")
    @SchedulerLock(name = "weekly-digest", lockAtMostFor = "3h", lockAtLeastFor = "5m")
    void weekly() {
        sendAll();
    }

    /** Sends this week's digests not sent yet; answers how many notifications it made. */
    int sendAll() {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var since = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        int sent = 0;
        UUID after = TeamStore.FIRST;
        for (List<UUID> page = teams.peopleInTeams(after, PAGE); !page.isEmpty(); page = teams.peopleInTeams(after, PAGE)) {
            for (UUID person : page) {
                if (!store.sentSince(person, NotificationKind.WEEKLY_DIGEST, since)) {
                    Optional<String> week = week(person, monday);
                    if (week.isPresent()) {
                        notifications.notify(person, NotificationKind.WEEKLY_DIGEST, week.get(), "/learn");
                        sent++;
                    }
                }
                if (!store.sentSince(person, NotificationKind.TEAM_DIGEST, since)) {
                    sent += behind(person);
                }
            }
            after = page.getLast();
        }
        return sent;
    }

    /** "Your week of 7 Dec 2026 — Backend growth map: 3 items planned, starting with Go types; 2 reviews due; …". */
    Optional<String> week(UUID person, LocalDate monday) {
        List<String> parts = new ArrayList<>();
        for (Enrollment enrollment : learning.enrollments(person)) {
            if (enrollment.status() != Enrollment.Status.ACTIVE) {
                continue;
            }
            Optional<Journey> journey = learning.journey(person, enrollment.id());
            Optional<Projection> projection = planner.projection(person, enrollment.id(), null);
            if (journey.isEmpty() || projection.isEmpty()) {
                continue;
            }
            List<String> about = new ArrayList<>();
            var slots = projection.get().thisWeek();
            about.add(switch (slots.size()) {
                case 0 -> "nothing planned";
                case 1 -> "1 item planned: " + slots.getFirst().title();
                default -> slots.size() + " items planned, starting with " + slots.getFirst().title();
            });
            int reviews = journey.get().dueReviews(LocalDate.now(clock)).size();
            if (reviews > 0) {
                about.add(reviews + (reviews == 1 ? " review due" : " reviews due"));
            }
            projection.get().checkpoints().stream().filter(c -> c.status() != dev.ascent.learning.CheckpointState.Status.MET).findFirst()
                    .ifPresent(c -> about.add("next checkpoint “%s” due %s (%s)".formatted(c.title(), Display.date(c.due()),
                            c.status().label().toLowerCase(java.util.Locale.ROOT))));
            parts.add(journey.get().roadmap().title() + ": " + String.join("; ", about));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of("Your week of " + Display.date(monday) + " — " + String.join(". ", parts) + ".");
    }

    /** For each team the person leads: who shares their plan and is behind it, on the roadmap most of the team follows. */
    int behind(UUID person) {
        int sent = 0;
        for (var membership : teams.membershipsOf(person)) {
            if (membership.role() != TeamRole.LEAD) {
                continue;
            }
            Optional<Overview> overview = overviews.overview(person, membership.teamId(), null, null, null);
            if (overview.isEmpty() || overview.get().roadmap() == null) {
                continue;
            }
            List<Overview.Row> late = overview.get().rows().stream()
                    .filter(row -> !row.me() && row.plan() == Overview.Seen.SHOWN && row.weeksAhead() != null && row.weeksAhead() < 0).toList();
            if (late.isEmpty()) {
                continue;
            }
            String names = late.stream().limit(5).map(row -> row.name() + " (" + row.pace() + ")").reduce((a, b) -> a + ", " + b).orElse("");
            String more = late.size() > 5 ? " and " + (late.size() - 5) + " more" : "";
            notifications.notify(person, NotificationKind.TEAM_DIGEST, "%s: %d behind their plan on %s — %s%s.".formatted(
                    overview.get().team().name(), late.size(), overview.get().roadmap().title(), names, more),
                    "/teams/" + membership.teamId() + "/overview?sort=pace");
            sent++;
        }
        return sent;
    }
}
