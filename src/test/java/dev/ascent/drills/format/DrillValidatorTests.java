package dev.ascent.drills.format;

import dev.ascent.drills.Drill;
import dev.ascent.drills.DrillReport;
import dev.ascent.lab.engine.Fault;
import dev.ascent.platform.HugeNumbers;
import dev.ascent.platform.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of {@code ascent/drill@1} as a specification: one broken fixture each, the exact message and line. */
class DrillValidatorTests {

    private static DrillReport validate(String text) {
        return DrillValidator.validate("drill.yaml", text, DrillValidator.BUILT_IN, DrillLibraryTests.BUILT_IN_ROADMAPS);
    }

    private static List<String> problems(String text) {
        return validate(text).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsAValidDrillWithItsDefaultsAndEngineFaults() {
        DrillReport report = validate(DrillFixtures.VALID);

        assertThat(report.problems()).isEmpty();
        Drill drill = report.drill();
        assertThat(drill.id()).isEqualTo("bad-deploy-latency");
        assertThat(drill.durationSeconds()).isEqualTo(900);
        assertThat(drill.slo()).isEqualTo(new Drill.Slo(500.0, 0.01));
        assertThat(drill.holdSeconds()).isEqualTo(60);
        assertThat(drill.faults().getFirst()).isEqualTo(new Drill.HiddenFault("release", 50, 90, new Fault.Slow(50, "web", 14, 3600)));
        assertThat(drill.alerts().getFirst()).isEqualTo(new Drill.Alert("slow-site", "Site p99 above 500 ms", Drill.Metric.P99, null, 500, 30,
                Drill.Alert.Severity.PAGE));
        assertThat(drill.logs().getFirst().everySeconds()).isZero();
        assertThat(drill.logs().get(3)).isEqualTo(new Drill.LogLine("web", Drill.LogLine.Level.INFO, "thread pool {value} busy, requests waiting for a worker",
                Drill.Metric.UTILISATION, "web", 0.6, null, null, 20));
        assertThat(drill.action("payments-timeout").orElseThrow().effects())
                .containsExactly(new Drill.Effect.ChangeCall("web", "payments", 300.0, 3, null, null));
        assertThat(drill.action("restart-web").orElseThrow().effects())
                .containsExactly(new Drill.Effect.StartFault(null, new Fault.KillReplicas(0, "web", 1, 40.0)));
        assertThat(drill.action("scale-web").orElseThrow().takesSeconds()).isEqualTo(90);
        assertThat(report.summary()).isEqualTo("drill.yaml: valid (bad-deploy-latency: on slow-dependency-without-timeouts, 1 fault, 5 actions, 900 s)");
    }

    /** The valid fixture with an error burst for its fault and one action of every effect. */
    static final String EVERY_EFFECT = DrillFixtures.VALID.replace("kind: slow\n    component: web\n    factor: 14", "kind: error-burst\n    component: web\n    errorRate: 0.3")
            .replace("      - {scale: web, by: 3}\n", """
                          - {scale: web, to: 6}
                          - {limit-arrivals: 150}
                          - {limit-arrivals: none}
                          - {call: {from: web, to: payments}, open: true, probability: 0.5}
                          - {start-fault: {id: cut, kind: partition, from: web, to: payments, for: 30s}}
                          - {start-fault: {kind: slow, component: payments, factor: 3, for: 1m}}
                          - {end-fault: cut}
                    """);

    @Test
    void everyEffectAndAnErrorBurstReadIntoTheEngine() {
        DrillReport report = validate(EVERY_EFFECT);

        assertThat(report.problems()).isEmpty();
        assertThat(report.drill().faults().getFirst().fault()).isEqualTo(new Fault.ErrorBurst(50, "web", 0.3, 3600));
        assertThat(report.drill().action("scale-web").orElseThrow().effects()).containsExactly(
                new Drill.Effect.Scale("web", 6, null),
                new Drill.Effect.LimitArrivals(150.0),
                new Drill.Effect.LimitArrivals(null),
                new Drill.Effect.ChangeCall("web", "payments", null, null, 0.5, true),
                new Drill.Effect.StartFault("cut", new Fault.Partition(0, "web", "payments", 30)),
                new Drill.Effect.StartFault(null, new Fault.Slow(0, "payments", 3, 60)),
                new Drill.Effect.EndFault("cut"));
    }

    @Test
    void aFaultOutsideTheRunIsReportedAtItsTime() {
        assertThat(problems(DrillFixtures.VALID.replace("at: {between: [50s, 90s]}", "at: 20m")))
                .containsExactly("drill.yaml:26: faults[0].at: a fault at 20m comes after the drill ends at 15m");
        assertThat(problems(DrillFixtures.VALID.replace("at: {between: [50s, 90s]}", "at: {between: [50s, 15m]}")))
                .containsExactly("drill.yaml:26: faults[0].at.between[1]: a fault at up to 15m could come after the drill ends at 15m");
        assertThat(problems(DrillFixtures.VALID.replace("at: {between: [50s, 90s]}", "at: {between: [90s, 50s]}")))
                .containsExactly("drill.yaml:26: faults[0].at.between: the earliest time (90s) is after the latest (50s); write [earliest, latest]");
        assertThat(problems(DrillFixtures.VALID.replace("at: {between: [50s, 90s]}", "at: 90")))
                .containsExactly("drill.yaml:26: faults[0].at: must be a duration such as 90s, or {between: [60s, 180s]} for a time drawn in each play, not 90");
    }

    @Test
    void unknownActionsAndFaultsAreNamedWithTheClosestId() {
        assertThat(problems(DrillFixtures.VALID.replace("solution: [rollback]", "solution: [rolback, page-the-ceo]")))
                .containsExactly("drill.yaml:73: solution[0]: there is no action 'rolback'; did you mean 'rollback'?",
                        "drill.yaml:73: solution[1]: there is no action 'page-the-ceo'");
        assertThat(problems(DrillFixtures.VALID.replace("when: {action: rollback}", "when: {action: roll-back}")
                .replace("when: {fault: release}", "when: {fault: relase}").replace("{end-fault: release}", "{end-fault: deploy}")))
                .containsExactly("drill.yaml:40: logs[0].when.fault: there is no fault 'relase'; did you mean 'release'?",
                        "drill.yaml:44: logs[4].when.action: there is no action 'roll-back'; did you mean 'rollback'?",
                        "drill.yaml:51: actions[0].effects[0].end-fault: there is no fault 'deploy' to end");
    }

    @Test
    void idsAreUniqueAcrossHiddenFaultsAndFaultsActionsStart() {
        assertThat(problems(DrillFixtures.VALID.replace("{kind: kill-replicas, component: web", "{id: release, kind: kill-replicas, component: web")
                .replace("id: scale-web", "id: rollback").replace("{id: web-queue,", "{id: latency,")))
                .containsExactly("drill.yaml:35: dashboards[3].id: the dashboard id 'latency' is used twice; it was first used at dashboards[0].id (line 32)",
                        "drill.yaml:52: actions[1].id: the action id 'rollback' is used twice; it was first used at actions[0].id (line 46)",
                        "drill.yaml:67: actions[3].effects[0].start-fault.id: the fault id 'release' is used twice; it was first used at faults[0].id (line 25)");
    }

    @Test
    void onlyALineWrittenOnAMetricHasAValueToGive() {
        assertThat(problems(DrillFixtures.VALID.replace("rolled out to 3 of 3 replicas", "rolled out in {value} s")))
                .containsExactly("drill.yaml:40: logs[0].text: {value} is the value of the line's metric; a line written when a fault happens has none");
        assertThat(dev.ascent.drills.play.Signals.valueText(Drill.Metric.P99, 612.4)).isEqualTo("612");
        assertThat(dev.ascent.drills.play.Signals.valueText(Drill.Metric.UTILISATION, 0.734)).isEqualTo("73%");
        assertThat(dev.ascent.drills.play.Signals.valueText(Drill.Metric.QUEUE, 46)).isEqualTo("46");
    }

    @Test
    void aDrillMayNotTakeTheNameOfADrillsPage() {
        assertThat(problems(DrillFixtures.VALID.replace("id: bad-deploy-latency", "id: history")))
                .containsExactly("drill.yaml:2: id: 'history' names a page of the drills (/drills/history); choose another id");
    }

    @Test
    void theModelItsComponentsAndCallsMustExist() {
        assertThat(problems(DrillFixtures.VALID.replace("model: slow-dependency-without-timeouts", "model: retry-strom")))
                .containsExactly("drill.yaml:17: model: there is no built-in lab model 'retry-strom'; did you mean 'retry-storm'?");
        assertThat(problems(DrillFixtures.VALID.replace("component: web\n    factor", "component: wbe\n    factor")
                .replace("{scale: web, by: 3}", "{scale: payments, by: 3}")
                .replace("{call: {from: web, to: payments}, probability: 0}", "{call: {from: payments, to: web}, probability: 0}")
                .replace("{kind: kill-replicas, component: web, count: 1, restoreAfter: 40s}", "{kind: failover, component: web, pause: 5s}")))
                .containsExactly("drill.yaml:28: faults[0].component: the model 'slow-dependency-without-timeouts' has no component 'wbe'; did you mean 'web'?",
                        "drill.yaml:57: actions[1].effects[0].scale: 'payments' is an external; scaling needs a service",
                        "drill.yaml:67: actions[3].effects[0].start-fault.component: 'web' is a service; a failover needs a database",
                        "drill.yaml:72: actions[4].effects[0].call.to: 'payments' never calls 'web'; there is no call to change");
    }

    @Test
    void metricsOfOneComponentNameOneAndEndToEndMetricsNone() {
        assertThat(problems(DrillFixtures.VALID.replace("metric: utilisation, component: web}", "metric: utilisation}")
                .replace("{id: latency, title: Site p99 (ms), metric: p99}", "{id: latency, title: Site p99 (ms), metric: p99, component: web}")
                .replace("above: 0.5, for: 2m", "above: 5, for: 2m")))
                .containsExactly("drill.yaml:32: dashboards[0].component: p99 is measured end to end, not per component; leave out the component or use utilisation, queue, workers or component-errors",
                        "drill.yaml:34: dashboards[2].metric: utilisation is measured per component; name the component",
                        "drill.yaml:38: alerts[1].above: utilisation is a share from 0 to 1, so it is never above 5; write e.g. 0.05 for 5%");
    }

    @Test
    void effectsAndLogConditionsTakeExactlyOneKind() {
        assertThat(problems(DrillFixtures.VALID.replace("{scale: web, by: 3}", "{scale: web, by: 3, to: 4}")
                .replace("{call: {from: web, to: payments}, probability: 0}", "{call: {from: web, to: payments}}")
                .replace("when: {fault: release}}", "when: {fault: release, action: rollback}}")
                .replace("{end-fault: release}", "{limit-arrivals: lots}")))
                .containsExactly("drill.yaml:40: logs[0].when: names fault and action; a line is written on exactly one of a metric, a fault or an action",
                        "drill.yaml:51: actions[0].effects[0].limit-arrivals: must be a number of requests a second, or none to lift the limit, not 'lots'",
                        "drill.yaml:57: actions[1].effects[0]: give exactly one of to (the replicas wanted) or by (how many more, or fewer when negative)",
                        "drill.yaml:72: actions[4].effects[0]: changes nothing; give at least one of timeout, attempts, probability or open");
    }

    @Test
    void timesThatWouldNeverMatterOrNeverEndAreRefused() {
        assertThat(problems(DrillFixtures.VALID.replace("for: 1h", "for: 0s").replace("every: 15s}", "every: 100ms}")
                .replace("takes: 90s", "takes: 15m").replace("restoreAfter: 40s}}", "restoreAfter: 40s}}\n      - {start-fault: {kind: failover, component: payments, pause: 0s}}")))
                .containsExactly("drill.yaml:30: faults[0].for: must be longer than zero: a fault that lasts no time changes nothing",
                        "drill.yaml:41: logs[1].every: a line is written at most once a simulated second, not every 100ms",
                        "drill.yaml:55: actions[1].takes: an action that takes 15m would apply only after the drill ends at 15m",
                        "drill.yaml:68: actions[3].effects[1].start-fault.pause: must be longer than zero: a fault that lasts no time changes nothing",
                        "drill.yaml:68: actions[3].effects[1].start-fault.component: 'payments' is an external; a failover needs a database");
    }

    @Test
    void theDurationTheSchemaAndTopicsAreChecked() {
        assertThat(problems(DrillFixtures.VALID.replace("duration: 15m", "duration: 2h").replace("speed: 10", "speed: 600")
                .replace("  - senior-judgment/incident-response\n", "  - senior-judgment/incident-responce\n")
                .replace("title: Roll web back to 4.7.3", "titel: Roll web back to 4.7.3")))
                .containsExactly("drill.yaml:13: topics[0]: the roadmap 'senior-judgment' has no topic 'incident-responce'; did you mean 'incident-response'?",
                        "drill.yaml:18: duration: a drill lasts between 1m and 30m of simulated time, not 2h",
                        "drill.yaml:20: speed: must be at most 60, not 600",
                        "drill.yaml:46: actions[0]: missing required property 'title'",
                        "drill.yaml:47: actions[0].titel: unknown property 'titel'; did you mean 'title'?");
    }

    @Test
    void badYamlAndAnAliasBombAreOneProblemEach() {
        assertThat(problems("format: ascent/drill@1\nid: [unclosed\n")).hasSize(1).first().asString().startsWith("drill.yaml:3: not valid YAML");
        assertThat(problems("")).containsExactly("drill.yaml: the file is empty; a drill starts with 'format: ascent/drill@1'");
        assertThat(problems("- just\n- a list\n")).containsExactly("drill.yaml:1: the document is not a drill: expected a mapping that starts with 'format: ascent/drill@1'");
        String bomb = "format: ascent/drill@1\nid: &a " + "x".repeat(100_000) + "\ntitle: [" + "*a, ".repeat(1_000) + "*a]\n";
        assertThat(validate(bomb).problems()).hasSize(1).first().extracting(Problem::message).asString().startsWith("the document expands to more than");
    }

    @Test
    void numbersTooBigForAnyMachineTypeAreProblemsNotCrashes() {
        assertThat(HugeNumbers.mishandled(DrillFixtures.VALID, text -> validate(text).problems())).isEmpty();
    }

    @Test
    void anyLookupOfModelsWillDoThoughOnlyOneThatKnowsItsIdsSuggestOne() {
        String text = DrillFixtures.VALID.replace("model: slow-dependency-without-timeouts", "model: retry-strom");

        assertThat(DrillValidator.validate("drill.yaml", DrillFixtures.VALID, dev.ascent.lab.BuiltInModels::model, null).valid()).isTrue();
        assertThat(DrillValidator.validate("drill.yaml", text, dev.ascent.lab.BuiltInModels::model, null).problems()).extracting(Problem::toString)
                .containsExactly("drill.yaml:17: model: there is no built-in lab model 'retry-strom'");
    }

    @Test
    void aRunTooLargeForTheLabIsRefused() {
        String big = DrillFixtures.read("retry-storm-pricing").replace("duration: 10m", "duration: 30m");
        DrillValidator.Models bigger = DrillValidator.Models.of(id -> DrillValidator.BUILT_IN.model(id).map(m -> new dev.ascent.lab.engine.SystemModel(
                m.id(), m.title(), m.summary(), m.topics(), m.durationSeconds(), m.seed(),
                new dev.ascent.lab.engine.SystemModel.Workload(m.workload().entry(), new dev.ascent.lab.engine.Arrivals.Poisson(50_000),
                        m.workload().types()), m.components(), m.faults())), DrillValidator.BUILT_IN.ids());

        assertThat(DrillValidator.validate("drill.yaml", big, bigger, null).problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("drill.yaml:18: duration: the model 'retry-storm' would take about ").endsWith("simulator events over 30m; a run may take at most 50,000,000: shorten the drill");
    }
}
