package dev.ascent.accounts;

import org.jspecify.annotations.Nullable;

/** What a personal access token may do: read, or read and change (each API write checks it). */
public enum TokenScope {
    READ, READ_WRITE;

    /**
     * The scope named, in any case and with {@code -} for {@code _} ("read-write"), as the API has always
     * taken it; null when no scope has that name, so the command's own rule names the field.
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static @Nullable TokenScope of(@Nullable String name) {
        String key = name == null ? "" : name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return java.util.Arrays.stream(values()).filter(scope -> scope.name().equals(key)).findFirst().orElse(null);
    }

    public String label() {
        return this == READ ? "Read" : "Read and write";
    }
}
