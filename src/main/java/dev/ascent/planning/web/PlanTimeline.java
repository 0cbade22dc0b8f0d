package dev.ascent.planning.web;

import dev.ascent.planning.Projection;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plan as a Gantt-like timeline: one bar per phase from its projected start to finish, its target, checkpoints and today. */
record PlanTimeline(List<Bar> bars, List<Mark> checkpoints, String today, int height) {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    record Bar(String title, String x, String width, int y, @Nullable String targetX, boolean late, String label) {
    }

    record Mark(String title, String dueX, @Nullable String projectedX, boolean atRisk) {
    }

    static PlanTimeline of(Projection projection, LocalDate start, LocalDate today) {
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
        int y = 26;
        for (var phase : projection.phases()) {
            LocalDate from = phase.start() == null ? (phase.finish() == null ? start : phase.finish()) : phase.start();
            LocalDate to = phase.finish() == null ? from : phase.finish();
            bars.add(new Bar(phase.title(), pct(start, from, span), width(from, to, span), y,
                    phase.target() == null ? null : pct(start, phase.target(), span), phase.late(),
                    phase.finish() == null ? "nothing left" : "ends " + DAY.format(phase.finish())));
            y += 30;
        }
        List<Mark> marks = projection.checkpoints().stream().map(c -> new Mark(c.title(), pct(start, c.due(), span),
                c.projected() == null ? null : pct(start, c.projected(), span), c.atRisk())).toList();
        return new PlanTimeline(bars, marks, pct(start, today.isBefore(start) ? start : today, span), y + 16);
    }

    private static String pct(LocalDate start, LocalDate day, long span) {
        return String.format(Locale.ROOT, "%.2f%%", Math.max(0, Math.min(100, 100.0 * ChronoUnit.DAYS.between(start, day) / span)));
    }

    private static String width(LocalDate from, LocalDate to, long span) {
        return String.format(Locale.ROOT, "%.2f%%", Math.max(0.6, 100.0 * (ChronoUnit.DAYS.between(from, to) + 1) / span));
    }
}
