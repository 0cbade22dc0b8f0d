package dev.ascent.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * A check-in as asked for: the phase it covers, as {@code roadmap-id/phase-id} of a roadmap the member follows,
 * and, when the member starts it, the mentor or lead who assesses (a mentor starting one assesses it themself).
 */
public record CheckInStart(
        @NotBlank(message = PHASE_RULE) @Size(max = 300, message = PHASE_RULE) @Nullable String phase,
        @Nullable UUID assessor) {

    static final String PHASE_RULE = "Choose the phase of a roadmap the member follows.";
}
