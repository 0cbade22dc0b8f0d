package dev.ascent.practice.format;

import dev.ascent.platform.HugeNumbers;
import dev.ascent.practice.Scenario;
import dev.ascent.practice.ScenarioFixtures;
import dev.ascent.practice.ScenarioReport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenario validator reports every problem at once, each with its file, line and path, in words an author can act on. */
class ScenarioValidatorTests {

    private static final ScenarioValidator.Topics ROADMAPS = new ScenarioValidator.Topics() {
        private final Map<String, Set<String>> topics = Map.of("backend", Set.of("sql-basics", "caching", "message-queues"));

        @Override
        public Set<String> roadmapIds() {
            return topics.keySet();
        }

        @Override
        public @Nullable Set<String> topicIds(String roadmapId) {
            return topics.get(roadmapId);
        }
    };

    static final String VALID = ScenarioFixtures.VALID;

    private static ScenarioReport validate(String text) {
        return ScenarioValidator.validate("slow-checkout.yaml", text, ROADMAPS);
    }

    @Test
    void numbersTooBigForAnyMachineTypeAreProblemsNotCrashes() {
        assertThat(HugeNumbers.mishandled(VALID, text -> validate(text).problems())).isEmpty();
    }

    @Test
    void readsAValidScenarioWithItsSignalsOptionsAndRubric() {
        ScenarioReport report = validate(VALID);

        assertThat(report.problems()).isEmpty();
        assertThat(report.summary()).isEqualTo("slow-checkout.yaml: valid (slow-checkout v2: 3 signals, 2 options, 3 rubric lines)");
        Scenario scenario = report.scenario();
        assertThat(scenario.signals()).hasExactlyElementsOfTypes(Scenario.Metric.class, Scenario.Log.class, Scenario.Message.class);
        assertThat(((Scenario.Metric) scenario.signals().getFirst()).series().getFirst().points()).containsExactly(180.0, 620.0, 240.0);
        assertThat(scenario.option("find-the-job")).get().extracting(Scenario.Option::quality).isEqualTo(Scenario.Quality.STRONG);
        assertThat(scenario.expectedMinutes()).isEqualTo(25);
    }

