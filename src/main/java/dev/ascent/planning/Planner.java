package dev.ascent.planning;

import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.TopicKind;
import dev.ascent.learning.CheckpointEvaluation;
import dev.ascent.learning.CheckpointState;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.learning.ProjectWork;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.TopicStatus;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.springframework.stereotype.Service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns an enrolment and its progress into a plan from this week on, with projections and
 * advice. Re-planning is simply planning again: done and skipped topics and submitted projects
 * drop out, proficiency shrinks what is left.
 */
@Service
public class Planner {

    private final Learning learning;
    private final dev.ascent.planning.internal.PlanningStore store;
    private final FormErrors formErrors;
    private final org.springframework.cache.Cache baselines;

    Planner(Learning learning, dev.ascent.planning.internal.PlanningStore store, FormErrors formErrors,
            org.springframework.cache.CacheManager caches) {
        this.baselines = dev.ascent.platform.CacheConfiguration.named(caches, dev.ascent.platform.CacheConfiguration.PACE_BASELINES);
        this.learning = learning;
        this.store = store;
        this.formErrors = formErrors;
    }

    /** The projection at the enrolment's hours, or at {@code whatIfHours} when given (1–80). */
    public Optional<Projection> projection(UUID accountId, UUID enrollmentId, @org.jspecify.annotations.Nullable Integer whatIfHours) {
        return learning.journey(accountId, enrollmentId).map(journey -> project(journey, learning.today(),
                whatIfHours == null ? journey.enrollment().weeklyHours() : whatIfHours, store.weeksOff(enrollmentId), baseline(journey)));
    }

    public java.util.List<LocalDate> weeksOff(UUID accountId, UUID enrollmentId) {
        return learning.enrollment(accountId, enrollmentId).map(e -> store.weeksOff(enrollmentId).stream().sorted().toList()).orElse(java.util.List.of());
    }

    /** Takes the week of {@code weekOff.day()} off: its Monday, what is wrong with the day, or not found when not this account's. */
    public Outcome<LocalDate> addWeekOff(UUID accountId, UUID enrollmentId, WeekOff weekOff) {
        if (learning.enrollment(accountId, enrollmentId).isEmpty()) {
            return Outcome.notFound("You have no roadmap with this address.");
        }
        return Outcome.unless(formErrors.check(weekOff), () -> {
            LocalDate monday = monday(java.util.Objects.requireNonNull(weekOff.day()));
            store.addWeekOff(accountId, enrollmentId, monday);
            return Outcome.saved(monday);
        });
    }

    public boolean removeWeekOff(UUID accountId, UUID enrollmentId, LocalDate monday) {
        if (learning.enrollment(accountId, enrollmentId).isEmpty()) {
            return false;
        }
        store.removeWeekOff(enrollmentId, monday(monday));
        return true;
    }

    static Projection project(Journey journey, LocalDate today, int hours) {
        return project(journey, today, hours, Set.of());
    }

    static Projection project(Journey journey, LocalDate today, int hours, Set<LocalDate> weeksOff) {
        return project(journey, today, hours, weeksOff, baselineWeeks(journey));
    }

