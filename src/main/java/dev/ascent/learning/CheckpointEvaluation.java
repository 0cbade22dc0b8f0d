package dev.ascent.learning;

import dev.ascent.catalog.Roadmap;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Judges a checkpoint from real progress. It expects its listed topics, every required topic of
 * its listed phases and its projects; a share of them must be done (topics) or submitted
 * (projects) by the checkpoint's date, counted in months from the learner's start.
 * <ul>
 *   <li>met: enough is done, on the day the last needed item was finished;</li>
 *   <li>missed: the date has passed without that;</li>
 *   <li>upcoming: less than a fifth of the time to it has passed, too early to judge;</li>
 *   <li>on track or at risk: whether the share done keeps up with the share of time gone,
 *   allowing ten points of slack.</li>
 * </ul>
 */
public final class CheckpointEvaluation {

    static final double SLACK = 0.10;
    static final double TOO_EARLY = 0.20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private CheckpointEvaluation() {
    }

    public static CheckpointState evaluate(Roadmap roadmap, Roadmap.Checkpoint checkpoint, LocalDate start, LocalDate today,
                                           Map<String, LocalDate> topicsDone, Map<String, LocalDate> projectsSubmitted) {
        Set<String> topics = roadmap.expectedTopics(checkpoint);
        List<String> projects = checkpoint.expects().projects();
        int expected = topics.size() + projects.size();
        int required = Math.max(1, (int) Math.ceil(checkpoint.expects().requiredShare() * expected - 1e-9));
        LocalDate due = start.plusMonths(checkpoint.month());

        // one pass over what is expected (a lead's overview does this for every member)
        List<LocalDate> finished = new ArrayList<>();
        for (String topic : topics) {
            LocalDate day = topicsDone.get(topic);
            if (day != null) {
                finished.add(day);
            }
        }
        int topicsFinished = finished.size();
        for (String project : projects) {
            LocalDate day = projectsSubmitted.get(project);
            if (day != null) {
                finished.add(day);
            }
        }
        int projectsMissing = projects.size() - (finished.size() - topicsFinished);
        finished.sort(Comparator.naturalOrder());
        int done = finished.size();

        String counts = counts(topicsFinished, topics.size(), projectsMissing, projects.size());
        if (expected > 0 && done >= required) {
            LocalDate metOn = finished.get(required - 1);
            return new CheckpointState(checkpoint.id(), checkpoint.title(), checkpoint.month(), due, CheckpointState.Status.MET,
                    done, required, expected, "Met on " + DAY.format(metOn) + ": " + counts + ".", metOn);
        }
        if (today.isAfter(due)) {
            return new CheckpointState(checkpoint.id(), checkpoint.title(), checkpoint.month(), due, CheckpointState.Status.MISSED,
                    done, required, expected, "Missed on " + DAY.format(due) + ": " + counts + "; " + required + " of " + expected + " were needed.", null);
        }
        double timeGone = share(ChronoUnit.DAYS.between(start, today), ChronoUnit.DAYS.between(start, due));
        double workDone = (double) done / required;
        CheckpointState.Status status = timeGone < TOO_EARLY && workDone < timeGone + SLACK
                ? CheckpointState.Status.UPCOMING
                : workDone + SLACK >= timeGone ? CheckpointState.Status.ON_TRACK : CheckpointState.Status.AT_RISK;
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        String reason = capitalise(counts) + "; " + required + " of " + expected + " needed by " + DAY.format(due) + " (" + daysLeft + " days left).";
        return new CheckpointState(checkpoint.id(), checkpoint.title(), checkpoint.month(), due, status, done, required, expected, reason, null);
    }

    // texts by concatenation, not String.format: a lead's overview evaluates every checkpoint of every member, and a
    // Formatter parses its pattern on each call (and would print the default locale's digits)
    private static String counts(int topicsDone, int topics, int projectsMissing, int projects) {
        List<String> parts = new ArrayList<>();
        if (topics > 0) {
            parts.add(topicsDone + " of " + topics + " expected topic" + (topics == 1 ? "" : "s") + " done");
        }
        if (projects > 0) {
            parts.add(projectsMissing == 0 ? "every project submitted"
                    : projectsMissing + " project" + (projectsMissing == 1 ? "" : "s") + " missing");
        }
        return parts.isEmpty() ? "nothing expected" : String.join("; ", parts);
    }

    private static double share(long part, long whole) {
        return whole <= 0 ? 1.0 : Math.max(0, Math.min(1, (double) part / whole));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
