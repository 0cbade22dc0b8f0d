package dev.ascent.platform;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The one parser of days typed or sent by people ({@link #parseDay}) and the years they may fall in.
 * Dates written for people are {@link Display}'s.
 */
public final class Dates {

    private Dates() {
    }


    /** The years a day may fall in: wide enough for any real plan, well inside what PostgreSQL stores. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    /** Ends a "write the day as …" message: {@code "Write the day as YYYY-MM-DD" + Dates.IN_RANGE}. */
    public static final String IN_RANGE = ", in the years %d–%d".formatted(FIRST_YEAR, LAST_YEAR);

    /** Whether a day (e.g. one read from an import file) falls in the years {@link #parseDay} accepts. */
    public static boolean inRange(@Nullable LocalDate day) {
        return day == null || (day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR);
    }

    /** The same for a moment, in UTC. */
    public static boolean inRange(@Nullable Instant instant) {
        return instant == null || inRange(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /**
     * A day written as YYYY-MM-DD (surrounding blanks ignored) in the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
     * ISO accepts years such as -4713 or +999999999, which PostgreSQL cannot store and no one means,
     * so those are refused here, once, for every form, API and import.
     *
     * @throws DateTimeParseException when the text is not such a day; its message says which rule failed
     */
    public static LocalDate parseDay(CharSequence text) {
        String day = text.toString().strip();
        LocalDate date = LocalDate.parse(day);
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new DateTimeParseException("%s is outside the years %d–%d".formatted(day, FIRST_YEAR, LAST_YEAR), day, 0);
        }
        return date;
    }
}