    /** {@code baseline}: the week the original plan finishes each topic in, in order ({@link #baselineWeeks}). */
    private static Projection project(Journey journey, LocalDate today, int hours, Set<LocalDate> weeksOff, List<Integer> baseline) {
        Roadmap roadmap = journey.roadmap();
        LocalDate start = journey.enrollment().startDate();
        LocalDate firstMonday = monday(today.isBefore(start) ? start : today);
        PlanInput input = withWeeksOff(input(journey, firstMonday, hours, false), weeksOff);
        Plan plan = PaceEngine.plan(input);
        LocalDate end = plan.items().isEmpty() ? today : plan.end();
        int endMonth = monthOf(start, end);
        Integer maxMonths = roadmap.duration() == null ? null : roadmap.duration().maxMonths();
        boolean feasible = maxMonths == null || endMonth <= maxMonths;

        List<String> advice = new ArrayList<>();
        if (plan.items().isEmpty()) {
            advice.add("Everything is done or skipped: nothing left to plan.");
        } else if (!feasible) {
            advice.add("At %d h/week this path ends in month %d, after the roadmap's %d months.".formatted(hours, endMonth, maxMonths));
            needed(journey, firstMonday, start, maxMonths).ifPresent(needed ->
                    advice.add("At %d h/week it ends in month %d.".formatted(needed, monthOf(start, PaceEngine.plan(input(journey, firstMonday, needed, false)).end()))));
            long optional = input.items().stream().filter(PlanInput.Item::optional).count();
            if (optional > 0) {
                Plan lean = PaceEngine.plan(input(journey, firstMonday, hours, true));
                advice.add("Or skip the %d optional topic%s: it then ends in month %d.".formatted(optional, optional == 1 ? "" : "s",
                        monthOf(start, lean.items().isEmpty() ? today : lean.end())));
            }
        } else {
            advice.add(maxMonths == null ? "At %d h/week this path ends in month %d.".formatted(hours, endMonth)
                    : "At %d h/week this path ends in month %d, within the roadmap's %d months.".formatted(hours, endMonth, maxMonths));
        }

        Map<String, LocalDate> finish = new HashMap<>();
        journey.progress().values().stream().filter(p -> p.status().finished())
                .forEach(p -> finish.put(p.topicId(), p.doneOn() == null ? today : p.doneOn()));
        plan.items().forEach((id, span) -> finish.put(id, span.finish()));
        List<Projection.PhaseDate> phases = roadmap.phases().stream().map(phase -> {
            List<String> ids = phase.topicIds();
            LocalDate phaseStart = ids.stream().map(plan.items()::get).filter(java.util.Objects::nonNull).map(Plan.Span::start)
                    .min(LocalDate::compareTo).orElse(null);
            LocalDate phaseFinish = ids.stream().map(finish::get).filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
            LocalDate target = phase.months() == null ? null : start.plusMonths(phase.months().last()).minusDays(1);
            return new Projection.PhaseDate(phase.id(), phase.title(), phaseStart, phaseFinish, target);
        }).toList();

        Map<String, LocalDate> submitted = new HashMap<>();
        journey.projects().values().stream().filter(p -> p.status() == ProjectWork.Status.SUBMITTED && p.submittedOn() != null)
                .forEach(p -> submitted.put(p.projectId(), p.submittedOn()));
        plan.items().forEach((id, span) -> {
            if (roadmap.project(id).isPresent()) {
                submitted.put(id, span.finish());
            }
        });
        // the status is the dashboard's (one evaluation, from progress as it is today); the plan only adds when it would be met
        List<CheckpointState> now = journey.checkpoints(today);
        List<Projection.CheckpointDate> checkpoints = new ArrayList<>();
        for (int i = 0; i < roadmap.checkpoints().size(); i++) {
            Roadmap.Checkpoint checkpoint = roadmap.checkpoints().get(i);
            CheckpointState state = now.get(i);
            LocalDate projected = state.status() == CheckpointState.Status.MET ? state.metOn()
                    : CheckpointEvaluation.evaluate(roadmap, checkpoint, start, LocalDate.MAX.minusYears(1), topicsOnly(roadmap, finish), submitted).metOn();
            checkpoints.add(new Projection.CheckpointDate(checkpoint.id(), checkpoint.title(), state.due(), projected, state));
        }

        List<Plan.Slot> thisWeek = plan.weeks().isEmpty() ? List.of() : plan.weeks().getFirst().slots();
        int remaining = (int) Math.round(input.items().stream().mapToDouble(PlanInput.Item::hours).sum());
        return new Projection(hours, plan, end, endMonth, maxMonths, feasible, advice, phases, checkpoints, thisWeek,
                weeksAhead(journey, today, baseline), remaining);
    }

    /**
     * Weeks ahead of (positive) or behind (negative) the original plan for each journey, by enrolment id, as the
     * dashboard counts them. No reads; each original plan is made once and kept (by roadmap version, start and hours).
     */
    public Map<UUID, Integer> weeksAhead(java.util.Collection<Journey> journeys) {
        LocalDate today = learning.today();
        Map<UUID, Integer> ahead = new HashMap<>();
        for (Journey journey : journeys) {
            ahead.put(journey.enrollment().id(), weeksAhead(journey, today, baseline(journey)));
        }
        return ahead;
    }

    /** {@link #baselineWeeks}, made once and kept by roadmap version, start date and hours (it needs a whole plan). */
    private List<Integer> baseline(Journey journey) {
        String key = journey.roadmap().id() + "@" + journey.roadmap().version() + "/" + journey.enrollment().startDate() + "/"
                + journey.enrollment().weeklyHours();
        return java.util.Objects.requireNonNull(baselines.get(key, () -> baselineWeeks(journey)));   // an unmodifiable list
    }

    /** The week of the original plan each topic is finished in, in order. */
    private static List<Integer> baselineWeeks(Journey journey) {
        LocalDate start = monday(journey.enrollment().startDate());
        Journey fresh = new Journey(journey.enrollment(), journey.roadmap(), Map.of(), Map.of());
        Plan baseline = PaceEngine.plan(input(fresh, start, journey.enrollment().weeklyHours(), false));
        return baseline.items().entrySet().stream()
                .filter(e -> journey.roadmap().topic(e.getKey()).isPresent())
                .map(e -> e.getValue().lastWeek()).sorted().toList();
    }

