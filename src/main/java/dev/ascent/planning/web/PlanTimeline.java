package dev.ascent.planning.web;

import dev.ascent.planning.Projection;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plan as a Gantt-like timeline: a date axis, one bar per phase from its projected start to finish, its target,
 * checkpoints and today. Positions are percentages of the drawing's width, so it scales with the page.
 * Public, with its parts, because the compiled jte template of the plan (planning/projection) reads it.
 */
public record PlanTimeline(List<Tick> ticks, List<Bar> bars, List<Segment> segments, List<Mark> checkpoints, String today, int height) {

    /** Where the bars start: below the date axis (0–14) and the row of checkpoint diamonds (18–30). */
    static final int FIRST_BAR = 40;
    /** Month steps the axis may take; the first that gives at most ten labels is used. */
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12};

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter MONTH_YEAR = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    /** A phase: its planned span, the share of it already finished (drawn inside), its target. */
    public record Bar(String title, String x, String width, String doneWidth, int y, @Nullable String targetX, boolean late, String label,
               String labelX, String anchor) {
    }

    /** A date on the axis: a grid line and its label ("Jan 2027", "Apr", or just the year). */
    public record Tick(String x, String label, String anchor) {
    }

    /** A topic or project still to do, as a thin line over the weeks it is planned. */
    public record Segment(String title, String x, String width, int y, String css) {
    }

    public record Mark(String title, String dueX, @Nullable String projectedX, boolean atRisk, String status) {
    }

    static PlanTimeline of(Projection projection, dev.ascent.learning.Journey journey, LocalDate start, LocalDate today) {
        LocalDate end = projection.end();
        for (var phase : projection.phases()) {
            if (phase.target() != null && phase.target().isAfter(end)) {
                end = phase.target();
            }
        }
        for (var checkpoint : projection.checkpoints()) {
            if (checkpoint.due().isAfter(end)) {
                end = checkpoint.due();
            }
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        List<Bar> bars = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        var spans = projection.plan().items();
        var shares = journey.phases();
        int y = FIRST_BAR;
        for (int i = 0; i < projection.phases().size(); i++) {
            var phase = projection.phases().get(i);
            LocalDate from = phase.start() == null ? (phase.finish() == null ? start : phase.finish()) : phase.start();
            LocalDate to = phase.finish() == null ? from : phase.finish();
            double done = shares.get(i).total() == 0 ? 0 : (double) shares.get(i).finished() / shares.get(i).total();
            double barWidth = Math.max(0.6, 100.0 * (ChronoUnit.DAYS.between(from, to) + 1) / span);
            double barX = share(start, from, span);
            // a label in the right half ends at its bar's end, so it never runs off the drawing
            boolean fromEnd = barX > 45;
            bars.add(new Bar(phase.title(), pct(start, from, span), width(from, to, span),
                    String.format(Locale.ROOT, "%.2f%%", barWidth * done), y,
                    phase.target() == null ? null : pct(start, phase.target(), span), phase.late(),
                    (phase.finish() == null ? "nothing left" : "ends " + DAY.format(phase.finish()))
                            + " · " + Math.round(done * 100) + "% done",
                    String.format(Locale.ROOT, "%.2f%%", fromEnd ? Math.min(100, barX + barWidth) : barX), fromEnd ? "end" : "start"));
            y += 28;
            var roadmapPhase = journey.roadmap().phases().get(i);
            for (String topicId : roadmapPhase.topicIds()) {
                var topicSpan = spans.get(topicId);
                if (topicSpan != null) {
                    segments.add(new Segment(journey.roadmap().topic(topicId).map(t -> t.title()).orElse(topicId),
                            pct(start, topicSpan.start(), span), width(topicSpan.start(), topicSpan.finish(), span), y, "topic"));
                    y += 4;
                }
            }
            y += 8;
        }
        for (var project : journey.roadmap().projects()) {
            var projectSpan = spans.get(project.id());
            if (projectSpan != null) {
                segments.add(new Segment("Project: " + project.title(), pct(start, projectSpan.start(), span),
                        width(projectSpan.start(), projectSpan.finish(), span), y, "project"));
                y += 6;
            }
        }
        List<Mark> marks = projection.checkpoints().stream().map(c -> new Mark(c.title(), pct(start, c.due(), span),
                c.projected() == null ? null : pct(start, c.projected(), span), c.atRisk(), c.status().label())).toList();
        return new PlanTimeline(ticks(start, end, span), bars, segments, marks, pct(start, today.isBefore(start) ? start : today, span), y + 16);
    }

    /** The first of each month (or of every second, third, sixth or twelfth) between start and end, at most ten. */
    static List<Tick> ticks(LocalDate start, LocalDate end, long span) {
        long months = Math.max(1, ChronoUnit.MONTHS.between(start, end));
        int step = 12;
        for (int candidate : MONTH_STEPS) {
            if (months / candidate <= 10) {
                step = candidate;
                break;
            }
        }
        LocalDate first = start.withDayOfMonth(1).plusMonths(1);
        while ((first.getMonthValue() - 1) % step != 0) {
            first = first.plusMonths(1);
        }
        List<Tick> ticks = new ArrayList<>();
        boolean yearShown = false;
        for (LocalDate day = first; !day.isAfter(end); day = day.plusMonths(step)) {
            double x = share(start, day, span);
            String label = step == 12 ? String.valueOf(day.getYear())
                    : day.getMonthValue() == 1 || !yearShown ? MONTH_YEAR.format(day) : MONTH.format(day);
            yearShown = true;
            ticks.add(new Tick(String.format(Locale.ROOT, "%.2f%%", x), label, x > 92 ? "end" : "start"));
        }
        return ticks;
    }

    private static double share(LocalDate start, LocalDate day, long span) {
        return Math.max(0, Math.min(100, 100.0 * ChronoUnit.DAYS.between(start, day) / span));
    }

    private static String pct(LocalDate start, LocalDate day, long span) {
        return String.format(Locale.ROOT, "%.2f%%", share(start, day, span));
    }

    private static String width(LocalDate from, LocalDate to, long span) {
        return String.format(Locale.ROOT, "%.2f%%", Math.max(0.6, 100.0 * (ChronoUnit.DAYS.between(from, to) + 1) / span));
    }
}
