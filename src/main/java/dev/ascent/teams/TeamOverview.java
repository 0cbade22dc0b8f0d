package dev.ascent.teams;

import dev.ascent.accounts.Accounts;
import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Level;
import dev.ascent.catalog.Roadmap;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.learning.LoggedDay;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.TopicStatus;
import dev.ascent.planning.Planner;
import dev.ascent.teams.Overview.Seen;
import dev.ascent.teams.internal.DepartureStore;
import dev.ascent.teams.internal.ReviewStore;
import dev.ascent.teams.internal.TeamStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lead's view of a team (leads and mentors): per person their level reached, share done per phase, pace,
 * next checkpoint and last activity, as far as each shares it ({@link Privacy}); the skill matrix; the activity
 * feed. A fixed number of reads whatever the team's size: one each for the team, its members, their names, their
 * privacy, their enrolments, the progress and projects of the roadmap shown, last activity, logged time,
 * departures and open review requests. Nothing of their learning is read for a person who shares nothing; their open
 * review requests are shown whatever they share, as the team's review queue shows them.
 */
@Service
public class TeamOverview {

    /** Sort keys, each a column of the overview; "-key" sorts descending. */
    public static final List<String> SORTS = List.of("name", "level", "done", "pace", "checkpoint", "activity", "reviews");
    /** A level counts as reached when this share of its required topics is finished (and every level below it is reached). */
    static final int REACHED_PERCENT = 80;
    static final int FEED_DAYS = 30;
    static final int FEED_ITEMS = 40;

    private final TeamStore teams;
    private final ReviewStore reviews;
    private final TeamPrivacy privacy;
    private final DepartureStore departures;
    private final Accounts accounts;
    private final Catalog catalog;
    private final Learning learning;
    private final Planner planner;
    private final Clock clock;

    TeamOverview(TeamStore teams, ReviewStore reviews, TeamPrivacy privacy, DepartureStore departures, Accounts accounts, Catalog catalog,
                 Learning learning, Planner planner, Clock clock) {
        this.teams = teams;
        this.reviews = reviews;
        this.privacy = privacy;
        this.departures = departures;
        this.accounts = accounts;
        this.catalog = catalog;
        this.learning = learning;
        this.planner = planner;
        this.clock = clock;
    }

