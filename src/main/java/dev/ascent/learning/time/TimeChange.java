package dev.ascent.learning.time;

import java.util.Map;

/** The outcome of editing or deleting one entry of the time log; mapped once for pages and once for the API. */
public sealed interface TimeChange {

    record Saved(LoggedTime entry) implements TimeChange {
    }

    record Deleted() implements TimeChange {
    }

    /** What is wrong, by field: day, topicId, minutes, version. */
    record Invalid(Map<String, String> errors) implements TimeChange {
    }

    /** The entry changed since it was read: nothing was written, and this is how it reads now. */
    record Conflict(String message, LoggedTime current) implements TimeChange {
    }

    /** No such entry on this person's enrolment (another person's, or one already deleted). */
    record NotFound(String message) implements TimeChange {
    }
}
