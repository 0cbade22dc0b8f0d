package dev.ascent.learning.progress;

import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.TopicStatus;
import dev.ascent.platform.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/** A topic's progress: its status, the reviews of what is done, and self-assessment of how well each topic is known. */
@Service
public class Progress {

    private final TopicChanges changes;
    private final ProgressStore store;
    private final Learning learning;

    Progress(TopicChanges changes, ProgressStore store, Learning learning) {
        this.changes = changes;
        this.store = store;
        this.learning = learning;
    }

    /**
     * Sets a topic's status at the version read (-1 when never stored): the topic as saved, or as it is now
     * when another tab changed it first. With {@code withJourney}, the answer carries the journey after it, for a page to redraw.
     */
    public Outcome<TopicChange> setStatus(UUID accountId, UUID enrollmentId, String topicId, @Nullable TopicStatus status, int expectedVersion,
                                          boolean withJourney) {
        if (status == null) {
            return Outcome.invalid("status", "Choose NOT_STARTED, LEARNING, DONE or SKIPPED.");
        }
        return changes.change(accountId, enrollmentId, topicId, expectedVersion,
                current -> TopicTransitions.withStatus(current, status, learning.today()), withJourney);
    }

    /** Records how well a done topic was recalled, at the version read; {@code withJourney} as for {@link #setStatus}. */
    public Outcome<TopicChange> review(UUID accountId, UUID enrollmentId, String topicId, ReviewSchedule.@Nullable Recall recall,
                                       int expectedVersion, boolean withJourney) {
        if (recall == null) {
            return Outcome.invalid("recall", "Choose FORGOT, HARD, GOOD or EASY.");
        }
        return changes.change(accountId, enrollmentId, topicId, expectedVersion,
                current -> TopicTransitions.reviewed(current, recall, learning.today()), withJourney);
    }

    /** Saves a self-assessment: each rated topic's proficiency; proficient or better marks it done "by assessment". Answers how many were saved. */
    @Transactional
    public Outcome<Integer> assess(UUID accountId, UUID enrollmentId, Assessment assessment) {
        Optional<Journey> journey = learning.journey(accountId, enrollmentId);
        if (journey.isEmpty()) {
            return Outcome.notFound("You have no roadmap with this address.");
        }
        int saved = 0;
        for (var rating : assessment.ratingsOrNone().entrySet()) {
            if (rating.getValue() == null || journey.get().roadmap().topic(rating.getKey()).isEmpty()) {
                continue;
            }
            TopicProgress current = current(enrollmentId, rating.getKey());
            if (store.save(enrollmentId, TopicTransitions.assessed(current, rating.getValue(), learning.today()), current.version()).isPresent()) {
                saved++;
            }
        }
        return Outcome.saved(saved);
    }

    /** A topic's progress as stored, or not started. */
    public TopicProgress current(UUID enrollmentId, String topicId) {
        return store.progress(enrollmentId, topicId).orElse(TopicProgress.notStarted(topicId));
    }
}
