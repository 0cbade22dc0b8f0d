package dev.ascent.catalog.internal;

import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.TopicGraph;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out a roadmap's prerequisite graph with ELK's layered (Sugiyama) algorithm: layers run
 * left to right from prerequisites to what builds on them, edges are routed orthogonally.
 * Plain Java; the caller caches the result per roadmap version.
 */
public final class TopicGraphLayout {

    static final double NODE_WIDTH = 212;
    static final double LINE_HEIGHT = 16;
    static final double PADDING = 11;
    static final int LINE_CHARS = 24;
    private static final double MARGIN = 16;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private TopicGraphLayout() {
    }

    public static TopicGraph layout(Roadmap roadmap) {
        return layout(roadmap, roadmap.topics(), java.util.Set.of());
    }

    /** A phase's topics and, as outside nodes, the prerequisites they need from other phases. */
    public static TopicGraph layout(Roadmap roadmap, Roadmap.Phase phase) {
        java.util.Set<String> inside = new java.util.HashSet<>(phase.topicIds());
        java.util.Set<String> outside = new java.util.LinkedHashSet<>();
        roadmap.topics().stream()
                .filter(t -> inside.contains(t.id()))
                .flatMap(t -> t.requires().stream())
                .filter(required -> !inside.contains(required))
                .forEach(outside::add);
        List<Roadmap.Topic> shown = roadmap.topics().stream()
                .filter(t -> inside.contains(t.id()) || outside.contains(t.id()))
                .toList();
        return layout(roadmap, shown, outside);
    }

    private static TopicGraph layout(Roadmap roadmap, List<Roadmap.Topic> topics, java.util.Set<String> outside) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        graph.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 28.0);
        graph.setProperty(LayeredOptions.ASPECT_RATIO, 1.6);
        graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, true);
        graph.setProperty(CoreOptions.RANDOM_SEED, 1);

        Map<String, ElkNode> boxes = new HashMap<>();
        Map<String, List<String>> lines = new HashMap<>();
        for (Roadmap.Topic topic : topics) {
            ElkNode box = ElkGraphUtil.createNode(graph);
            box.setIdentifier(topic.id());
            List<String> text = wrap(topic.title());
            box.setDimensions(NODE_WIDTH, PADDING * 2 + LINE_HEIGHT * text.size());
            boxes.put(topic.id(), box);
            lines.put(topic.id(), text);
        }
        Map<ElkEdge, String[]> ends = new HashMap<>();
        for (Roadmap.Topic topic : topics) {
            if (outside.contains(topic.id())) {
                continue; // context only: what an outside node needs is not part of this phase
            }
            for (String prerequisite : topic.requires()) {
                ElkNode from = boxes.get(prerequisite);
                if (from != null) {
                    ends.put(ElkGraphUtil.createSimpleEdge(from, boxes.get(topic.id())), new String[]{prerequisite, topic.id()});
                }
            }
        }

        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        List<TopicGraph.Node> nodes = new ArrayList<>();
        for (Roadmap.Topic topic : topics) {
            ElkNode box = boxes.get(topic.id());
            String phase = roadmap.phaseOf(topic.id()).map(Roadmap.Phase::id).orElse("");
            nodes.add(new TopicGraph.Node(topic.id(), topic.title(), lines.get(topic.id()), topic.level(), topic.kind(), phase,
                    outside.contains(topic.id()), round(box.getX() + MARGIN), round(box.getY() + MARGIN), box.getWidth(), box.getHeight()));
        }
        List<TopicGraph.Edge> edges = new ArrayList<>();
        ends.forEach((edge, pair) -> {
            if (!edge.getSections().isEmpty()) {
                edges.add(new TopicGraph.Edge(pair[0], pair[1], path(edge.getSections().getFirst())));
            }
        });
        edges.sort(java.util.Comparator.comparing(TopicGraph.Edge::from).thenComparing(TopicGraph.Edge::to));
        return new TopicGraph(round(graph.getWidth() + MARGIN * 2), round(graph.getHeight() + MARGIN * 2), nodes, edges);
    }

    private static String path(ElkEdgeSection section) {
        StringBuilder d = new StringBuilder("M").append(point(section.getStartX(), section.getStartY()));
        section.getBendPoints().forEach(bend -> d.append(" L").append(point(bend.getX(), bend.getY())));
        return d.append(" L").append(point(section.getEndX(), section.getEndY())).toString();
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f %.1f", x + MARGIN, y + MARGIN);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Breaks a title into at most two lines at word boundaries, with an ellipsis when it is longer. */
    static List<String> wrap(String title) {
        List<String> result = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = title.split("\\s+");
        int i = 0;
        for (; i < words.length; i++) {
            String word = words[i];
            if (line.isEmpty()) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= LINE_CHARS) {
                line.append(' ').append(word);
            } else {
                result.add(line.toString());
                line = new StringBuilder(word);
                if (result.size() == 2) {
                    break;
                }
            }
        }
        if (result.size() < 2) {
            result.add(line.toString());
        } else {
            String last = result.get(1);
            result.set(1, (last.length() > LINE_CHARS - 1 ? last.substring(0, LINE_CHARS - 1) : last) + "…");
        }
        return result.stream().map(l -> l.length() > LINE_CHARS + 2 ? l.substring(0, LINE_CHARS) + "…" : l).toList();
    }
}
