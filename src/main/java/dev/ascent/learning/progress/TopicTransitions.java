package dev.ascent.learning.progress;

import dev.ascent.learning.Proficiency;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.TopicStatus;

import java.time.LocalDate;

/** What changing a topic's status or proficiency does to its dates and reviews. */
public final class TopicTransitions {

    private TopicTransitions() {
    }

    public static TopicProgress withStatus(TopicProgress current, TopicStatus status, LocalDate today) {
        return switch (status) {
            case NOT_STARTED -> new TopicProgress(current.topicId(), status, current.proficiency(), false, null, null, null, null, current.version());
            case LEARNING -> new TopicProgress(current.topicId(), status, current.proficiency(), false,
                    current.startedOn() == null ? today : current.startedOn(), null, null, null, current.version());
            case DONE -> {
                var review = ReviewSchedule.first(today);
                Proficiency proficiency = current.proficiency().compareTo(Proficiency.WORKING) < 0 ? Proficiency.WORKING : current.proficiency();
                yield new TopicProgress(current.topicId(), status, proficiency, false,
                        current.startedOn() == null ? today : current.startedOn(), today, review.step(), review.due(), current.version());
            }
            case SKIPPED -> new TopicProgress(current.topicId(), status, current.proficiency(), false, current.startedOn(), null, null, null, current.version());
        };
    }

    /** A self-assessment rating: proficient or better counts as done "by assessment"; no review needed for what one already knows. */
    public static TopicProgress assessed(TopicProgress current, Proficiency proficiency, LocalDate today) {
        if (proficiency.mastered() && current.status() != TopicStatus.DONE) {
            return new TopicProgress(current.topicId(), TopicStatus.DONE, proficiency, true, current.startedOn(), today, null, null, current.version());
        }
        if (!proficiency.mastered() && current.byAssessment()) {
            return new TopicProgress(current.topicId(), TopicStatus.NOT_STARTED, proficiency, false, null, null, null, null, current.version());
        }
        return new TopicProgress(current.topicId(), current.status(), proficiency, current.byAssessment(), current.startedOn(),
                current.doneOn(), current.reviewStep(), current.reviewDue(), current.version());
    }

    public static TopicProgress reviewed(TopicProgress current, ReviewSchedule.Recall recall, LocalDate today) {
        var now = new ReviewSchedule.Review(current.reviewStep() == null ? 0 : current.reviewStep(), today);
        var next = ReviewSchedule.next(now, recall, today);
        return new TopicProgress(current.topicId(), current.status(), current.proficiency(), current.byAssessment(), current.startedOn(),
                current.doneOn(), next.step(), next.due(), current.version());
    }
}