    /**
     * The overview for a lead or mentor of the team (empty for anyone outside it; 403 for its members), on the
     * roadmap asked for or else the one most of the team follows, the matrix by phase or by the topics of {@code phaseId}.
     * <p>
     * Not one transaction: each read takes a connection for its statement only, so the pool is not held while the
     * rows are worked out (tens of milliseconds for a large team; under load that wait emptied the pool for everyone).
     * The reads would not see one snapshot in a READ COMMITTED transaction either.
     */
    public Optional<Overview> overview(UUID me, UUID teamId, @Nullable String roadmapId, @Nullable String phaseId, @Nullable String sort) {
        Optional<TeamStore.Membership> mine = teams.membership(teamId, me);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        if (mine.get().role() == TeamRole.MEMBER) {
            throw new MentorsAndLeadsOnly("see the team's overview");
        }
        Team team = teams.find(teamId).orElseThrow();
        List<TeamStore.Membership> members = teams.members(teamId);
        List<UUID> ids = members.stream().map(TeamStore.Membership::accountId).toList();
        Map<UUID, String> names = accounts.displayNames(ids);
        Map<UUID, Privacy> settings = privacy.ofTeam(teamId);
        Function<UUID, Privacy> privacyOf = id -> id.equals(me) ? Privacy.defaults(teamId, id) : settings.getOrDefault(id, Privacy.defaults(teamId, id));
        List<UUID> visible = ids.stream().filter(id -> {
            Privacy p = privacyOf.apply(id);
            return p.shareProgress() || p.sharePlan() || p.shareCheckpoints();
        }).toList();

        List<Enrollment> enrollments = learning.enrollments(visible).stream().filter(e -> e.status() != Enrollment.Status.LEFT).toList();
        List<Overview.RoadmapChoice> choices = choices(enrollments, privacyOf);
        Overview.RoadmapChoice chosen = choices.stream().filter(c -> c.id().equals(roadmapId)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.getFirst());
        Roadmap roadmap = chosen == null ? null : catalog.roadmap(chosen.id()).orElse(null);
        Roadmap.Phase phase = roadmap == null || phaseId == null ? null
                : roadmap.phases().stream().filter(p -> p.id().equals(phaseId)).findFirst().orElse(null);

        List<Enrollment> onRoadmap = roadmap == null ? List.of() : enrollments.stream().filter(e -> e.roadmapId().equals(roadmap.id())).toList();
        Map<UUID, Journey> journeys = learning.journeys(onRoadmap).stream().collect(Collectors.toMap(j -> j.enrollment().accountId(), j -> j));
        Map<UUID, Integer> ahead = planner.weeksAhead(journeys.values().stream()
                .filter(j -> privacyOf.apply(j.enrollment().accountId()).sharePlan()).toList());
        List<UUID> progressShown = journeys.values().stream().filter(j -> privacyOf.apply(j.enrollment().accountId()).shareProgress())
                .map(j -> j.enrollment().id()).toList();
        Map<UUID, LocalDate> last = learning.lastActivity(progressShown);
        LocalDate today = learning.today();

        List<Overview.Column> columns = phase == null
                ? roadmap == null ? List.of() : roadmap.phases().stream().map(p -> new Overview.Column(p.id(), p.title())).toList()
                : phase.topicIds().stream().flatMap(id -> roadmap.topic(id).stream()).map(t -> new Overview.Column(t.id(), t.title())).toList();
        Map<UUID, ReviewStore.OpenCount> open = reviews.openByMember(teamId);
        List<Overview.Row> rows = new ArrayList<>();
        for (TeamStore.Membership m : members) {
            rows.add(row(m, me, names, privacyOf.apply(m.accountId()), journeys.get(m.accountId()), ahead, last, phase, columns, today)
                    .withReviews(openReviews(open.get(m.accountId()))));
        }
        String order = sort == null || !SORTS.contains(sort.replaceFirst("^-", "")) ? "name" : sort;
        rows.sort(comparator(order));
        List<Overview.FeedItem> feed = feed(teamId, members, names, journeys, privacyOf, today);
        List<Overview.Column> phases = roadmap == null ? List.of()
                : roadmap.phases().stream().map(p -> new Overview.Column(p.id(), p.title())).toList();
        return Optional.of(new Overview(team, mine.get().role(), choices, chosen, phases, phase == null ? null : phase.id(), columns, order, rows, feed));
    }

    private Overview.OpenReviews openReviews(ReviewStore.@Nullable OpenCount open) {
        if (open == null || open.count() == 0) {
            return Overview.OpenReviews.NONE;
        }
        long days = Math.max(0, Duration.between(open.oldest(), clock.instant()).toDays());
        return new Overview.OpenReviews(open.count(), open.oldest(), (int) Math.min(days, Integer.MAX_VALUE));
    }

    private List<Overview.RoadmapChoice> choices(List<Enrollment> enrollments, Function<UUID, Privacy> privacyOf) {
        Map<String, Long> following = enrollments.stream().collect(Collectors.groupingBy(Enrollment::roadmapId, Collectors.counting()));
        return following.entrySet().stream().flatMap(e -> catalog.roadmap(e.getKey()).stream()
                        .map(r -> new Overview.RoadmapChoice(r.id(), r.title(), e.getValue().intValue())))
                .sorted(Comparator.comparing(Overview.RoadmapChoice::following).reversed().thenComparing(Overview.RoadmapChoice::title))
                .toList();
    }

