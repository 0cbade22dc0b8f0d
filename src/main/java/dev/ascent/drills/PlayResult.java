package dev.ascent.drills;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * How a play went, in numbers: kept when it ends, for the debrief and the history.
 *
 * @param firstFaultSecond    when the first hidden fault started
 * @param firstAlertSecond    when the first alert fired, or null if none did
 * @param detectedSecond      when the on-call first acknowledged an alert or acted, or null
 * @param mitigatedSecond     the first second of the stretch in which the SLO held long enough, or null
 * @param failed              requests that failed during the play
 * @param errorBudget         the drill's budget of failed requests
 * @param actions             each action taken, with what it changed against the same play without it
 */
public record PlayResult(double firstFaultSecond, @Nullable Double firstAlertSecond, @Nullable Double detectedSecond,
                         @Nullable Double mitigatedSecond, long failed, long errorBudget, List<ActionEffect> actions) {

    public PlayResult {
        actions = List.copyOf(actions);
    }

    /** Seconds from the first fault to detection; 0 when the on-call was there first. */
    public @Nullable Double timeToDetect() {
        return detectedSecond == null ? null : Math.max(0, detectedSecond - firstFaultSecond);
    }

    public @Nullable Double timeToMitigate() {
        return mitigatedSecond == null ? null : Math.max(0, mitigatedSecond - firstFaultSecond);
    }

    /** Share of the error budget spent, 0–∞ (above 1: overspent). */
    public double budgetSpent() {
        return errorBudget <= 0 ? 0 : (double) failed / errorBudget;
    }

    public List<ActionEffect> worse() {
        return actions.stream().filter(ActionEffect::madeWorse).toList();
    }

    /**
     * One action taken at {@code atSecond}: {@code failedWithout} is how many requests would have failed by the end of the
     * play had it not been taken (everything else the same), so {@code failed - failedWithout} is what it cost (above 0) or
     * saved (below 0).
     */
    public record ActionEffect(int seq, String actionId, String title, double atSecond, long failedWith, long failedWithout) {

        public long difference() {
            return failedWith - failedWithout;
        }

        /** Worse by more than a few requests: noise from a changed draw order is not blame. */
        public boolean madeWorse() {
            return difference() > Math.max(20, failedWithout / 50);
        }

        public boolean helped() {
            return -difference() > Math.max(20, failedWith / 50);
        }
    }
}
