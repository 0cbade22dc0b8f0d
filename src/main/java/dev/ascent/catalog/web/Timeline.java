package dev.ascent.catalog.web;

import dev.ascent.catalog.MonthWindow;
import dev.ascent.catalog.ProjectTier;
import dev.ascent.catalog.Roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The month timeline of a roadmap as drawing instructions: one row per phase (so overlapping
 * windows show as overlapping bars), one lane per project tier, and checkpoint markers.
 * Positions are percentages of the width, so the SVG scales to any screen. Public for the jte template (catalog/roadmap).
 */
public record Timeline(int months, List<Tick> ticks, List<Bar> phases, List<Bar> projects, List<Marker> checkpoints, int height) {

    static final int ROW = 34;
    static final int TOP = 28;

    public record Tick(String x, int month) {
    }

    /**
     * A bar with its label. Labels may run past a short bar (each bar has its own row): from the
     * bar's start when it starts in the first half, else leftwards from its end, so the label
     * always stays inside the drawing.
     */
    public record Bar(String id, String title, String label, String x, String width, int y, String css,
               String labelX, String anchor, int dx) {

        static Bar of(String id, String title, String label, MonthWindow window, int months, int y, String css) {
            boolean late = window.first() - 1 > months / 2;
            return new Bar(id, title, label, pct(window.first() - 1, months), pct(window.last() - window.first() + 1, months), y, css,
                    late ? pct(window.last(), months) : pct(window.first() - 1, months), late ? "end" : "start", late ? -8 : 8);
        }
    }

    public record Marker(String id, String title, int month, String x, int y) {
    }

    static Timeline of(Roadmap roadmap) {
        int months = Math.max(1, roadmap.spanMonths());
        List<Tick> ticks = new ArrayList<>();
        int step = months <= 12 ? 1 : months <= 30 ? 3 : 6;
        for (int m = step; m <= months; m += step) {
            ticks.add(new Tick(pct(m, months), m));
        }
        int y = TOP;
        List<Bar> phases = new ArrayList<>();
        int index = 0;
        for (Roadmap.Phase phase : roadmap.phases()) {
            MonthWindow w = phase.months();
            if (w != null) {
                phases.add(Bar.of(phase.id(), phase.title(), w.toString(), w, months, y, "phase-" + (index % 7)));
                y += ROW;
            }
            index++;
        }
        List<Bar> projects = new ArrayList<>();
        if (!roadmap.projects().isEmpty()) {
            y += 10;
            for (ProjectTier tier : ProjectTier.values()) {
                List<Roadmap.Project> inTier = roadmap.projects().stream()
                        .filter(p -> p.tier() == tier && p.months() != null).toList();
                if (inTier.isEmpty()) {
                    continue;
                }
                int first = inTier.stream().mapToInt(p -> p.months().first()).min().orElse(1);
                int last = inTier.stream().mapToInt(p -> p.months().last()).max().orElse(months);
                projects.add(Bar.of(tier.key(), tier.label() + " projects", inTier.size() + " project" + (inTier.size() == 1 ? "" : "s")
                        + " · " + new MonthWindow(first, last), new MonthWindow(first, last), months, y, "tier-" + tier.key()));
                y += ROW - 6;
            }
        }
        List<Marker> checkpoints = roadmap.checkpoints().stream()
                .map(c -> new Marker(c.id(), c.title(), c.month(), pct(Math.min(c.month(), months), months), TOP - 8))
                .toList();
        return new Timeline(months, ticks, phases, projects, checkpoints, y + 22);
    }

    public boolean drawable() {
        return !phases.isEmpty();
    }

    private static String pct(int part, int whole) {
        return String.format(Locale.ROOT, "%.3f%%", part * 100.0 / whole);
    }
}
