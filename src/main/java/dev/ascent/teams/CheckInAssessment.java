package dev.ascent.teams;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.ascent.learning.Proficiency;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * One side's levels as sent ({@code levels[topic-id]=WORKING} from the page; the names in any case from the API),
 * and whether they are final ({@code submit}) or a draft to come back to. Topics not in the check-in are refused.
 */
public record CheckInAssessment(
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) @Nullable Map<String, @Nullable Proficiency> levels,
        boolean submit) {

    public Map<String, @Nullable Proficiency> levelsOrNone() {
        return levels == null ? Map.of() : levels;
    }
}
