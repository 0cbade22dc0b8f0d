package dev.ascent.platform;

import org.jspecify.annotations.Nullable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Values written for people in pages ({@code @import static dev.ascent.platform.Display.*} in a
 * template): dates and times in UTC, decimals, enum names as CSS class parts, query values.
 */
public final class Display {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Display() {
    }

    /** The day of a moment: {@code 3 Mar 2027}. */
    public static String day(@Nullable Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** A calendar date: {@code 3 Mar 2027}. */
    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The time of day: {@code 14:05:09 UTC}. */
    public static String clock(@Nullable Instant instant) {
        return instant == null ? "" : CLOCK.format(instant);
    }

    /** Day and time: {@code 3 Mar 2027, 14:05 UTC}. */
    public static String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A number with exactly this many decimals, a point as separator: {@code decimal(3.456, 1)} is {@code 3.5}. */
    /** A typed value as a form field holds it (a day as YYYY-MM-DD, a number as digits); empty when there is none. */
    public static String value(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    public static String decimal(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        // as String.format's %.nf rounds (half up, from the shortest decimal of the double), without a Formatter
        // and its parse of the pattern on every call (about 2% of a dashboard's CPU)
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return (rounded.signum() == 0 && Math.copySign(1.0, value) < 0 ? "-" : "") + rounded.toPlainString();
    }

    /** An enum constant as a CSS class part: {@code IN_PROGRESS} is {@code in_progress}. */
    public static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** A value for a query string ({@code ?q=…}): percent-encoded, spaces as %20. */
    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
