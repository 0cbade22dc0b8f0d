package dev.ascent.catalog;

import java.util.List;

/**
 * A roadmap's topics and their prerequisite edges, laid out left to right (prerequisites first)
 * and ready to draw as SVG. Coordinates are in pixels.
 */
public record TopicGraph(double width, double height, List<Node> nodes, List<Edge> edges) {

    public TopicGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A topic box with its title broken into at most two lines. {@code outside} marks a
     * prerequisite from another phase, drawn for context when the graph shows one phase.
     */
    public record Node(String id, String title, List<String> lines, Level level, TopicKind kind, String phaseId,
                       boolean outside, double x, double y, double width, double height) {
        public Node {
            lines = List.copyOf(lines);
        }
    }

    /** A prerequisite edge as an SVG path, drawn from the prerequisite to the topic that needs it. */
    public record Edge(String from, String to, String path) {
    }
}
