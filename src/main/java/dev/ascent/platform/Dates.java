package dev.ascent.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times written for people, in templates: {@code ${@dates.day(instant)}}. Times are UTC. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public String day(@Nullable Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** A calendar date: {@code 3 Mar 2027}. */
    public String date(java.time.@Nullable LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The time of day: {@code 14:05:09 UTC}. */
    public String clock(@Nullable Instant instant) {
        return instant == null ? "" : CLOCK.format(instant);
    }

    public String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
