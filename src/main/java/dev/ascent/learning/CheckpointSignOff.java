package dev.ascent.learning;

import java.time.LocalDate;

/**
 * A checkpoint a mentor or lead signed off: their name as it was then, the day, and the evidence in words
 * (topics done, projects, decision records, time logged). Shown on the dashboard and the plan.
 */
public record CheckpointSignOff(String checkpointId, String signedBy, LocalDate signedOn, String evidence) {

    public static final int MAX_NAME = 200;
    public static final int MAX_EVIDENCE = 4_000;
}