    /** Positive when more is finished than the original plan (from the start date, at the enrolment's hours) asked by today. */
    private static int weeksAhead(Journey journey, LocalDate today, List<Integer> topicWeeks) {
        LocalDate start = monday(journey.enrollment().startDate());
        if (today.isBefore(start)) {
            return 0;
        }
        long finished = journey.progress().values().stream().filter(p -> p.status().finished()
                && journey.roadmap().topic(p.topicId()).isPresent()).count();
        int nowWeek = (int) ChronoUnit.WEEKS.between(start, monday(today));
        if (finished == 0) {
            int firstDue = topicWeeks.isEmpty() ? nowWeek : topicWeeks.getFirst();
            return Math.min(0, firstDue - nowWeek);
        }
        int reachedAt = finished > topicWeeks.size() ? topicWeeks.getLast() : topicWeeks.get((int) finished - 1);
        // finishing item n on time means being at the end of the week the baseline finishes it
        return reachedAt + 1 - nowWeek;
    }

    private static Map<String, LocalDate> topicsOnly(Roadmap roadmap, Map<String, LocalDate> finish) {
        Map<String, LocalDate> topics = new HashMap<>();
        finish.forEach((id, date) -> {
            if (roadmap.topic(id).isPresent()) {
                topics.put(id, date);
            }
        });
        return topics;
    }

    /** The fewest hours a week (up to 80) that end the path within {@code maxMonths}. */
    private static Optional<Integer> needed(Journey journey, LocalDate firstMonday, LocalDate start, int maxMonths) {
        int low = 1;
        int high = 80;
        if (monthOf(start, PaceEngine.plan(input(journey, firstMonday, high, false)).end()) > maxMonths) {
            return Optional.empty();
        }
        // no plan at h hours a week can end before its work fills ceil(work / h) weeks: the hours below the first h whose
        // earliest end is within the limit need no simulation (each would be the longest to simulate)
        double work = input(journey, firstMonday, high, false).items().stream().mapToDouble(PlanInput.Item::hours).sum();
        while (low < high && monthOf(start, firstMonday.plusWeeks((long) Math.ceil(work / low - 1e-9) - 1).plusDays(6)) > maxMonths) {
            low++;
        }
        while (low < high) {
            int mid = (low + high) / 2;
            if (monthOf(start, PaceEngine.plan(input(journey, firstMonday, mid, false)).end()) <= maxMonths) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return Optional.of(low);
    }

    /** The work left, in roadmap order, scaled by proficiency; projects last among equals, as practice. */
    static PlanInput input(Journey journey, LocalDate firstMonday, int hours, boolean skipOptional) {
        Roadmap roadmap = journey.roadmap();
        LocalDate start = journey.enrollment().startDate();
        List<PlanInput.Item> items = new ArrayList<>();
        for (Roadmap.Phase phase : roadmap.phases()) {
            LocalDate notBefore = phase.months() == null ? null : monday(start.plusMonths(phase.months().first() - 1));
            for (String id : phase.topicIds()) {
                Roadmap.Topic topic = roadmap.topic(id).orElseThrow();
                TopicProgress progress = journey.of(id);
                if (progress.status().finished() || (skipOptional && topic.optional())) {
                    continue;
                }
                double left = topic.hours() * progress.proficiency().remainingShare();
                if (progress.status() == TopicStatus.NOT_STARTED && left <= 0) {
                    continue;
                }
                items.add(new PlanInput.Item(id, topic.title(), topic.kind(), Math.max(0.5, left), topic.requires(), topic.optional(), notBefore));
            }
        }
        for (Roadmap.Project project : roadmap.projects()) {
            if (journey.project(project.id()).status() == ProjectWork.Status.SUBMITTED) {
                continue;
            }
            LocalDate notBefore = project.months() == null ? null : monday(start.plusMonths(project.months().first() - 1));
            items.add(new PlanInput.Item(project.id(), project.title(), TopicKind.PRACTICE, project.hours(), project.requires(), false, notBefore));
        }
        Map<TopicKind, Integer> mix = new EnumMap<>(TopicKind.class);
        if (roadmap.weekly() != null && roadmap.weekly().mix() != null) {
            var m = roadmap.weekly().mix();
            if (m.theory() != null) mix.put(TopicKind.THEORY, m.theory().max());
            if (m.practice() != null) mix.put(TopicKind.PRACTICE, m.practice().max());
            if (m.community() != null) mix.put(TopicKind.COMMUNITY, m.community().max());
        }
        return new PlanInput(firstMonday, hours, mix, items, Set.of());
    }

    private static PlanInput withWeeksOff(PlanInput input, Set<LocalDate> weeksOff) {
        return new PlanInput(input.firstMonday(), input.weeklyHours(), input.mix(), input.items(), weeksOff);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The month of the path a day falls in, counting from 1 at the start date. */
    static int monthOf(LocalDate start, LocalDate day) {
        return (int) ChronoUnit.MONTHS.between(start, day) + 1;
    }
}
