package dev.ascent.learning.progress;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.ascent.learning.Proficiency;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * A self-assessment as sent: a proficiency per topic id (a page sends {@code ratings[topic-id]=EXPERT};
 * the API accepts the names in any case, as it always did). Topics the roadmap does not have are passed over.
 */
public record Assessment(
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) @Nullable Map<String, @Nullable Proficiency> ratings) {

    public Map<String, @Nullable Proficiency> ratingsOrNone() {
        return ratings == null ? Map.of() : ratings;
    }
}
