package dev.ascent.planning;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a learner studies: the days of the week and the time the sessions start. The calendar splits each
 * planned week's hours over these days as timed sessions. Until a learner says otherwise: weekday
 * evenings, Monday to Friday at 19:00.
 */
public record StudySchedule(Set<DayOfWeek> days, LocalTime start) {

    public static final StudySchedule DEFAULT = new StudySchedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(19, 0));

    public StudySchedule {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    /** A schedule from a form or the store, or the problems with it by field ("days", "start"). */
    public sealed interface Parsed {
        record Valid(StudySchedule schedule) implements Parsed {
        }

        record Invalid(Map<String, String> errors) implements Parsed {
        }
    }

    public static Parsed parse(List<String> days, String start) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<DayOfWeek> chosen = recognised(days);
        if (days.stream().limit(7).anyMatch(day -> !isDay(day))) {
            errors.put("days", "Choose days of the week from Monday to Sunday.");
        }
        if (chosen.isEmpty() && !errors.containsKey("days")) {
            errors.put("days", "Choose at least one day you study.");
        }
        LocalTime time = null;
        try {
            time = LocalTime.parse(start.strip());
        } catch (DateTimeParseException e) {
            errors.put("start", "Write the time as HH:MM, e.g. 19:00.");
        }
        if (time != null && time.isAfter(LocalTime.of(23, 0))) {
            errors.put("start", "Start by 23:00, so a session ends on its day.");
        }
        return errors.isEmpty() ? new Parsed.Valid(new StudySchedule(chosen, time.withSecond(0).withNano(0))) : new Parsed.Invalid(errors);
    }

    /** The days of the week among these names (at most seven are looked at; others and blanks are left out), to show again with a form's problems. */
    public static Set<DayOfWeek> recognised(List<String> days) {
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        days.stream().limit(7).filter(StudySchedule::isDay).forEach(day -> chosen.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT))));
        return chosen;
    }

    private static boolean isDay(@org.jspecify.annotations.Nullable String day) {
        return day != null && java.util.Arrays.stream(DayOfWeek.values()).anyMatch(d -> d.name().equalsIgnoreCase(day.strip()));
    }

    /** "MONDAY,WEDNESDAY" as stored. */
    public String daysText() {
        return days.stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    /** "Mon, Wed, Sat at 19:00", for people. */
    public String describe() {
        return days.stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(", ")) + " at " + start;
    }

    public boolean includes(DayOfWeek day) {
        return days.contains(day);
    }
}
