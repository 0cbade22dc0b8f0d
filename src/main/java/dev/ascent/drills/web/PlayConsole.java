package dev.ascent.drills.web;

import dev.ascent.drills.Drill;
import dev.ascent.drills.Live;
import dev.ascent.drills.PlayEntry;
import dev.ascent.drills.Plays;
import dev.ascent.drills.play.Faults;
import dev.ascent.drills.play.Signals;
import dev.ascent.platform.Markdown;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the play's page and its console show: the dashboards the on-call opened drawn (every one for a game master, and
 * for everyone once the play has ended), the others as buttons to open; marks where actions applied, and where the
 * hidden faults started for those allowed to see them.
 */
@Component
public class PlayConsole {

    /** A dashboard on the console: drawn when open, else a button to open it. */
    public record Panel(Drill.Dashboard dashboard, @Nullable DashboardChart chart) {
    }

    /** One line of the play's own timeline (what people did), in words. */
    public record Moment(double second, String clock, String kind, String text) {
    }

    private final Markdown markdown;

    PlayConsole(Markdown markdown) {
        this.markdown = markdown;
    }

    void add(Live live, Map<String, String> errors, @Nullable String notice, Model model) {
        boolean ended = !live.play().running();
        boolean seesAll = ended || live.viewerIsGameMaster();
        Set<String> opened = live.log().stream().filter(e -> e.kind() == PlayEntry.Kind.LOOK).map(PlayEntry::ref).collect(Collectors.toSet());
        List<DashboardChart.Mark> marks = marks(live, seesAll);
        List<Panel> panels = new ArrayList<>();
        for (Drill.Dashboard dashboard : live.drill().dashboards()) {
            boolean open = seesAll || opened.contains(dashboard.id());
            panels.add(new Panel(dashboard, open ? DashboardChart.of(dashboard, live.signals().series(dashboard.metric(), dashboard.component()),
                    live.drill().durationSeconds(), threshold(live.drill(), dashboard), marks) : null));
        }
        model.addAttribute("live", live);
        model.addAttribute("panels", panels);
        model.addAttribute("moments", moments(live, seesAll));
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        model.addAttribute("speeds", Plays.SPEEDS);
        model.addAttribute("page", markdown.html(live.drill().page()));
        model.addAttribute("rootCause", ended ? markdown.html(live.drill().rootCause()) : "");
        model.addAttribute("debrief", ended ? markdown.html(live.drill().debrief()) : "");
        Map<String, List<String>> injections = new LinkedHashMap<>();
        if (live.viewerIsGameMaster() && !ended) {
            for (Faults.Injection injection : Faults.Injection.values()) {
                List<String> targets = injection.targets(live.model());
                if (!targets.isEmpty()) {
                    injections.put(injection.key(), targets);
                }
            }
        }
        model.addAttribute("injections", injections);
        model.addAttribute("injectionLabels", java.util.Arrays.stream(Faults.Injection.values())
                .collect(Collectors.toMap(Faults.Injection::key, Faults.Injection::label)));
    }

    /** The first sentence or so of a drill's page, as plain text for a card. */
    public static String excerpt(String markdown) {
        String plain = markdown.replaceAll("[*_`>#\\[\\]]", "").replaceAll("\\(http[^)]*\\)", "").replaceAll("\\s+", " ").strip();
        int end = plain.indexOf(". ");
        String first = end > 40 && end < 220 ? plain.substring(0, end + 1) : plain;
        return first.length() > 220 ? first.substring(0, 217).strip() + "…" : first;
    }

    /** What an action did, in words: the time out of the SLO and the failures it added or saved. */
    public static String effectText(dev.ascent.drills.PlayResult.ActionEffect a) {
        int breach = a.breachDifference();
        long failed = a.difference();
        String time = breach == 0 ? "the SLO was out for as long as without it"
                : breach < 0 ? "the SLO was out %s less than without it".formatted(Signals.clock(-breach))
                : "the SLO was out %s longer than without it".formatted(Signals.clock(breach));
        String failures = failed == 0 ? "the same requests failed"
                : failed < 0 ? "%,d fewer requests failed".formatted(-failed) : "%,d more requests failed".formatted(failed);
        return time + "; " + failures + ".";
    }

    /** A speed as the page writes it: 10, not 10.0. */
    public static String speedText(double speed) {
        return speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed);
    }

    /** The alert whose metric the dashboard draws, if one watches it: its threshold is drawn too. */
    private static @Nullable Double threshold(Drill drill, Drill.Dashboard dashboard) {
        return drill.alerts().stream().filter(a -> a.metric() == dashboard.metric() && java.util.Objects.equals(a.component(), dashboard.component()))
                .map(Drill.Alert::above).findFirst().orElse(null);
    }

    private static List<DashboardChart.Mark> marks(Live live, boolean faults) {
        List<DashboardChart.Mark> marks = new ArrayList<>();
        double duration = live.drill().durationSeconds();
        for (Map.Entry<PlayEntry, Double> taken : live.actionsTaken()) {
            if (taken.getValue() <= live.clock()) {
                String title = live.drill().action(taken.getKey().ref()).map(Drill.Action::title).orElse("an action");
                marks.add(new DashboardChart.Mark(DashboardChart.markX(taken.getValue(), duration), title, "action"));
            }
        }
        if (faults) {
            live.play().faultTimes().forEach((id, at) -> {
                if (at <= live.clock()) {
                    marks.add(new DashboardChart.Mark(DashboardChart.markX(at, duration), "fault: " + id, "fault"));
                }
            });
        }
        return marks;
    }

    /** The play's timeline; a game master's injections only for those who may see the hidden faults. */
    static List<Moment> moments(Live live, boolean seesAll) {
        List<Moment> moments = new ArrayList<>();
        for (Signals.Firing firing : live.firings()) {
            moments.add(new Moment(firing.firedAt(), Signals.clock(firing.firedAt()), "alert", "Alert fired: " + firing.alert().title()));
        }
        for (PlayEntry e : live.log()) {
            if (e.kind() == PlayEntry.Kind.INJECT && !seesAll) {
                continue;
            }
            String text = switch (e.kind()) {
                case LOOK -> "Looked at " + live.drill().dashboards().stream().filter(d -> d.id().equals(e.ref())).map(Drill.Dashboard::title)
                        .findFirst().orElse("a dashboard");
                case ACK -> "Acknowledged " + live.drill().alerts().stream().filter(a -> a.id().equals(e.ref())).map(Drill.Alert::title)
                        .findFirst().orElse("an alert");
                case ACTION -> "Took action: " + live.drill().action(e.ref() == null ? "" : e.ref()).map(Drill.Action::title).orElse(e.ref());
                case HINT -> "Game master's hint: " + e.detail();
                case INJECT -> "Game master injected: " + Faults.Injection.of(e.ref()).map(Faults.Injection::label).orElse("a fault")
                        + " (" + e.detail() + ")";
            };
            moments.add(new Moment(e.atSecond(), Signals.clock(e.atSecond()), e.kind().key(), text));
        }
        moments.sort(java.util.Comparator.comparingDouble(Moment::second));
        return moments;
    }
}
