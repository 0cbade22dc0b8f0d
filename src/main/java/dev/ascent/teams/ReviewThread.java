package dev.ascent.teams;

import java.util.List;

/**
 * A review with its thread, oldest entry first, and what the reader may do: the member who asked
 * ({@code mine}) comments and sends next iterations; a mentor or lead of the team who did not ask
 * ({@code reviewer}) comments, scores and decides. {@code rubric} is the project's rubric, empty for other kinds.
 */
public record ReviewThread(Review review, List<ReviewEntry> entries, List<String> rubric, List<Integer> latestScores, boolean mine,
                           boolean reviewer) {

    /** The scale of a rubric score, lowest first: 1 not yet, 2 partly, 3 mostly, 4 fully. */
    public static final List<String> SCALE = List.of("Not yet", "Partly", "Mostly", "Fully");
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = SCALE.size();

    public ReviewThread {
        entries = List.copyOf(entries);
        rubric = List.copyOf(rubric);
        latestScores = List.copyOf(latestScores);
    }

    public static String scoreLabel(int score) {
        return score >= MIN_SCORE && score <= MAX_SCORE ? SCALE.get(score - 1) : "";
    }

    /** The verdicts a reviewer chooses from for this kind of review. */
    public List<Verdict> verdicts() {
        return java.util.Arrays.stream(Verdict.values()).filter(v -> v.answers(review.kind())).toList();
    }
}
