package dev.ascent.learning.progress;

import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.learning.Proficiency;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.TopicStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
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

    /** Sets a topic's status at the version read; with {@code withJourney}, the answer carries the journey after it, for a page to redraw. */
    public TopicChange setStatus(UUID accountId, UUID enrollmentId, String topicId, TopicStatus status, int expectedVersion, boolean withJourney) {
        return changes.change(accountId, enrollmentId, topicId, expectedVersion,
                current -> TopicTransitions.withStatus(current, status, learning.today()), withJourney);
    }

    public TopicChange setStatus(UUID accountId, UUID enrollmentId, String topicId, TopicStatus status, int expectedVersion) {
        return setStatus(accountId, enrollmentId, topicId, status, expectedVersion, false);
    }

    /** Records how well a done topic was recalled, at the version read; {@code withJourney} as for {@link #setStatus}. */
    public TopicChange review(UUID accountId, UUID enrollmentId, String topicId, ReviewSchedule.Recall recall, int expectedVersion,
                              boolean withJourney) {
        return changes.change(accountId, enrollmentId, topicId, expectedVersion,
                current -> TopicTransitions.reviewed(current, recall, learning.today()), withJourney);
    }

    public TopicChange review(UUID accountId, UUID enrollmentId, String topicId, ReviewSchedule.Recall recall, int expectedVersion) {
        return review(accountId, enrollmentId, topicId, recall, expectedVersion, false);
    }

    /** Saves a self-assessment: each rated topic's proficiency; proficient or better marks it done "by assessment". */
    @Transactional
    public int assess(UUID accountId, UUID enrollmentId, Map<String, Proficiency> ratings) {
        Journey journey = learning.journey(accountId, enrollmentId).orElseThrow();
        int saved = 0;
        for (var rating : ratings.entrySet()) {
            if (journey.roadmap().topic(rating.getKey()).isEmpty()) {
                continue;
            }
            TopicProgress current = current(enrollmentId, rating.getKey());
            if (store.save(enrollmentId, TopicTransitions.assessed(current, rating.getValue(), learning.today()), current.version()).isPresent()) {
                saved++;
            }
        }
        return saved;
    }

    /** A topic's progress as stored, or not started. */
    public TopicProgress current(UUID enrollmentId, String topicId) {
        return store.progress(enrollmentId, topicId).orElse(TopicProgress.notStarted(topicId));
    }
}
