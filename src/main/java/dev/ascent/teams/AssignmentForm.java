package dev.ascent.teams;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A lead assigning a roadmap: to whom (an account id in the team, or {@code all} for every member), which
 * built-in roadmap, the suggested start and hours a week. Who is in the team and which roadmaps exist are
 * checked by {@link Assignments}.
 */
public record AssignmentForm(
        @NotBlank(message = "Choose who follows the roadmap.") @Size(max = 64, message = "Choose who follows the roadmap.") @Nullable String member,
        @NotBlank(message = "Choose a roadmap.") @Size(max = 120, message = "Choose a roadmap.") @Nullable String roadmapId,
        @NotNull(message = "Give the day to start, e.g. 2027-01-04.") @Nullable LocalDate startDate,
        @NotNull(message = "Choose between 1 and 80 hours a week.") @Min(value = 1, message = "Choose between 1 and 80 hours a week.")
        @Max(value = 80, message = "Choose between 1 and 80 hours a week.") @Nullable Integer weeklyHours) {

    public static final String ALL = "all";

    public boolean toAll() {
        return ALL.equalsIgnoreCase(member == null ? "" : member.strip());
    }
}