    private Overview.Row row(TeamStore.Membership m, UUID me, Map<UUID, String> names, Privacy p, @Nullable Journey journey,
                             Map<UUID, Integer> ahead, Map<UUID, LocalDate> last, Roadmap.@Nullable Phase phase,
                             List<Overview.Column> columns, LocalDate today) {
        String name = names.getOrDefault(m.accountId(), "A former member");
        boolean self = m.accountId().equals(me);
        Seen progress = journey == null ? (p.shareProgress() ? Seen.NOT_FOLLOWING : Seen.NOT_SHARED) : p.shareProgress() ? Seen.SHOWN : Seen.NOT_SHARED;
        Seen plan = journey == null ? (p.sharePlan() ? Seen.NOT_FOLLOWING : Seen.NOT_SHARED) : p.sharePlan() ? Seen.SHOWN : Seen.NOT_SHARED;
        Seen checkpoints = journey == null ? (p.shareCheckpoints() ? Seen.NOT_FOLLOWING : Seen.NOT_SHARED)
                : p.shareCheckpoints() ? Seen.SHOWN : Seen.NOT_SHARED;
        String level = null;
        int rank = -1;
        Integer percent = null;
        LocalDate lastDay = null;
        List<Overview.Cell> cells;
        if (progress == Seen.SHOWN && journey != null) {
            rank = levelRank(journey);
            level = rank < 0 ? "Starting out" : journey.roadmap().levels().ladder().get(rank).label();
            percent = journey.overall().percent();
            lastDay = last.get(journey.enrollment().id());
            cells = phase == null ? phaseCells(journey) : topicCells(journey, phase);
        } else {
            cells = columns.stream().map(c -> new Overview.Cell(c.id(), -1, 0, progress.text())).toList();
        }
        Integer weeks = plan == Seen.SHOWN && journey != null ? ahead.get(journey.enrollment().id()) : null;
        Overview.Checkpoint next = null;
        if (checkpoints == Seen.SHOWN && journey != null) {
            next = journey.nextOpenCheckpoint(today)
                    .map(c -> new Overview.Checkpoint(c.title(), c.due(), c.status().label())).orElse(null);
        }
        return new Overview.Row(m.accountId(), name, m.role(), self, progress, level, rank, percent, plan, weeks, checkpoints, next, lastDay, cells,
                Overview.OpenReviews.NONE);
    }

    /** The highest rung of the ladder with every rung up to it at least {@value #REACHED_PERCENT}% finished; -1 when none. */
    static int levelRank(Journey journey) {
        List<Level> ladder = journey.roadmap().levels().ladder();
        Map<String, Journey.Share> levels = journey.levels();
        int reached = -1;
        for (int i = 0; i < ladder.size(); i++) {
            Journey.Share share = levels.get(ladder.get(i).key());
            if (share != null && share.total() > 0 && share.percent() < REACHED_PERCENT) {
                break;
            }
            reached = i;
        }
        return reached;
    }

    private static List<Overview.Cell> phaseCells(Journey journey) {
        return journey.phases().stream().map(s -> new Overview.Cell(s.id(), band(s.percent()), s.percent(),
                s.percent() + "% done (" + s.finished() + " of " + s.total() + ")")).toList();
    }

    private static int band(int percent) {
        return percent >= 100 ? 4 : percent >= 67 ? 3 : percent >= 34 ? 2 : percent > 0 ? 1 : 0;
    }

    private static List<Overview.Cell> topicCells(Journey journey, Roadmap.Phase phase) {
        return phase.topicIds().stream().filter(id -> journey.roadmap().topic(id).isPresent()).map(id -> {
            TopicProgress p = journey.of(id);
            int band = Math.max(p.proficiency().ordinal(), p.status() == TopicStatus.DONE ? 3 : p.status() == TopicStatus.LEARNING ? 1 : 0);
            String text = p.status().label() + (p.proficiency().ordinal() > 0 ? ", " + p.proficiency().label().toLowerCase(java.util.Locale.ROOT) : "");
            return new Overview.Cell(id, Math.min(4, band), p.status().finished() ? 100 : 0, text);
        }).toList();
    }

    static Comparator<Overview.Row> comparator(String sort) {
        boolean descending = sort.startsWith("-");
        // each row's name lower-cased once per sort, not on each of the ~n log n comparisons
        Map<Overview.Row, String> names = new java.util.IdentityHashMap<>();
        Comparator<Overview.Row> byName = Comparator.comparing((Overview.Row r) -> names.computeIfAbsent(r, x -> x.name().toLowerCase(java.util.Locale.ROOT)))
                .thenComparing(r -> r.accountId().toString());
        Comparator<Overview.Row> key = switch (sort.replaceFirst("^-", "")) {
            case "level" -> nullsLast(r -> r.progress() == Seen.SHOWN ? r.levelRank() : null, descending);
            case "done" -> nullsLast(Overview.Row::percentDone, descending);
            case "pace" -> nullsLast(Overview.Row::weeksAhead, descending);
            case "checkpoint" -> nullsLast(r -> r.nextCheckpoint() == null ? null : r.nextCheckpoint().due(), descending);
            case "activity" -> nullsLast(Overview.Row::lastActivity, descending);
            // the longest open first; people with none last either way
            case "reviews" -> nullsLast(r -> r.reviews().oldestAskedAt(), descending);
            default -> descending ? byName.reversed() : byName;
        };
        return key.thenComparing(byName);
    }

