package dev.ascent.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Dates and times written for people, in templates: {@code ${@dates.day(instant)}}. Times are UTC.
 * Also the one parser of days typed or sent by people ({@link #parseDay}).
 */
@Component("dates")
public class Dates {

    /** The years a day may fall in: wide enough for any real plan, well inside what PostgreSQL stores. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    /** Ends a "write the day as …" message: {@code "Write the day as YYYY-MM-DD" + Dates.IN_RANGE}. */
    public static final String IN_RANGE = ", in the years %d–%d".formatted(FIRST_YEAR, LAST_YEAR);

    public String day(@Nullable Instant instant) {
        return Display.day(instant);
    }

    /** A calendar date: {@code 3 Mar 2027}. */
    public String date(java.time.@Nullable LocalDate date) {
        return Display.date(date);
    }

    /** The time of day: {@code 14:05:09 UTC}. */
    public String clock(@Nullable Instant instant) {
        return Display.clock(instant);
    }

    public String time(@Nullable Instant instant) {
        return Display.time(instant);
    }

    /**
     * A day written as YYYY-MM-DD (surrounding blanks ignored) in the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
     * ISO accepts years such as -4713 or +999999999, which PostgreSQL cannot store and no one means,
     * so those are refused here, once, for every form, API and import.
     *
     * @throws DateTimeParseException when the text is not such a day; its message says which rule failed
     */
    /** Whether a day (e.g. one read from an import file) falls in the years {@link #parseDay} accepts. */
    public static boolean inRange(@Nullable LocalDate day) {
        return day == null || (day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR);
    }

    /** The same for a moment, in UTC. */
    public static boolean inRange(@Nullable Instant instant) {
        return instant == null || inRange(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    public static LocalDate parseDay(CharSequence text) {
        String day = text.toString().strip();
        LocalDate date = LocalDate.parse(day);
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new DateTimeParseException("the year must be between %d and %d".formatted(FIRST_YEAR, LAST_YEAR), day, 0);
        }
        return date;
    }
}
