package dev.ascent.catalog;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A phase's groups, holding the phase's topic ids in order as well: the dashboard, the plan and a lead's overview ask
 * for them per phase on every view. Immutable, and equal to any list with the same groups.
 */
final class PhaseGroups extends AbstractList<Roadmap.Group> implements RandomAccess {

    private final List<Roadmap.Group> groups;
    private final List<String> topicIds;

    private PhaseGroups(List<Roadmap.Group> groups) {
        this.groups = List.copyOf(groups);
        this.topicIds = this.groups.stream().flatMap(g -> g.topics().stream()).toList();
    }

    static PhaseGroups of(List<Roadmap.Group> groups) {
        return groups instanceof PhaseGroups kept ? kept : new PhaseGroups(groups);
    }

    List<String> topicIds() {
        return topicIds;
    }

    @Override
    public Roadmap.Group get(int index) {
        return groups.get(index);
    }

    @Override
    public int size() {
        return groups.size();
    }
}
