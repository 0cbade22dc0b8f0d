package dev.ascent.catalog.web;

import dev.ascent.catalog.Level;
import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.TopicKind;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The explorer's filter: a title search plus a level and a kind. Unknown values are not an
 * error page: they are named in {@link #messages()} and ignored, so the page still works.
 * Public for the jte templates that show it (catalog/roadmap, explorer, graphAndList).
 */
public record TopicFilter(String query, @Nullable Level level, @Nullable TopicKind kind, Roadmap.@Nullable Phase phase,
                   List<String> messages) {

    static final int MAX_QUERY = 100;

    static TopicFilter of(Roadmap roadmap, @Nullable String q, @Nullable String level, @Nullable String kind, @Nullable String phase) {
        return parse(roadmap, clean(q), clean(level), clean(kind), clean(phase));
    }

    /** Query strings are shown back in the page; invisible control characters are dropped first. */
    private static @Nullable String clean(@Nullable String value) {
        return value == null ? null : value.replaceAll("\\p{Cc}", "");
    }

    private static TopicFilter parse(Roadmap roadmap, @Nullable String q, @Nullable String level, @Nullable String kind, @Nullable String phase) {
        List<String> messages = new ArrayList<>();
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            messages.add("The search was cut to its first %d characters.".formatted(MAX_QUERY));
            query = query.substring(0, MAX_QUERY);
        }
        Level parsedLevel = null;
        if (level != null && !level.isBlank()) {
            try {
                parsedLevel = Level.of(level.strip());
            } catch (IllegalArgumentException e) {
                messages.add("There is no level called “%s”; showing every level.".formatted(level.strip()));
            }
        }
        TopicKind parsedKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                parsedKind = TopicKind.of(kind.strip());
            } catch (IllegalArgumentException e) {
                messages.add("There is no kind called “%s”; showing every kind.".formatted(kind.strip()));
            }
        }
        Roadmap.Phase parsedPhase = null;
        if (phase != null && !phase.isBlank()) {
            parsedPhase = roadmap.phase(phase.strip()).orElse(null);
            if (parsedPhase == null) {
                messages.add("This roadmap has no phase “%s”; showing every phase.".formatted(phase.strip()));
            }
        }
        return new TopicFilter(query, parsedLevel, parsedKind, parsedPhase, List.copyOf(messages));
    }

    public boolean active() {
        return !query.isEmpty() || level != null || kind != null || phase != null;
    }

    public boolean matches(Roadmap.Topic topic) {
        return (phase == null || phase.topicIds().contains(topic.id()))
                && (level == null || topic.level() == level)
                && (kind == null || topic.kind() == kind)
                && (query.isEmpty() || topic.title().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)));
    }

    Set<String> matching(Roadmap roadmap) {
        return roadmap.topics().stream().filter(this::matches).map(Roadmap.Topic::id).collect(Collectors.toSet());
    }
}
