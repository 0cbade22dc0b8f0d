package dev.ascent.planning;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * When a learner wants to study, as typed on the plan page or sent to the API: days of the week (in any
 * case, "thursday" too) and the time sessions start. The annotations are the rules of its fields;
 * {@link Calendars} adds the one about the time of day.
 */
public record ScheduleForm(
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES)
        @NotEmpty(message = "Choose at least one day you study.") @Nullable List<DayOfWeek> days,
        @NotNull(message = "Write the time as HH:MM, e.g. 19:00.") @Nullable LocalTime start) {

    public ScheduleForm {
        // a missing element (a JSON null) is no day; at most seven are looked at, as there are no more days in a week
        days = days == null ? List.of() : days.stream().filter(Objects::nonNull).limit(7).toList();
    }

    @Override
    public List<DayOfWeek> days() {
        return days == null ? List.of() : days;
    }
}
