package dev.ascent.lab;

/** A run refused for fair use: the person started too many lately, or the lab is busy with others' runs. */
public class RunLimitReached extends RuntimeException {

    private final long retryAfterSeconds;

    public RunLimitReached(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
