package dev.ascent.learning.progress;

import java.time.LocalDate;

/**
 * Spaced review: a done topic comes back on growing intervals (3, 7, 21, 60 days, then 60 again).
 * How well the learner recalled it moves along that ladder: forgetting starts over, a hard recall
 * repeats the interval, a good one moves one step, an easy one two steps.
 */
public final class ReviewSchedule {

    public static final int[] INTERVALS = {3, 7, 21, 60};

    public enum Recall {
        FORGOT("Forgot it", -99), HARD("Hard", 0), GOOD("Good", 1), EASY("Easy", 2);

        private final String label;
        private final int steps;

        Recall(String label, int steps) {
            this.label = label;
            this.steps = steps;
        }

        public String label() {
            return label;
        }
    }

    /** A scheduled review: which rung of the ladder, and when it is due. */
    public record Review(int step, LocalDate due) {
        public int intervalDays() {
            return INTERVALS[step];
        }
    }

    private ReviewSchedule() {
    }

    /** Whether a stored step is a rung of the ladder (an imported file may say anything). */
    public static boolean validStep(int step) {
        return step >= 0 && step < INTERVALS.length;
    }

    /** The first review after finishing a topic. */
    public static Review first(LocalDate today) {
        return new Review(0, today.plusDays(INTERVALS[0]));
    }

    /** The next review after recalling the topic today. */
    public static Review next(Review current, Recall recall, LocalDate today) {
        int step = Math.max(0, Math.min(INTERVALS.length - 1, current.step() + recall.steps));
        if (recall == Recall.FORGOT) {
            step = 0;
        }
        return new Review(step, today.plusDays(INTERVALS[step]));
    }
}
