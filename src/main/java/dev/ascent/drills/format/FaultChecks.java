package dev.ascent.drills.format;

import dev.ascent.lab.engine.Call;
import dev.ascent.lab.engine.Component;
import dev.ascent.lab.engine.SystemModel;
import dev.ascent.platform.Suggestions;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * References into the drill's lab model, in the lab's own words: a component exists and is of a kind that suits what
 * names it, a call is one the model makes, a fault's fields fit its kind. Without a model (an unknown id, reported
 * once) nothing here is checked.
 */
final class FaultChecks {

    private static final Set<String> SLOWABLE = Set.of("service", "cache", "database", "queue", "external");

    private final @Nullable SystemModel model;
    private final BiConsumer<String, String> report;
    private final Map<String, Component> components = new LinkedHashMap<>();

    FaultChecks(@Nullable SystemModel model, BiConsumer<String, String> report) {
        this.model = model;
        this.report = report;
        if (model != null) {
            model.components().forEach(c -> components.put(c.id(), c));
        }
    }

    /** A fault of an {@code ascent/system@1} kind: its component(s) exist and suit the kind. */
    void check(String pointer, JsonNode fault) {
        for (String key : List.of("for", "pause")) {
            Double seconds = Times.seconds(fault.path(key));
            if (seconds != null && seconds == 0) {
                report.accept(pointer + "/" + key, "must be longer than zero: a fault that lasts no time changes nothing");
            }
        }
        String kind = Times.text(fault.path("kind"));
        if (kind == null || model == null) {
            return;
        }
        String component = Times.text(fault.path("component"));
        switch (kind) {
            case "kill-replicas" -> {
                if (component(pointer + "/component", component, Set.of("service"), "a kill-replicas fault")
                        && components.get(component) instanceof Component.Service service) {
                    Integer count = Times.whole(fault.path("count"));
                    int most = service.autoscaling() == null ? service.replicas() : Math.max(service.replicas(), service.autoscaling().max());
                    if (count != null && count > most) {
                        report.accept(pointer + "/count", "'%s' never has more than %d replica%s; it cannot lose %d"
                                .formatted(component, most, most == 1 ? "" : "s", count));
                    }
                }
            }
            case "failover" -> component(pointer + "/component", component, Set.of("database"), "a failover");
            case "cache-flush" -> component(pointer + "/component", component, Set.of("cache"), "a cache flush");
            case "slow", "error-burst" -> component(pointer + "/component", component, SLOWABLE, "a %s fault".formatted(kind));
            case "partition" -> {
                String from = Times.text(fault.path("from"));
                String to = Times.text(fault.path("to"));
                if (from != null && from.equals(to)) {
                    report.accept(pointer + "/to", "a partition is between two different components, not '%s' and itself".formatted(to));
                } else {
                    edge(pointer + "/from", pointer + "/to", from, to, "a partition between them would change nothing");
                }
            }
            default -> {
            }
        }
    }

    /** A component the model has, of one of {@code kinds} (any, when empty); true when it is. */
    boolean component(String pointer, @Nullable String id, Set<String> kinds, String what) {
        if (id == null || model == null) {
            return false;
        }
        Component target = components.get(id);
        if (target == null) {
            report.accept(pointer, "the model '%s' has no component '%s'%s".formatted(model.id(), id,
                    Suggestions.closest(id, components.keySet()).map("; did you mean '%s'?"::formatted).orElse("")));
            return false;
        }
        if (!kinds.isEmpty() && !kinds.contains(DrillRules.kind(target))) {
            String kind = DrillRules.kind(target);
            report.accept(pointer, "'%s' is %s %s; %s needs %s".formatted(id, kind.startsWith("e") ? "an" : "a", kind, what, kinds.size() == 1
                    ? "a " + kinds.iterator().next() : "a service, cache, database, queue or external dependency"));
            return false;
        }
        return true;
    }

    /** The {@code call} of an effect: a call the model makes from one component to the other. */
    void call(String pointer, @Nullable String from, @Nullable String to) {
        edge(pointer + "/from", pointer + "/to", from, to, "there is no call to change");
    }

    private void edge(String fromPointer, String toPointer, @Nullable String from, @Nullable String to, String otherwise) {
        boolean known = component(fromPointer, from, Set.of(), "a call");
        known &= component(toPointer, to, Set.of(), "a call");
        if (known && !targets(components.get(from)).contains(to)) {
            report.accept(toPointer, "'%s' never calls '%s'%s; %s".formatted(from, to, targets(components.get(from)).isEmpty() ? ""
                    : " (it calls " + String.join(", ", targets(components.get(from)).stream().map(t -> "'" + t + "'").toList()) + ")", otherwise));
        }
    }

    /** The components a component calls (a load balancer's targets are not calls an action can change). */
    private static List<String> targets(Component component) {
        List<Call> calls = switch (component) {
            case Component.Service s -> s.calls();
            case Component.Queue q -> q.calls();
            case Component.Cache c -> List.of(c.onMiss());
            default -> List.of();
        };
        List<String> targets = new ArrayList<>();
        calls.forEach(c -> {
            if (!targets.contains(c.target())) {
                targets.add(c.target());
            }
        });
        return targets;
    }
}
