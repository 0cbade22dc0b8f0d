package dev.ascent.learning;

import dev.ascent.practice.ScenarioCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A completed decision scenario counts as practice, in time and progress, on the topics it exercises. */
@Component
class PracticeCredit {

    private final Learning learning;

    PracticeCredit(Learning learning) {
        this.learning = learning;
    }

    @ApplicationModuleListener
    void on(ScenarioCompleted completed) {
        // an event stored before scenarios carried their title names the scenario by its id
        String title = completed.scenarioTitle() == null ? completed.scenarioId() : completed.scenarioTitle();
        learning.creditPractice(completed.accountId(), completed.attemptId(), completed.scenarioId(), title, completed.topics(), completed.minutes(), completed.day());
    }
}
