package dev.ascent.learning.time;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.TopicKind;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Learning;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.TopicStatus;
import dev.ascent.learning.progress.Progress;
import dev.ascent.learning.progress.ProgressStore;
import dev.ascent.learning.progress.TopicTransitions;
import dev.ascent.lab.LabRunFinished;
import dev.ascent.practice.ScenarioCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A completed decision scenario or a lab run counts as practice, in time and progress, on the topics it exercises. */
@Component
public class PracticeCredit {

    private final Learning learning;
    private final Progress progress;
    private final ProgressStore progressStore;
    private final TimeStore time;
    private final Catalog catalog;

    PracticeCredit(Learning learning, Progress progress, ProgressStore progressStore, TimeStore time, Catalog catalog) {
        this.learning = learning;
        this.progress = progress;
        this.progressStore = progressStore;
        this.time = time;
        this.catalog = catalog;
    }

    @ApplicationModuleListener
    void on(ScenarioCompleted completed) {
        // an event stored before scenarios carried their title names the scenario by its id
        String title = completed.scenarioTitle() == null ? completed.scenarioId() : completed.scenarioTitle();
        credit(completed.accountId(), completed.attemptId(), completed.scenarioId(), title, completed.topics(), completed.minutes(), completed.day());
    }

    /** Time spent on a lab run counts as practice on the model's topics, once per run. */
    @ApplicationModuleListener
    void on(LabRunFinished run) {
        credit(run.accountId(), run.runId(), "lab:" + run.modelId(), run.modelTitle(), run.topics(), run.minutes(), run.day());
    }

    /**
     * Credits practice done elsewhere (a decision scenario) to the topics it exercised, in the
     * roadmaps the account follows: the minutes are shared between those topics and logged as
     * practice, marked as credited by the scenario, and a topic not started yet becomes one being learned. Topics of roadmaps the
     * account does not follow are left alone; a day never goes past 24 hours. Once per attempt: the event that
     * brings it may be delivered again after a crash, and a second delivery credits nothing.
     */
    @Transactional
    public int credit(UUID accountId, UUID attemptId, String scenarioId, String scenarioTitle, List<String> topicRefs, int minutes, LocalDate day) {
        record Credit(Enrollment enrollment, String topicId) {
        }
        List<Credit> credits = new ArrayList<>();
        for (String ref : topicRefs) {
            int slash = ref.indexOf('/');
            if (slash < 0) {
                continue;
            }
            String roadmapId = ref.substring(0, slash);
            String topicId = ref.substring(slash + 1);
            learning.enrollmentFor(accountId, roadmapId)
                    .filter(e -> catalog.roadmap(roadmapId).flatMap(r -> r.topic(topicId)).isPresent())
                    .ifPresent(e -> credits.add(new Credit(e, topicId)));
        }
        if (credits.isEmpty() || minutes < 1 || !time.claimCredit(accountId, attemptId)) {
            return 0;
        }
        // the minutes are shared so they add up to the time spent: 25 over 2 topics is 13 and 12, not 12 and 12
        for (int i = 0; i < credits.size(); i++) {
            Credit credit = credits.get(i);
            int share = Math.max(1, minutes / credits.size() + (i < minutes % credits.size() ? 1 : 0));
            UUID enrollmentId = credit.enrollment().id();
            if (time.minutesOn(enrollmentId, day) + share <= TimeEntry.MAX_MINUTES_A_DAY) {
                time.logTime(enrollmentId, credit.topicId(), day, share, TopicKind.PRACTICE, scenarioId, scenarioTitle);
            }
            TopicProgress current = progress.current(enrollmentId, credit.topicId());
            if (current.status() == TopicStatus.NOT_STARTED) {
                progressStore.save(enrollmentId, TopicTransitions.withStatus(current, TopicStatus.LEARNING, day), current.version());
            }
        }
        return credits.size();
    }
}
