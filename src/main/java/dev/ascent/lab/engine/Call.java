package dev.ascent.lab.engine;

/**
 * One component calling another: synchronously (the caller waits for the answer, and a failure fails the caller's
 * request) or as an asynchronous publish (the caller goes on at once). Made with the given probability per request.
 */
public record Call(String target, Mode mode, double probability, Resilience resilience) {

    public enum Mode { SYNC, ASYNC }

    public static Call sync(String target) {
        return new Call(target, Mode.SYNC, 1.0, Resilience.NONE);
    }
}
