package dev.ascent.drills.format;

import dev.ascent.drills.Drill;
import dev.ascent.drills.DrillReport;
import dev.ascent.drills.PlayEntry;
import dev.ascent.drills.play.Assessment;
import dev.ascent.drills.play.Signals;
import dev.ascent.drills.play.Timeline;
import dev.ascent.lab.BuiltInModels;
import dev.ascent.lab.engine.RunOptions;
import dev.ascent.lab.engine.RunResult;
import dev.ascent.lab.engine.Simulation;
import dev.ascent.lab.engine.SystemModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in drill can be won: with its faults at their earliest, an on-call who acknowledges the first page and
 * takes the drill's solution (its actions a minute after the page, forty seconds apart) sees the SLO come back and
 * hold before time is up, within the error budget; and most actions the solution does not name do not win it alone (a
 * drill is not won by pressing any button; an alternative its debrief discusses may). Plays are
 * replayed the way the app replays them: the timeline of the play's log, the engine, the signals, the assessment.
 */
class DrillSolutionTests {

    static final UUID ON_CALL = UUID.randomUUID();

    private static Drill drill(String id) {
        DrillReport report = DrillValidator.validate(id + ".yaml", DrillFixtures.read(id), DrillValidator.BUILT_IN, null);
        assertThat(report.problems()).as(id).isEmpty();
        return report.drill();
    }

    /** Plays the drill with these actions taken from a minute after the first page on; the assessment at the end. */
    static Assessment play(Drill drill, List<String> actions) {
        SystemModel model = BuiltInModels.model(drill.model()).orElseThrow();
        Map<String, Double> times = new LinkedHashMap<>();
        drill.faults().forEach(f -> times.put(f.id(), f.atMinSeconds()));
        Signals quiet = replay(drill, model, times, List.of());
        Signals.Firing page = quiet.firings().stream().filter(f -> f.alert().severity() == Drill.Alert.Severity.PAGE).findFirst()
                .orElseThrow(() -> new AssertionError(drill.id() + " never pages"));
        List<PlayEntry> log = new ArrayList<>();
        log.add(new PlayEntry(1, page.firedAt() + 10, PlayEntry.Kind.ACK, page.alert().id(), null, ON_CALL, Instant.EPOCH));
        for (int i = 0; i < actions.size(); i++) {
            log.add(new PlayEntry(log.size() + 1, page.firedAt() + 60 + 40 * i, PlayEntry.Kind.ACTION, actions.get(i), null, ON_CALL, Instant.EPOCH));
        }
        return Assessment.of(drill, times, replay(drill, model, times, log), log, ON_CALL);
    }

    private static Signals replay(Drill drill, SystemModel model, Map<String, Double> times, List<PlayEntry> log) {
        Timeline timeline = Timeline.of(drill, model, times, log, Timeline.NONE);
        RunResult run = Simulation.run(timeline.model(), RunOptions.DEFAULTS.withDuration(drill.durationSeconds()), timeline.changes());
        return new Signals(drill, run);
    }

    @ParameterizedTest
    @FieldSource("dev.ascent.drills.format.DrillFixtures#IDS")
    void theSolutionRecoversWithinTheBudget(String id) {
        Drill drill = drill(id);
        Assessment solved = play(drill, drill.solution());

        assertThat(solved.recovered()).as("%s recovers with %s", id, drill.solution()).isTrue();
        assertThat(solved.failed()).as("%s stays within its error budget", id).isLessThanOrEqualTo(drill.errorBudget());
        assertThat(solved.detectedSecond()).isNotNull();
    }

    @ParameterizedTest
    @FieldSource("dev.ascent.drills.format.DrillFixtures#IDS")
    void mostOtherActionsDoNotWinItAlone(String id) {
        Drill drill = drill(id);
        List<String> alone = new ArrayList<>();
        List<Drill.Action> others = drill.actions().stream().filter(a -> !drill.solution().contains(a.id())).toList();
        for (Drill.Action action : others) {
            Assessment a = play(drill, List.of(action.id()));
            if (a.recovered() && a.failed() <= drill.errorBudget()) {
                alone.add(action.id());
            }
        }
        assertThat(alone.size()).as("%s: actions outside the solution that win the drill alone: %s", id, alone).isLessThanOrEqualTo(others.size() / 4);
    }

    /**
     * Wherever the first fault is drawn (its earliest, middle and latest second), a page fires within three minutes of
     * it and, while nobody acts, stays firing: a pager that clears for a second and fires again cannot be acknowledged
     * in time, and a drill that flaps teaches ignoring the pager.
     */
    @ParameterizedTest
    @FieldSource("dev.ascent.drills.format.DrillFixtures#IDS")
    void thePageFiresSoonAfterTheFaultAndDoesNotFlap(String id) {
        Drill drill = drill(id);
        SystemModel model = BuiltInModels.model(drill.model()).orElseThrow();
        Drill.HiddenFault first = drill.faults().getFirst();
        double span = first.atMaxSeconds() - first.atMinSeconds();
        for (double at : new double[] {first.atMinSeconds(), first.atMinSeconds() + Math.floor(span / 2), first.atMaxSeconds()}) {
            Map<String, Double> times = new LinkedHashMap<>();
            drill.faults().forEach(f -> times.put(f.id(), f == first ? at : f.atMinSeconds()));
            List<Signals.Firing> pages = replay(drill, model, times, List.of()).firings().stream()
                    .filter(f -> f.alert().severity() == Drill.Alert.Severity.PAGE).toList();
            assertThat(pages).as("%s with its first fault at %s s pages", id, at).isNotEmpty();
            assertThat(pages.getFirst().firedAt()).as("%s pages within three minutes of the fault at %s s", id, at).isBetween(at, at + 180);
            assertThat(pages).as("%s with the fault at %s s: every page fires once and stays firing", id, at)
                    .allSatisfy(page -> assertThat(page.firing()).isTrue())
                    .extracting(page -> page.alert().id()).doesNotHaveDuplicates();
        }
    }
}
