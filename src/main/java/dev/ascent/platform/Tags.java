package dev.ascent.platform;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tags as people type them, separated by commas, made into lower-case words with hyphens
 * ("System design" → "system-design"), for the learning journal and the decision journal alike.
 */
public final class Tags {

    private static final Pattern TAG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Tags() {
    }

    public static List<String> parse(@Nullable String typed) {
        Set<String> list = new LinkedHashSet<>();
        for (String raw : (typed == null ? "" : typed).split(",")) {
            String tag = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
            if (!tag.isEmpty()) {
                list.add(tag);
            }
        }
        return new ArrayList<>(list);
    }

    /** What is wrong with these tags, or null when they can be stored. */
    public static @Nullable String problem(List<String> tags, int max) {
        if (tags.size() > max) {
            return "Use at most %d tags.".formatted(max);
        }
        if (tags.stream().anyMatch(t -> t.length() > 30 || !TAG.matcher(t).matches())) {
            return "Tags are words of letters and digits, at most 30 characters, separated by commas.";
        }
        return null;
    }

    /**
     * A tag (or a "roadmap/topic" reference) from a query string, for filtering: lower case,
     * without control characters (a NUL cannot even be sent to the database), or null when absent.
     */
    public static @Nullable String filter(@Nullable String value) {
        String clean = value == null ? "" : value.replaceAll("\\p{Cc}", "").strip().toLowerCase(Locale.ROOT);
        return clean.isEmpty() || clean.length() > 200 ? null : clean;
    }
}
