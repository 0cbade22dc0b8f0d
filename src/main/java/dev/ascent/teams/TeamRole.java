package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Locale;

/** What a person is in a team: a lead runs it (invites, removes, changes roles), a mentor guides, a member learns. */
public enum TeamRole {
    LEAD("Lead"), MENTOR("Mentor"), MEMBER("Member");

    private final String label;

    TeamRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The role named, in any case; null when no role has that name, so the command's own rule names the field. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static @Nullable TeamRole of(@Nullable String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.name().equals(key)).findFirst().orElse(null);
    }
}
