package dev.ascent.learning;

import java.util.Map;

/** The outcome of changing an enrolment's pace or status, mapped once for pages and once for the API. */
public sealed interface Replanned {

    record Saved(Enrollment enrollment) implements Replanned {
    }

    /** Bad values, by field: weeklyHours, startDate, status or version. */
    record Invalid(Map<String, String> errors) implements Replanned {
        public Invalid {
            errors = Map.copyOf(errors);
        }
    }

    /** Someone changed the enrolment since the version sent was read; nothing was written. */
    record Conflict(String message, Enrollment current) implements Replanned {
    }

    record NotFound() implements Replanned {
    }
}