    /** Ascending or descending by a value; rows without one (not shared, not following) last either way. */
    private static <T extends Comparable<? super T>> Comparator<Overview.Row> nullsLast(Function<Overview.Row, @Nullable T> value, boolean descending) {
        Comparator<T> order = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(order));
    }

    /**
     * The last {@value #FEED_DAYS} days: topics started and finished on the roadmap shown and time logged (by those who
     * share progress), joins and departures (everyone: the roster is the team's), newest first.
     */
    private List<Overview.FeedItem> feed(UUID teamId, List<TeamStore.Membership> members, Map<UUID, String> names, Map<UUID, Journey> journeys,
                                         Function<UUID, Privacy> privacyOf, LocalDate today) {
        LocalDate since = today.minusDays(FEED_DAYS);
        List<Overview.FeedItem> items = new ArrayList<>();
        Map<UUID, UUID> accountOf = new HashMap<>();
        for (Journey journey : journeys.values()) {
            UUID account = journey.enrollment().accountId();
            if (!privacyOf.apply(account).shareProgress()) {
                continue;
            }
            accountOf.put(journey.enrollment().id(), account);
            // most people changed nothing lately: look at their own progress first, and at the roadmap (for its
            // order and titles) only when something is recent
            if (journey.progress().values().stream().noneMatch(p -> recentDay(p, since) != null)) {
                continue;
            }
            String name = names.getOrDefault(account, "A former member");
            // one line per person, day and kind of change: "finished Go types and 6 other topics"
            Map<LocalDate, List<String>> finished = new java.util.TreeMap<>();
            Map<LocalDate, List<String>> started = new java.util.TreeMap<>();
            for (Roadmap.Topic topic : journey.roadmap().topics()) {
                TopicProgress p = journey.progress().get(topic.id());
                LocalDate day = p == null ? null : recentDay(p, since);
                if (day != null) {
                    (p.status() == TopicStatus.DONE ? finished : started).computeIfAbsent(day, d -> new ArrayList<>()).add(topic.title());
                }
            }
            finished.forEach((day, titles) -> items.add(new Overview.FeedItem(day, name + " finished " + titles(titles) + ".")));
            started.forEach((day, titles) -> items.add(new Overview.FeedItem(day, name + " started " + titles(titles) + ".")));
        }
        for (LoggedDay day : learning.loggedDays(accountOf.keySet(), since, FEED_ITEMS)) {
            items.add(new Overview.FeedItem(day.day(), names.getOrDefault(accountOf.get(day.enrollmentId()), "A former member")
                    + " logged " + duration(day.minutes()) + "."));
        }
        for (TeamStore.Membership m : members) {
            LocalDate joined = LocalDate.ofInstant(m.joinedAt(), ZoneOffset.UTC);
            if (!joined.isBefore(since)) {
                items.add(new Overview.FeedItem(joined, names.getOrDefault(m.accountId(), "A former member") + " joined as " + m.role().label().toLowerCase(java.util.Locale.ROOT) + "."));
            }
        }
        List<DepartureStore.Departure> gone = departures.since(teamId, clock.instant().minus(Duration.ofDays(FEED_DAYS)), FEED_ITEMS);
        Map<UUID, String> goneNames = gone.isEmpty() ? Map.of() : accounts.displayNames(gone.stream().map(DepartureStore.Departure::accountId).distinct().toList());
        for (DepartureStore.Departure d : gone) {
            items.add(new Overview.FeedItem(LocalDate.ofInstant(d.at(), ZoneOffset.UTC),
                    goneNames.getOrDefault(d.accountId(), "Someone") + (d.removed() ? " was removed from the team." : " left the team.")));
        }
        items.sort(Comparator.comparing(Overview.FeedItem::day).reversed().thenComparing(Overview.FeedItem::text));
        return items.stream().limit(FEED_ITEMS).toList();
    }

    /** The day a topic was finished or started (and is still being learnt), when that is within the feed's days. */
    private static @Nullable LocalDate recentDay(TopicProgress p, LocalDate since) {
        LocalDate day = p.status() == TopicStatus.DONE ? p.doneOn() : p.status() == TopicStatus.LEARNING ? p.startedOn() : null;
        return day != null && !day.isBefore(since) ? day : null;
    }

    private static String titles(List<String> titles) {
        return titles.size() == 1 ? titles.getFirst()
                : titles.getFirst() + " and " + (titles.size() - 1) + (titles.size() == 2 ? " other topic" : " other topics");
    }

    private static String duration(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
