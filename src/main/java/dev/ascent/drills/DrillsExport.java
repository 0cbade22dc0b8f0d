package dev.ascent.drills;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * The drills section of {@code ascent/export@1}: each play the account played to its end, enough to replay it (the
 * drill and its version, the seed, when the hidden faults started, the log) with its numbers and its debrief. Records
 * written for the file: renaming a column or a domain component cannot change it.
 */
public record DrillsExport(List<PlayRecord> plays) {

    public record PlayRecord(String drill, String title, int drillVersion, long seed, Map<String, Double> faultTimes, double speed,
                             double clockSeconds, String state, String startedAt, @Nullable String endedAt, @Nullable ResultRecord result,
                             List<EntryRecord> log, Map<String, String> debrief) {
    }

    public record ResultRecord(double firstFaultSecond, @Nullable Double firstAlertSecond, @Nullable Double detectedSecond,
                               @Nullable Double mitigatedSecond, long failed, long errorBudget, List<ActionRecord> actions) {

        static ResultRecord of(PlayResult r) {
            return new ResultRecord(r.firstFaultSecond(), r.firstAlertSecond(), r.detectedSecond(), r.mitigatedSecond(), r.failed(), r.errorBudget(),
                    r.actions().stream().map(a -> new ActionRecord(a.seq(), a.actionId(), a.title(), a.atSecond(), a.failedWith(), a.failedWithout(),
                            a.breachedWith(), a.breachedWithout())).toList());
        }

        PlayResult result() {
            return new PlayResult(firstFaultSecond, firstAlertSecond, detectedSecond, mitigatedSecond, failed, errorBudget,
                    actions == null ? List.of() : actions.stream().map(a -> new PlayResult.ActionEffect(a.seq(), a.action(), a.title(), a.atSecond(),
                            a.failedWith(), a.failedWithout(), a.breachedWith(), a.breachedWithout())).toList());
        }
    }

    public record ActionRecord(int seq, String action, String title, double atSecond, long failedWith, long failedWithout, int breachedWith,
                               int breachedWithout) {
    }

    public record EntryRecord(int seq, double atSecond, String kind, @Nullable String ref, @Nullable String detail) {
    }
}
