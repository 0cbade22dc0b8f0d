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
     * One action taken at {@code atSecond}, against the same play without it (everything else the same) up to the end:
     * the requests that failed, and the seconds the SLO was breached from when it applied, with it and without it.
     */
    public record ActionEffect(int seq, String actionId, String title, double atSecond, long failedWith, long failedWithout,
                               int breachedWith, int breachedWithout) {

        public long difference() {
            return failedWith - failedWithout;
        }

        /** Seconds out of the SLO it added (above 0) or saved (below 0). */
        public int breachDifference() {
            return breachedWith - breachedWithout;
        }

        /** Worse by more than noise: ten more seconds out of the SLO, or more failures than a few. */
        public boolean madeWorse() {
            return breachDifference() > 10 || difference() > Math.max(20, failedWithout / 50);
        }

        public boolean helped() {
            return !madeWorse() && (breachDifference() < -10 || -difference() > Math.max(20, failedWith / 50));
        }
    }
}
