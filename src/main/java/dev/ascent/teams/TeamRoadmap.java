package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A roadmap of a team: its id and title, the public roadmap it was forked from (null when started empty), the
 * version published for the team (0 before the first publish), whether the draft holds changes not published
 * yet, and the draft's version for optimistic saves.
 */
public record TeamRoadmap(String id, UUID teamId, String title, @Nullable String forkedFrom, int publishedVersion,
                          boolean unpublishedChanges, Instant updatedAt, int version) {

    public boolean published() {
        return publishedVersion > 0;
    }
}
