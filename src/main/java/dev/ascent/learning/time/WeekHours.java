package dev.ascent.learning.time;

import dev.ascent.catalog.HourRange;
import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.TopicKind;
import org.jspecify.annotations.Nullable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * This week's logged hours per kind of work against the roadmap's suggested mix, and how much of it
 * was credited automatically by decision scenarios, per scenario.
 */
public record WeekHours(LocalDate monday, int plannedHours, List<Kind> kinds, List<Credit> credits) {

    /** Minutes this week credited by finishing attempts at one scenario. */
    public record Credit(String scenarioId, String scenarioTitle, int minutes) {
        public String text() {
            return "%d min from %s '%s'".formatted(minutes, LoggedTime.source(scenarioId), scenarioTitle);
        }
    }

    public record Kind(TopicKind kind, int minutes, @Nullable HourRange suggested) {
        public String hours() {
            return minutes % 60 == 0 ? String.valueOf(minutes / 60) : String.format(java.util.Locale.ROOT, "%.1f", minutes / 60.0);
        }

        /** Below, within or above the suggested range, in words; empty without a suggestion. */
        public String verdict() {
            if (suggested == null) {
                return "";
            }
            double hours = minutes / 60.0;
            return hours < suggested.min() ? "below the suggested " + suggested
                    : hours > suggested.max() ? "above the suggested " + suggested : "within the suggested " + suggested;
        }
    }

    public int totalMinutes() {
        return kinds.stream().mapToInt(Kind::minutes).sum();
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static WeekHours of(Roadmap roadmap, int plannedHours, LocalDate today, List<TimeEntry> entries) {
        LocalDate monday = mondayOf(today);
        var mix = roadmap.weekly() == null ? null : roadmap.weekly().mix();
        List<Kind> kinds = java.util.Arrays.stream(TopicKind.values()).map(kind -> new Kind(kind,
                entries.stream().filter(e -> e.kind() == kind && !e.day().isBefore(monday) && !e.day().isAfter(monday.plusDays(6)))
                        .mapToInt(TimeEntry::minutes).sum(),
                mix == null ? null : switch (kind) {
                    case THEORY -> mix.theory();
                    case PRACTICE -> mix.practice();
                    case COMMUNITY -> mix.community();
                })).toList();
        Map<String, Credit> credits = new LinkedHashMap<>();
        entries.stream().filter(e -> e.automatic() && !e.day().isBefore(monday) && !e.day().isAfter(monday.plusDays(6)))
                .forEach(e -> credits.merge(e.scenarioId(), new Credit(e.scenarioId(), e.scenarioTitle(), e.minutes()),
                        (a, b) -> new Credit(a.scenarioId(), a.scenarioTitle(), a.minutes() + b.minutes())));
        return new WeekHours(monday, plannedHours, kinds, List.copyOf(credits.values()));
    }
}
