package dev.ascent.planning;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
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

    /** A schedule as stored ("MONDAY,FRIDAY" and a time), when it still names a day. */
    static Optional<StudySchedule> stored(String days, LocalTime start) {
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days.split(",")) {
            Arrays.stream(DayOfWeek.values()).filter(d -> d.name().equalsIgnoreCase(day.strip())).forEach(chosen::add);
        }
        return chosen.isEmpty() ? Optional.empty() : Optional.of(new StudySchedule(chosen, start.withSecond(0).withNano(0)));
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
