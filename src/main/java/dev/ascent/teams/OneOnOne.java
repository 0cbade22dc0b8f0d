package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The 1:1 notes of two people in a team, at least one of them a mentor or lead: only these two read them, oldest first.
 * {@code other} is the person the reader meets with.
 */
public record OneOnOne(Team team, Member other, List<Note> notes) {

    /** Most notes a thread shows: the newest ones (a note a week for ten years). */
    public static final int MAX_NOTES = 500;

    public OneOnOne {
        notes = List.copyOf(notes);
    }

    /** One note in Markdown (shown sanitised), by one of the two. */
    public record Note(UUID id, UUID authorId, String authorName, boolean mine, String body, Instant writtenAt, Instant updatedAt,
                       int version) {

        public boolean edited() {
            return updatedAt.isAfter(writtenAt);
        }
    }

    public @Nullable Note note(UUID noteId) {
        return notes.stream().filter(n -> n.id().equals(noteId)).findFirst().orElse(null);
    }
}