    @Test
    void reportsEveryProblemAtOnceWithLinesAndPaths() {
        String broken = VALID
                .replace("level: senior", "level: principal")
                .replace("minutes: 25", "minutes: 25\nauthor: me")
                .replace("points: [180, 620, 240]", "points: [180, 620]")
                .replace("id: find-the-job", "id: add-servers")
                .replace("quality: strong", "quality: mixed")
                .replace("backend/caching", "backend/cachng")
                .replace("backend/sql-basics", "frontend/sql-basics")
                .replace("type: log", "type: trace")
                .replace("{id: risk,", "{id: problem-framing,");

        ScenarioReport report = validate(broken);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).extracting(Object::toString).containsExactly(
                "slow-checkout.yaml:5: level: must be one of 'junior', 'intermediate', 'senior' or 'expert', not 'principal'",
                "slow-checkout.yaml:8: author: unknown property 'author'; see the schema for the properties allowed here",
                "slow-checkout.yaml:10: topics[0]: the roadmap 'backend' has no topic 'cachng'; did you mean 'caching'?",
                "slow-checkout.yaml:10: topics[1]: there is no roadmap 'frontend'",
                "slow-checkout.yaml:20: signals[0].series[0].points: has 2 points but the chart has 3 labels; give one point per label",
                "slow-checkout.yaml:21: signals[1].type: must be one of 'metric', 'log' or 'message', not 'trace'",
                "slow-checkout.yaml:32: options: no option has quality 'strong'; mark the one experienced engineers would choose, so the debrief has a standard",
                "slow-checkout.yaml:39: options[1].id: the option id 'add-servers' is used twice; it was first used at options[0].id (line 32)",
                "slow-checkout.yaml:49: rubric[1].id: the rubric line id 'problem-framing' is used twice; it was first used at rubric[0].id (line 48)");
        assertThat(report.summary()).isEqualTo("slow-checkout.yaml: 9 problems");
    }

    @Test
    void namesMissingPartsAndMistypedProperties() {
        String broken = VALID.replace("debrief: Look", "debreif: Look").replace("title: Checkout got slow on Fridays\n", "");

        assertThat(validate(broken).problems()).extracting(Object::toString).containsExactly(
                "slow-checkout.yaml:1: missing required property 'title'",
                "slow-checkout.yaml:1: missing required property 'debrief'",
                "slow-checkout.yaml:44: debreif: unknown property 'debreif'; did you mean 'debrief'?");
    }

    @Test
    void checksTheSignalOfEachKindAgainstItsOwnFields() {
        String broken = VALID.replace("    from: Sam\n", "").replace("    lines: [\"18:01 pool exhausted\"]", "    lines: []");

        assertThat(validate(broken).problems()).extracting(Object::toString).containsExactly(
                "slow-checkout.yaml:22: signals[1].lines: must list at least one item",
                "slow-checkout.yaml:23: signals[2]: missing required property 'from'");
    }

    @Test
    void aTopicReferenceMustNameARoadmapAndATopic() {
        assertThat(validate(VALID.replace("backend/caching", "caching")).problems()).extracting(Object::toString).containsExactly(
                "slow-checkout.yaml:9: topics[0]: 'caching' is not a topic reference: write roadmap-id/topic-id in kebab-case, e.g. 'backend-growth-map/sql-basics'");
    }

    @Test
    void theOptionIdOwnIsKeptForTheLearnersOwnOptionAndNulCharactersAreRefused() {
        assertThat(validate(VALID.replace("id: add-servers", "id: own").replace("Customers say the pay button spins.", "\"Customers\\0 say\""))
                .problems()).extracting(Object::toString).containsExactly(
                "slow-checkout.yaml:26: signals[2].text: contains a NUL character; remove it",
                "slow-checkout.yaml:31: options[0].id: the option id 'own' is kept for the learner's own option; choose another id");
    }

    @Test
    void withoutTheRoadmapsTheTopicsAreNotChecked() {
        ScenarioReport report = ScenarioValidator.validate("s.yaml", VALID.replace("backend/caching", "elsewhere/anything"), null);

        assertThat(report.valid()).isTrue();
    }

    @Test
    void emptyNonYamlAndWrongShapedFilesGetOneClearProblem() {
        assertThat(validate("  \n").problems()).extracting(Object::toString)
                .containsExactly("slow-checkout.yaml: the file is empty; a scenario starts with 'format: ascent/scenario@1'");
        assertThat(validate("- just\n- a list\n").problems()).extracting(Object::toString)
                .containsExactly("slow-checkout.yaml:1: the document is not a scenario: expected a mapping that starts with 'format: ascent/scenario@1'");
        assertThat(validate("format: ascent/scenario@1\nid: [unclosed\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("slow-checkout.yaml:3: not valid YAML"));
        assertThat(validate("format: ascent/roadmap@1\n").problems()).extracting(Object::toString)
                .contains("slow-checkout.yaml:1: format: must be 'ascent/scenario@1', not 'ascent/roadmap@1'");
    }

    @Test
    void duplicateKeysAreReportedNotSilentlyMerged() {
        assertThat(validate(VALID.replace("minutes: 25", "minutes: 25\nminutes: 40")).problems()).extracting(Object::toString)
                .containsExactly("slow-checkout.yaml:8: minutes: duplicate key 'minutes'; each key may appear once");
    }

    @Test
    void mappingsWhereListsBelongAreReportedNotACrash() {
        // found by ScenarioFuzzTests: the rules indexed a mapping as if it were a list
        String series = VALID.replace("      - name: p99\n        points: [180, 620, 240]", "      p99:\n        points: [180, 620, 240]");
        String lists = "format: ascent/scenario@1\nsignals: {a: 1}\noptions: {b: 2}\nrubric: {c: 3}\n";

        assertThat(validate(series).problems()).extracting(Object::toString)
                .anySatisfy(problem -> assertThat(problem).endsWith(": signals[0].series: must be a list, not a mapping"));
        assertThat(validate(lists).problems()).extracting(Object::toString).contains(
                "slow-checkout.yaml:2: signals: must be a list, not a mapping",
                "slow-checkout.yaml:3: options: must be a list, not a mapping",
                "slow-checkout.yaml:4: rubric: must be a list, not a mapping");
    }

    private static String withLab(String baseline, String weak, String strong) {
        return VALID.replace("situation: >-", baseline + "\nsituation: >-")
                .replace("    quality: weak\n", "    quality: weak\n    " + weak + "\n")
                .replace("    quality: strong\n", "    quality: strong\n    " + strong + "\n");
    }

    @Test
    void anOptionMayNameALabModelAndTheKnobsItChanges() {
        ScenarioReport report = validate(withLab("lab: {model: retry-storm}",
                "lab: {model: retry-storm, changes: {pricing.replicas: 16}}",
                "lab: {model: retry-storm, changes: {\"catalog>pricing.attempts\": 1, \"catalog>pricing.timeout\": 500}}"));

        assertThat(report.problems()).isEmpty();
        Scenario scenario = report.scenario();
        assertThat(scenario.lab()).isEqualTo(new Scenario.LabLink("retry-storm", Map.of()));
        assertThat(scenario.option("add-servers").orElseThrow().lab()).isEqualTo(new Scenario.LabLink("retry-storm", Map.of("pricing.replicas", 16.0)));
        assertThat(scenario.option("find-the-job").orElseThrow().lab().changes())
                .containsExactly(Map.entry("catalog>pricing.attempts", 1.0), Map.entry("catalog>pricing.timeout", 500.0));
    }

    @Test
    void anUnknownModelAnUnknownKnobAndABadValueAreReportedWithLineAndPath() {
        String broken = withLab("lab: {model: retry-strom}",
                "lab: {model: retry-storm, changes: {pricing.replicas: 0.5, pricing.replicaz: 3}}",
                "lab: {model: retry-storm, changes: {\"catalog>pricing.attempts\": 11, pricing.replicas: 2.5}}");

        assertThat(validate(broken).problems()).extracting(Object::toString).containsExactly(
                "slow-checkout.yaml:10: lab.model: there is no model 'retry-strom' in the lab; did you mean 'retry-storm'?",
                "slow-checkout.yaml:39: options[0].lab.changes.pricing.replicas: Replicas: give a number from 1 to %d."
                        .formatted(dev.ascent.lab.format.SystemLimits.MAX_REPLICAS),
                "slow-checkout.yaml:39: options[0].lab.changes.pricing.replicaz: the model 'retry-storm' has no knob 'pricing.replicaz'; did you mean 'pricing.replicas'?",
                "slow-checkout.yaml:47: options[1].lab.changes.catalog>pricing.attempts: Tries per request on calls to pricing: give a number from 1 to 10.",
                "slow-checkout.yaml:47: options[1].lab.changes.pricing.replicas: Replicas: give a whole number.");
    }

    @Test
    void aLabLinkNeedsAModelAndNumbersForItsKnobs() {
        String broken = withLab("lab: {changes: {pricing.replicas: 2}}",
                "lab: {model: retry-storm, changes: {pricing.replicas: many}}",
                "lab: {model: retry-storm, size: 3}");

        assertThat(validate(broken).problems()).extracting(Object::toString).containsExactly(
                "slow-checkout.yaml:10: lab: missing required property 'model'",
                "slow-checkout.yaml:39: options[0].lab.changes.pricing.replicas: must be a number, not 'many'",
                "slow-checkout.yaml:47: options[1].lab.size: unknown property 'size'; see the schema for the properties allowed here");
    }
}
