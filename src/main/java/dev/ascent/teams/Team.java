package dev.ascent.teams;

import java.time.Instant;
import java.util.UUID;

/** A team as stored: its name and the version a rename or a role change must name. */
public record Team(UUID id, String name, Instant createdAt, int version) {

    public static final int MAX_NAME = 80;
}
