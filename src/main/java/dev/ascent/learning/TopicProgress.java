package dev.ascent.learning;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** One learner's progress on one topic. {@code version} guards against lost updates from two tabs. */
public record TopicProgress(String topicId, TopicStatus status, Proficiency proficiency, boolean byAssessment,
                            @Nullable LocalDate startedOn, @Nullable LocalDate doneOn, @Nullable Integer reviewStep,
                            @Nullable LocalDate reviewDue, int version) {

    public static TopicProgress notStarted(String topicId) {
        return new TopicProgress(topicId, TopicStatus.NOT_STARTED, Proficiency.NONE, false, null, null, null, null, -1);
    }

    /** Not yet stored: the first change inserts the row. */
    public boolean isNew() {
        return version < 0;
    }
}
