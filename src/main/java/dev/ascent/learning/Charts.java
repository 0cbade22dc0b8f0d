package dev.ascent.learning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Drawing instructions for the dashboard's two charts, computed in Java and drawn as SVG by the
 * template (no chart script, nothing inline): the burn-up of finished topics over time against
 * the pace the roadmap's duration asks for, and a radar of how far each phase is.
 */
public final class Charts {

    static final double WIDTH = 600;
    static final double HEIGHT = 220;
    static final double LEFT = 36;
    static final double BOTTOM = 24;
    static final double TOP = 12;
    static final double RIGHT = 12;

    private Charts() {
    }

    /** Cumulative finished topics by week, the target line, and axis labels. */
    public record BurnUp(String done, String pace, String goalY, int total, List<Label> xLabels, List<Label> yLabels, int finished) {
    }

    public record Label(String x, String y, String text) {
    }

    public static BurnUp burnUp(Journey journey, LocalDate today) {
        LocalDate start = journey.enrollment().startDate();
        int months = journey.roadmap().duration() == null ? Math.max(1, journey.roadmap().spanMonths()) : journey.roadmap().duration().maxMonths();
        LocalDate goal = start.plusMonths(Math.max(1, months));
        LocalDate end = today.isAfter(goal) ? today : goal;
        long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        int total = journey.overall().total();
        List<LocalDate> finishedOn = journey.progress().values().stream()
                .filter(p -> p.status() == TopicStatus.DONE && p.doneOn() != null && journey.roadmap().topic(p.topicId()).map(t -> !t.optional()).orElse(false))
                .map(TopicProgress::doneOn).sorted().toList();

        StringBuilder done = new StringBuilder();
        LocalDate last = today.isBefore(start) ? start : today;
        int count = 0;   // finishedOn is sorted: the topics finished by each week are a growing prefix of it
        for (LocalDate week = start; !week.isAfter(last); week = week.plusWeeks(1)) {
            while (count < finishedOn.size() && !finishedOn.get(count).isAfter(week)) {
                count++;
            }
            done.append(point(x(ChronoUnit.DAYS.between(start, week), span), y(count, total))).append(' ');
        }
        long now = finishedOn.stream().filter(d -> !d.isAfter(last)).count();
        done.append(point(x(ChronoUnit.DAYS.between(start, last), span), y(now, total)));
        String pace = point(x(0, span), y(0, total)) + " " + point(x(ChronoUnit.DAYS.between(start, goal), span), y(total, total));

        List<Label> xLabels = new ArrayList<>();
        int step = months <= 12 ? 3 : months <= 30 ? 6 : 12;
        for (int m = 0; m <= months; m += step) {
            xLabels.add(new Label(num(x(ChronoUnit.DAYS.between(start, start.plusMonths(m)), span)), num(HEIGHT - 6), "m" + m));
        }
        List<Label> yLabels = List.of(new Label(num(LEFT - 6), num(y(0, total) + 4), "0"),
                new Label(num(LEFT - 6), num(y(total, total) + 4), String.valueOf(total)));
        return new BurnUp(done.toString().strip(), pace, num(y(total, total)), total, xLabels, yLabels, (int) now);
    }

    /** One spoke per phase: the polygon of shares finished, the grid rings and the labels. */
    public record Radar(String shape, List<String> rings, List<Spoke> spokes) {
    }

    public record Spoke(String x2, String y2, String labelX, String labelY, String anchor, String label, int percent) {
    }

    public static Radar radar(Journey journey) {
        List<Journey.Share> phases = journey.phases();
        int n = phases.size();
        double cx = 150;
        double cy = 120;
        double r = 80;
        List<Spoke> spokes = new ArrayList<>();
        StringBuilder shape = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double share = phases.get(i).total() == 0 ? 0 : (double) phases.get(i).finished() / phases.get(i).total();
            shape.append(point(cx + cos * r * share, cy + sin * r * share)).append(' ');
            String anchor = Math.abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end";
            spokes.add(new Spoke(num(cx + cos * r), num(cy + sin * r), num(cx + cos * (r + 10)), num(cy + sin * (r + 10) + 4),
                    anchor, shorten(phases.get(i).title()), phases.get(i).percent()));
        }
        List<String> rings = new ArrayList<>();
        for (double level : new double[]{0.25, 0.5, 0.75, 1.0}) {
            StringBuilder ring = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
                ring.append(point(cx + Math.cos(angle) * r * level, cy + Math.sin(angle) * r * level)).append(' ');
            }
            rings.add(ring.toString().strip());
        }
        return new Radar(shape.toString().strip(), rings, spokes);
    }

    private static double x(long days, long span) {
        return LEFT + (WIDTH - LEFT - RIGHT) * days / span;
    }

    private static double y(long count, int total) {
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * (total == 0 ? 0 : (double) count / total);
    }

    private static String point(double x, double y) {
        return num(x) + "," + num(y);
    }

    /**
     * A coordinate with one decimal, as {@code "%.1f"} writes it, without a Formatter: a dashboard draws a few hundred
     * of them, and String.format was a tenth of the page's own work.
     */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths) / 10;
        return (tenths < 0 ? "-" : "") + whole + "." + Math.abs(tenths) % 10;
    }

    private static String shorten(String title) {
        return title.length() <= 22 ? title : title.substring(0, 21) + "…";
    }
}
