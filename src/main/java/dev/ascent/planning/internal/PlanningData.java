package dev.ascent.planning.internal;

import dev.ascent.accounts.ImportProblems;
import dev.ascent.accounts.PersonalData;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Learning;
import dev.ascent.planning.PlanningExport;
import dev.ascent.platform.Dates;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The planning section of an account's export (weeks off, study schedules), put back on import and erased with
 * the account. Ordered after learning's section, whose enrolments it attaches to by roadmap.
 */
@Component
@Order(20)
class PlanningData implements PersonalData {

    /** More weeks off than a roadmap's longest plan could hold is not a file Ascent wrote. */
    static final int MAX_WEEKS_OFF = 520;

    private final PlanningStore store;
    private final Learning learning;
    private final JsonMapper json;

    PlanningData(PlanningStore store, Learning learning, JsonMapper json) {
        this.store = store;
        this.learning = learning;
        this.json = json;
    }

    @Override
    public String section() {
        return "planning";
    }

    @Override
    public PlanningExport export(UUID accountId) {
        Map<UUID, String> roadmaps = learning.enrollments(accountId).stream()
                .collect(Collectors.toMap(Enrollment::id, Enrollment::roadmapId));
        List<PlanningExport.Schedule> schedules = store.schedulesOfAccount(accountId).stream()
                .map(s -> new PlanningExport.Schedule(s.enrollmentId(), List.of(s.days().split(",")), s.startTime().toString(),
                        roadmaps.get(s.enrollmentId())))
                .toList();
        List<PlanningExport.RoadmapWeeksOff> weeksOff = learning.enrollments(accountId).stream()
                .map(e -> new PlanningExport.RoadmapWeeksOff(e.roadmapId(), store.weeksOff(e.id()).stream().sorted().map(LocalDate::toString).toList()))
                .filter(w -> !w.weeks().isEmpty())
                .toList();
        return new PlanningExport(store.weeksOffOfAccount(accountId), schedules, weeksOff);
    }

    @Override
    public void erase(UUID accountId) {
        store.deleteAll(accountId);
    }

    @Override
    public boolean holdsData(UUID accountId) {
        return !store.weeksOffOfAccount(accountId).isEmpty() || !store.schedulesOfAccount(accountId).isEmpty();
    }

    /**
     * Schedules and weeks off that name their roadmap go to the enrolment that follows it (restored just before,
     * from the learning section). Every problem is listed by its place in the section before anything is written.
     */
    @Override
    public void restore(UUID accountId, JsonNode section) {
        PlanningExport file;
        try {
            file = json.treeToValue(section, PlanningExport.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("it is not in the shape Ascent exports: " + e.getOriginalMessage());
        }
        Map<String, UUID> enrollments = learning.enrollments(accountId).stream()
                .collect(Collectors.toMap(Enrollment::roadmapId, Enrollment::id, (a, b) -> a));
        Map<String, String> problems = new LinkedHashMap<>();
        List<Runnable> writes = new ArrayList<>();
        Set<String> scheduled = new HashSet<>();
        List<PlanningExport.Schedule> schedules = file.studySchedules() == null ? List.of() : file.studySchedules();
        for (int i = 0; i < schedules.size(); i++) {
            PlanningExport.Schedule schedule = schedules.get(i);
            String at = "studySchedules[%d]".formatted(i);
            if (schedule == null || schedule.roadmapId() == null) {
                continue; // a file from before schedules named their roadmap
            }
            UUID enrollment = enrollment(enrollments, schedule.roadmapId(), at, problems);
            if (enrollment != null && !scheduled.add(schedule.roadmapId())) {
                problems.put(at + ".roadmapId", "a second schedule for the roadmap '%s'".formatted(schedule.roadmapId()));
                continue;
            }
            Set<DayOfWeek> days = days(schedule.days(), at, problems);
            LocalTime start = start(schedule.start(), at, problems);
            if (enrollment != null && days != null && start != null) {
                String stored = days.stream().map(DayOfWeek::name).collect(Collectors.joining(","));
                writes.add(() -> store.saveSchedule(accountId, enrollment, stored, start));
            }
        }
        List<PlanningExport.RoadmapWeeksOff> weeksOff = file.weeksOffByRoadmap() == null ? List.of() : file.weeksOffByRoadmap();
        for (int i = 0; i < weeksOff.size(); i++) {
            PlanningExport.RoadmapWeeksOff roadmap = weeksOff.get(i);
            String at = "weeksOffByRoadmap[%d]".formatted(i);
            if (roadmap == null) {
                continue;
            }
            UUID enrollment = enrollment(enrollments, roadmap.roadmapId(), at, problems);
            List<String> weeks = roadmap.weeks() == null ? List.of() : roadmap.weeks();
            if (weeks.size() > MAX_WEEKS_OFF) {
                problems.put(at + ".weeks", "%d weeks off; at most %d".formatted(weeks.size(), MAX_WEEKS_OFF));
                continue;
            }
            Set<LocalDate> mondays = new LinkedHashSet<>();
            for (int w = 0; w < weeks.size(); w++) {
                LocalDate day = day(weeks.get(w), "%s.weeks[%d]".formatted(at, w), problems);
                if (day != null) {
                    mondays.add(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                }
            }
            if (enrollment != null) {
                writes.add(() -> mondays.forEach(monday -> store.addWeekOff(accountId, enrollment, monday)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportProblems(problems);
        }
        writes.forEach(Runnable::run);
    }

    private static @Nullable UUID enrollment(Map<String, UUID> enrollments, @Nullable String roadmapId, String at, Map<String, String> problems) {
        UUID enrollment = roadmapId == null ? null : enrollments.get(roadmapId);
        if (enrollment == null) {
            problems.put(at + ".roadmapId", roadmapId == null ? "names no roadmap"
                    : "the file follows no roadmap '%s' (see learning.enrollments)".formatted(roadmapId));
        }
        return enrollment;
    }

    private static @Nullable Set<DayOfWeek> days(@Nullable List<String> days, String at, Map<String, String> problems) {
        Map<String, DayOfWeek> byName = EnumSet.allOf(DayOfWeek.class).stream().collect(Collectors.toMap(DayOfWeek::name, Function.identity()));
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days == null ? List.<String>of() : days) {
            DayOfWeek known = day == null ? null : byName.get(day.strip().toUpperCase(java.util.Locale.ROOT));
            if (known == null) {
                problems.put(at + ".days", "'%s' is not a day of the week (MONDAY…SUNDAY)".formatted(day));
                return null;
            }
            chosen.add(known);
        }
        if (chosen.isEmpty()) {
            problems.put(at + ".days", "names no day");
            return null;
        }
        return chosen;
    }

    private static @Nullable LocalTime start(@Nullable String start, String at, Map<String, String> problems) {
        try {
            return LocalTime.parse(start == null ? "" : start.strip()).withSecond(0).withNano(0);
        } catch (DateTimeParseException e) {
            problems.put(at + ".start", "'%s' is not a time of day as HH:MM".formatted(start));
            return null;
        }
    }

    private static @Nullable LocalDate day(@Nullable String text, String at, Map<String, String> problems) {
        try {
            return Dates.parseDay(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            problems.put(at, "'%s' is not a day as YYYY-MM-DD%s".formatted(text, Dates.IN_RANGE));
            return null;
        }
    }
}
