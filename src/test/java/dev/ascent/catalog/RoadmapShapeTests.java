package dev.ascent.catalog;

import dev.ascent.catalog.format.RoadmapValidator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a roadmap works out once when it is made (required topics overall, per phase and per level, each checkpoint's
 * expected topics, each phase's topic ids) is what working it out on every call gave: compared on the built-in
 * roadmaps and on one with optional topics, unknown ids and checkpoints over phases and topics at once.
 */
class RoadmapShapeTests {

    private static final Roadmap EDGES = RoadmapValidator.validate("edges.yaml", """
            format: ascent/roadmap@1
            id: edges
            version: 1
            title: Edges
            summary: For shape tests.
            levels: {from: junior, to: expert}
            duration: {minMonths: 6, maxMonths: 12}
            phases:
              - {id: one, title: One, groups: [{id: g1, title: G1, topics: [a, b]}, {id: g2, title: G2, topics: [c]}]}
              - {id: two, title: Two, groups: [{id: g3, title: G3, topics: [d, e]}]}
            topics:
              - {id: a, title: A, level: junior, kind: theory, hours: 5, summary: A.}
              - {id: b, title: B, level: junior, kind: theory, hours: 5, summary: B., optional: true}
              - {id: c, title: C, level: senior, kind: practice, hours: 5, summary: C.}
              - {id: d, title: D, level: senior, kind: practice, hours: 5, summary: D., optional: true}
              - {id: e, title: E, level: expert, kind: community, hours: 5, summary: E.}
            checkpoints:
              - {id: first, month: 3, title: First, expects: {topics: [c, a], phases: [one]}}
              - {id: second, month: 9, title: Second, expects: {phases: [two, one], share: 0.5}}
            """).roadmap();

    static Stream<Roadmap> roadmaps() throws IOException {
        List<Roadmap> all = new ArrayList<>(List.of(EDGES));
        try (var files = Files.list(Path.of("src/main/resources/roadmaps"))) {
            for (Path file : files.sorted().toList()) {
                all.add(RoadmapValidator.validate(file.getFileName().toString(), Files.readString(file)).roadmap());
            }
        }
        return all.stream();
    }

    private static List<String> requiredAmong(Roadmap roadmap, List<String> ids) {
        return ids.stream().map(roadmap::topic).flatMap(Optional::stream).filter(t -> !t.optional()).map(Roadmap.Topic::id).toList();
    }

    private static Set<String> expected(Roadmap roadmap, Roadmap.Checkpoint checkpoint) {
        Set<String> ids = new LinkedHashSet<>(checkpoint.expects().topics());
        for (String phaseId : checkpoint.expects().phases()) {
            roadmap.phase(phaseId).ifPresent(phase -> ids.addAll(requiredAmong(roadmap, phase.topicIds())));
        }
        return ids;
    }

    @Test
    void everyDerivedListIsWhatWorkingItOutOnEachCallGave() throws IOException {
        assertThat(roadmaps()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(roadmap -> {
            assertThat(roadmap.requiredTopicIds()).isEqualTo(requiredAmong(roadmap, roadmap.topics().stream().map(Roadmap.Topic::id).toList()));
            for (Roadmap.Phase phase : roadmap.phases()) {
                assertThat(phase.topicIds()).isEqualTo(phase.groups().stream().flatMap(g -> g.topics().stream()).toList());
                assertThat(roadmap.requiredTopicIds(phase.id())).isEqualTo(requiredAmong(roadmap, phase.topicIds()));
            }
            for (Level level : Level.values()) {
                List<String> ids = roadmap.topics().stream().filter(t -> t.level() == level).map(Roadmap.Topic::id).toList();
                assertThat(roadmap.requiredTopicIdsByLevel().get(level)).isEqualTo(ids.isEmpty() ? null : requiredAmong(roadmap, ids));
            }
            for (Roadmap.Checkpoint checkpoint : roadmap.checkpoints()) {
                assertThat(roadmap.expectedTopics(checkpoint)).containsExactlyElementsOf(expected(roadmap, checkpoint));
            }
        });
    }

    @Test
    void theEdgesComeOutAsARoadmapReaderExpects() {
        assertThat(EDGES.requiredTopicIds()).containsExactly("a", "c", "e");
        assertThat(EDGES.requiredTopicIds("one")).containsExactly("a", "c");
        assertThat(EDGES.requiredTopicIds("two")).containsExactly("e");
        assertThat(EDGES.requiredTopicIds("no-such-phase")).isEmpty();
        assertThat(EDGES.requiredTopicIdsByLevel()).containsExactly(
                Map.entry(Level.JUNIOR, List.of("a")), Map.entry(Level.SENIOR, List.of("c")), Map.entry(Level.EXPERT, List.of("e")));
        assertThat(EDGES.expectedTopics(EDGES.checkpoints().get(0))).containsExactly("c", "a");
        assertThat(EDGES.expectedTopics(EDGES.checkpoints().get(1))).containsExactly("e", "a", "c");
    }

    @Test
    void aCheckpointTheRoadmapDoesNotHoldIsWorkedOutOnItsOwn() {
        var held = EDGES.checkpoints().get(0);
        var changed = new Roadmap.Checkpoint(held.id(), held.month(), held.title(), null,
                new Roadmap.Expectation(List.of("e"), List.of("two"), List.of(), null), null);
        assertThat(EDGES.expectedTopics(changed)).containsExactly("e");
    }

    @Test
    void aCopyWithOtherPhasesDerivesFromItsOwnPhases() {
        var onlyTwo = new Roadmap(EDGES.id(), EDGES.version(), EDGES.title(), EDGES.summary(), EDGES.levels(), EDGES.duration(),
                EDGES.weekly(), List.of(EDGES.phases().get(1)), EDGES.topics(), EDGES.projects(), List.of());
        assertThat(onlyTwo.requiredTopicIds("one")).isEmpty();
        assertThat(onlyTwo.requiredTopicIds("two")).containsExactly("e");
        assertThat(onlyTwo.topics()).isEqualTo(EDGES.topics());
    }
}
