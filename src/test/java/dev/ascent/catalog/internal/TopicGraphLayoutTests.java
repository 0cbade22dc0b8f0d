package dev.ascent.catalog.internal;

import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.TopicGraph;
import dev.ascent.catalog.format.RoadmapValidator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The ELK layered layout of the built-in roadmaps: prerequisites to the left, nothing overlapping. */
class TopicGraphLayoutTests {

    private static Roadmap builtIn(String id) throws IOException {
        Path file = Path.of("src/main/resources/roadmaps", id + ".yaml");
        return RoadmapValidator.validate(file.toString(), Files.readString(file)).roadmap();
    }

    @Test
    void placesEveryPrerequisiteLeftOfTheTopicThatNeedsIt() throws IOException {
        for (String id : new String[]{"backend-junior-to-senior", "backend-growth-map", "senior-judgment"}) {
            Roadmap roadmap = builtIn(id);
            TopicGraph graph = TopicGraphLayout.layout(roadmap);
            Map<String, TopicGraph.Node> nodes = graph.nodes().stream().collect(Collectors.toMap(TopicGraph.Node::id, Function.identity()));

            assertThat(graph.nodes()).as(id).hasSize(roadmap.topics().size());
            assertThat(graph.edges()).as(id).hasSize(roadmap.topics().stream().mapToInt(t -> t.requires().size()).sum());
            for (TopicGraph.Edge edge : graph.edges()) {
                assertThat(nodes.get(edge.from()).x() + nodes.get(edge.from()).width()).as(edge.toString()).isLessThan(nodes.get(edge.to()).x());
                assertThat(edge.path()).startsWith("M");
            }
        }
    }

    @Test
    void noTwoTopicBoxesOverlapAndAllFitInTheDrawing() throws IOException {
        TopicGraph graph = TopicGraphLayout.layout(builtIn("backend-growth-map"));

        for (TopicGraph.Node a : graph.nodes()) {
            assertThat(a.x() + a.width()).isLessThanOrEqualTo(graph.width());
            assertThat(a.y() + a.height()).isLessThanOrEqualTo(graph.height());
            for (TopicGraph.Node b : graph.nodes()) {
                if (a != b) {
                    boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                            || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                    assertThat(apart).as(a.id() + " and " + b.id()).isTrue();
                }
            }
        }
    }

    @Test
    void wrapsLongTitlesIntoTwoLinesWithAnEllipsis() {
        assertThat(TopicGraphLayout.wrap("Caching")).containsExactly("Caching");
        assertThat(TopicGraphLayout.wrap("Data structures and complexity analysis")).containsExactly("Data structures and", "complexity analysis");
        assertThat(TopicGraphLayout.wrap("Performance optimization: profiling and load testing under real traffic"))
                .hasSize(2).last().asString().endsWith("…");
        assertThat(TopicGraphLayout.wrap("Supercalifragilisticexpialidociousnessfulness")).first().asString().endsWith("…");
    }
}
