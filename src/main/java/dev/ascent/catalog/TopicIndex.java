package dev.ascent.catalog;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A roadmap's topics in file order, also found by id in constant time. Pages look topics up by id
 * hundreds of times per view (every row, share and checkpoint); a scan per look-up was a tenth of the
 * dashboard's time. Immutable, and equal to any list with the same topics.
 */
final class TopicIndex extends AbstractList<Roadmap.Topic> implements RandomAccess {

    private final List<Roadmap.Topic> topics;
    private final Map<String, Roadmap.Topic> byId;

    private TopicIndex(List<Roadmap.Topic> topics) {
        this.topics = List.copyOf(topics);
        this.byId = new HashMap<>(topics.size() * 2);
        for (Roadmap.Topic topic : this.topics) {
            byId.putIfAbsent(topic.id(), topic);   // the first wins, as a scan would find it
        }
    }

    static TopicIndex of(List<Roadmap.Topic> topics) {
        return topics instanceof TopicIndex index ? index : new TopicIndex(topics);
    }

    Roadmap.Topic byId(String id) {
        return byId.get(id);
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
