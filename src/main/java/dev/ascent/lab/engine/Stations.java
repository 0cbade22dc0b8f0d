package dev.ascent.lab.engine;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.List;
import java.util.Map;

/** Builds the runtime of each component and its calls. */
final class Stations {

    private Stations() {
    }

    static Station build(int index, Component component, List<SystemModel.RequestType> types, UniformRandomProvider rng) {
        return switch (component) {
            case Component.Service s -> new ServiceStation(index, s, types, rng);
            case Component.Database d -> new DatabaseStation(index, d, rng);
            case Component.Queue q -> new BrokerStation(index, q, rng);
            case Component.Cache c -> new CacheStation(index, c, rng);
            case Component.External e -> new ExternalStation(index, e, rng);
            case Component.LoadBalancer b -> new BalancerStation(index, b, rng);
        };
    }

    static Edge[] edges(Component component, Map<String, Integer> indexOf) {
        return switch (component) {
            case Component.Service s -> edges(s.id(), s.calls(), indexOf);
            case Component.Queue q -> edges(q.id(), q.calls(), indexOf);
            case Component.Cache c -> edges(c.id(), List.of(c.onMiss()), indexOf);
            case Component.LoadBalancer b -> {
                Edge[] edges = new Edge[b.targets().size()];
                for (int i = 0; i < edges.length; i++) {
                    edges[i] = new Edge(index(b.id(), b.targets().get(i), indexOf), Call.Mode.SYNC, 1.0, Resilience.NONE);
                }
                yield edges;
            }
            case Component.Database d -> new Edge[0];
            case Component.External e -> new Edge[0];
        };
    }

    private static Edge[] edges(String from, List<Call> calls, Map<String, Integer> indexOf) {
        Edge[] edges = new Edge[calls.size()];
        for (int i = 0; i < edges.length; i++) {
            Call call = calls.get(i);
            edges[i] = new Edge(index(from, call.target(), indexOf), call.mode(), call.probability(), call.resilience());
        }
        return edges;
    }

    private static int index(String from, String target, Map<String, Integer> indexOf) {
        Integer i = indexOf.get(target);
        if (i == null) {
            throw new IllegalArgumentException(from + " calls unknown component " + target);
        }
        return i;
    }
}
