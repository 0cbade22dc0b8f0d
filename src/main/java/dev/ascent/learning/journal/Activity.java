package dev.ascent.learning.journal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Days with learning activity (time logged, a topic finished, a journal entry) as a heatmap of
 * the last 26 weeks, the current streak of active days, and this week's reflection prompt.
 */
public record Activity(List<Cell> cells, int streak, int activeDays, String prompt) {

    static final int WEEKS = 26;
    static final List<String> PROMPTS = List.of(
            "What did you understand this week that you could not explain a week ago?",
            "Which decision this week would you make differently, and why?",
            "What slowed you down this week, and what would remove it?",
            "What did you learn from someone else this week?",
            "Which topic felt harder than its estimate, and what made it hard?",
            "What would you teach a junior colleague from this week's work?",
            "Where did you choose the simple option this week, and was it right?",
            "What question are you carrying into next week?");

    /** One day in the grid: its column (week) and row (weekday), and how active it was (0–3). */
    public record Cell(int column, int row, LocalDate day, int level) {
        public String x() {
            return String.valueOf(column * 14);
        }

        public String y() {
            return String.valueOf(row * 14);
        }

        public String label() {
            return day + (level == 0 ? ": no activity" : ": active");
        }
    }

    public static Activity of(LocalDate today, java.util.Map<LocalDate, Integer> eventsPerDay) {
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        List<Cell> cells = new ArrayList<>();
        for (LocalDate day = firstMonday; !day.isAfter(today); day = day.plusDays(1)) {
            int events = eventsPerDay.getOrDefault(day, 0);
            int level = events == 0 ? 0 : events < 2 ? 1 : events < 4 ? 2 : 3;
            cells.add(new Cell((int) java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, day), day.getDayOfWeek().getValue() - 1, day, level));
        }
        Set<LocalDate> active = eventsPerDay.keySet();
        int streak = 0;
        LocalDate day = active.contains(today) ? today : today.minusDays(1); // today is not over yet
        while (active.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        int week = today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return new Activity(cells, streak, (int) active.stream().filter(d -> !d.isBefore(firstMonday)).count(),
                PROMPTS.get(week % PROMPTS.size()));
    }

    public String streakText() {
        return streak == 0 ? "No streak yet: any learning today starts one."
                : String.format(Locale.ROOT, "%d day%s in a row", streak, streak == 1 ? "" : "s");
    }
}
