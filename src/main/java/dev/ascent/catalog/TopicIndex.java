package dev.ascent.catalog;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * A roadmap's topics in file order, also found by id in constant time, with what every progress view derives from
 * the roadmap alone worked out once: the required topics overall, per phase and per level, and the topics each
 * checkpoint expects. Pages look these up hundreds of times per view (every row, share and checkpoint; a lead's
 * overview once per member); a scan per look-up was a tenth of the dashboard's time. Made anew with each roadmap
 * (its phases and checkpoints are part of it), immutable, and equal to any list with the same topics.
 */
final class TopicIndex extends AbstractList<Roadmap.Topic> implements RandomAccess {

    private final List<Roadmap.Topic> topics;
    private final Map<String, Roadmap.Topic> byId;
    private final List<String> required;
    private final Map<String, List<String>> requiredByPhase;
    private final Map<Level, List<String>> requiredByLevel;
    private final Map<String, Expected> expectedByCheckpoint;

    private record Expected(Roadmap.Checkpoint checkpoint, Set<String> topics) {
    }

    TopicIndex(List<Roadmap.Topic> topics, List<Roadmap.Phase> phases, List<Roadmap.Checkpoint> checkpoints) {
        this.topics = List.copyOf(topics);
        this.byId = new HashMap<>(topics.size() * 2);
        for (Roadmap.Topic topic : this.topics) {
            byId.putIfAbsent(topic.id(), topic);   // the first wins, as a scan would find it
        }
        this.required = requiredAmong(this.topics.stream().map(Roadmap.Topic::id).toList());
        Map<String, List<String>> byPhase = new HashMap<>();
        for (Roadmap.Phase phase : phases) {
            byPhase.putIfAbsent(phase.id(), requiredAmong(phase.topicIds()));   // the first wins, as Roadmap.phase finds it
        }
        this.requiredByPhase = Map.copyOf(byPhase);
        Map<Level, List<String>> byLevel = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            List<String> ids = this.topics.stream().filter(t -> t.level() == level).map(Roadmap.Topic::id).toList();
            if (!ids.isEmpty()) {
                byLevel.put(level, requiredAmong(ids));
            }
        }
        this.requiredByLevel = byLevel;
        Map<String, Expected> expected = new HashMap<>();
        for (Roadmap.Checkpoint checkpoint : checkpoints) {
            expected.putIfAbsent(checkpoint.id(), new Expected(checkpoint, expected(checkpoint, byPhase)));
        }
        this.expectedByCheckpoint = Map.copyOf(expected);
    }

    /** The ids whose topic exists and is not optional, in the given order (repeats kept). */
    private List<String> requiredAmong(List<String> ids) {
        List<String> kept = new ArrayList<>(ids.size());
        for (String id : ids) {
            Roadmap.Topic topic = byId.get(id);
            if (topic != null && !topic.optional()) {
                kept.add(id);
            }
        }
        return List.copyOf(kept);
    }

    /** Listed topics plus the required topics of listed phases, in that order, each once. */
    private static Set<String> expected(Roadmap.Checkpoint checkpoint, Map<String, List<String>> requiredByPhase) {
        Set<String> ids = new LinkedHashSet<>(checkpoint.expects().topics());
        for (String phaseId : checkpoint.expects().phases()) {
            ids.addAll(requiredByPhase.getOrDefault(phaseId, List.of()));
        }
        return java.util.Collections.unmodifiableSet(ids);
    }

    Roadmap.Topic byId(String id) {
        return byId.get(id);
    }

    List<String> required() {
        return required;
    }

    List<String> required(String phaseId) {
        return requiredByPhase.getOrDefault(phaseId, List.of());
    }

    Map<Level, List<String>> requiredByLevel() {
        return requiredByLevel;
    }

    Set<String> expected(Roadmap.Checkpoint checkpoint) {
        Expected kept = expectedByCheckpoint.get(checkpoint.id());
        return kept != null && (kept.checkpoint() == checkpoint || kept.checkpoint().equals(checkpoint)) ? kept.topics()
                : expected(checkpoint, requiredByPhase);   // a checkpoint this roadmap does not hold: worked out now
    }

    @Override
    public Roadmap.Topic get(int index) {
        return topics.get(index);
    }

    @Override
    public int size() {
        return topics.size();
    }
}
