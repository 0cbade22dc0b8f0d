package dev.ascent.learning.progress;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import dev.ascent.learning.TopicProgress;
import dev.ascent.platform.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A topic's status or review changed at the version the learner read: one statement reads the
 * enrolment (proving it is theirs) with the topic's progress — or all of it, when the page needs the
 * journey to redraw — and one writes the change and returns it as stored. Nothing is read again.
 */
@Service
class TopicChanges {

    private static final String CHANGED_ELSEWHERE =
            "This topic was changed in another tab or device; here it is as it is now. Nothing you did was lost: make your change again.";

    private final ProgressStore store;
    private final Catalog catalog;
    private final Journeys journeys;

    TopicChanges(ProgressStore store, Catalog catalog, Journeys journeys) {
        this.store = store;
        this.catalog = catalog;
        this.journeys = journeys;
    }

    /** Changes one topic; {@code withJourney} also returns the journey after the change (for a page that redraws its panels). */
    @Transactional
    Outcome<TopicChange> change(UUID accountId, UUID enrollmentId, String topicId, int expectedVersion, UnaryOperator<TopicProgress> transition,
                                boolean withJourney) {
        var owned = withJourney ? store.enrollment(accountId, enrollmentId) : store.topic(accountId, enrollmentId, topicId);
        Optional<Roadmap> roadmap = owned.flatMap(o -> catalog.roadmap(o.enrollment().roadmapId()));
        if (owned.isEmpty() || roadmap.isEmpty() || roadmap.get().topic(topicId).isEmpty()) {
            return Outcome.notFound("There is no such topic in your roadmap.");
        }
        Map<String, TopicProgress> progress = owned.get().progress().stream()
                .collect(Collectors.toMap(TopicProgress::topicId, p -> p, (a, b) -> a, HashMap::new));
        TopicProgress current = progress.getOrDefault(topicId, TopicProgress.notStarted(topicId));
        if (current.version() != expectedVersion) {
            return Outcome.conflict(CHANGED_ELSEWHERE, answer(owned.get(), progress, current, withJourney));
        }
        Optional<TopicProgress> stored = store.save(enrollmentId, transition.apply(current), current.version());
        // written elsewhere between the read and the write: the one case that reads again, to show what won
        TopicProgress now = stored.orElseGet(() -> store.topic(accountId, enrollmentId, topicId)
                .flatMap(o -> o.progress().stream().findFirst()).orElse(TopicProgress.notStarted(topicId)));
        progress.put(topicId, now);
        TopicChange answer = answer(owned.get(), progress, now, withJourney);
        return stored.isPresent() ? Outcome.saved(answer)
                : Outcome.conflict("This topic was changed at the same moment elsewhere; here it is as it is now. Make your change again.", answer);
    }

    private TopicChange answer(ProgressStore.Owned owned, Map<String, TopicProgress> progress, TopicProgress topic, boolean withJourney) {
        return new TopicChange(topic, withJourney ? journeys.of(new ProgressStore.Owned(owned.enrollment(), List.copyOf(progress.values()))) : null);
    }
}
