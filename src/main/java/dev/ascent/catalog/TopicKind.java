package dev.ascent.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What kind of work a topic is: reading and courses, building, or working with others. */
public enum TopicKind implements Keyed {
    THEORY, PRACTICE, COMMUNITY;

    @JsonCreator
    public static TopicKind of(String key) {
        return Keyed.parse(TopicKind.class, key);
    }
}
