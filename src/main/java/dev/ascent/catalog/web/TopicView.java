package dev.ascent.catalog.web;

import dev.ascent.catalog.Roadmap;

import java.util.List;
import java.util.Optional;

/** A topic with its place in the roadmap: phase, group, prerequisites and what builds on it. Public for the jte templates (catalog/topicDetail). */
public record TopicView(String roadmapId, Roadmap.Topic topic, Ref phase, Ref group, List<Ref> requires, List<Ref> neededBy,
                 List<Ref> projects) {

    public record Ref(String id, String title) {
    }

    static Optional<TopicView> of(Roadmap roadmap, String topicId) {
        return roadmap.topic(topicId).map(topic -> {
            Roadmap.Phase phase = roadmap.phaseOf(topicId).orElseThrow();
            Roadmap.Group group = phase.groups().stream().filter(g -> g.topics().contains(topicId)).findFirst().orElseThrow();
            List<Ref> requires = topic.requires().stream()
                    .map(id -> roadmap.topic(id).map(t -> new Ref(t.id(), t.title())).orElseThrow())
                    .toList();
            List<Ref> neededBy = roadmap.topics().stream()
                    .filter(t -> t.requires().contains(topicId))
                    .map(t -> new Ref(t.id(), t.title()))
                    .toList();
            List<Ref> projects = roadmap.projects().stream()
                    .filter(p -> p.requires().contains(topicId))
                    .map(p -> new Ref(p.id(), p.title()))
                    .toList();
            return new TopicView(roadmap.id(), topic, new Ref(phase.id(), phase.title()), new Ref(group.id(), group.title()),
                    requires, neededBy, projects);
        });
    }
}
