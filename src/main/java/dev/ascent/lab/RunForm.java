package dev.ascent.lab;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * A run asked for: the knobs changed ({@code knobs[api.replicas]=4}, as typed; a knob left empty or at the model's value is
 * no change),
 * what the learner expects before seeing it (p99 end to end and the bottleneck's component id; both optional), an
 * optional seed (the model's own otherwise), and when they opened the form (epoch milliseconds; the minutes since
 * count as practice, at most {@link Lab#MAX_MINUTES_A_RUN}).
 */
public record RunForm(
        @Nullable Map<String, String> knobs,
        @DecimalMin(value = "0.01", message = "Expect a p99 above 0 ms.")
        @DecimalMax(value = "3600000", message = "Expect a p99 of at most an hour (3,600,000 ms).") @Nullable Double predictedP99Ms,
        @Size(max = 100, message = "Name one component of the model.") @Nullable String predictedBottleneck,
        @Min(value = 1, message = "A seed is a whole number from 1.") @Nullable Long seed,
        @Nullable Long started) {

    public static RunForm empty() {
        return new RunForm(Map.of(), null, null, null, null);
    }
}
