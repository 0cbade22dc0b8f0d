package dev.ascent.teams;

import dev.ascent.catalog.Level;
import dev.ascent.learning.Proficiency;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The mentoring section of an account's export: the check-ins the person was assessed in or assessed, and the 1:1 notes
 * of every pair they are in. Records written for the file: their components are its keys.
 */
public record MentoringExport(List<CheckInRecord> checkIns, List<NoteRecord> oneOnOneNotes) {

    /** {@code side} is "member" or "assessor": which side of the check-in the account was on. */
    public record CheckInRecord(@Nullable UUID id, @Nullable UUID teamId, @Nullable String side, @Nullable String roadmapId,
                                @Nullable String roadmapTitle, @Nullable String phaseId, @Nullable String phaseTitle,
                                @Nullable Instant openedAt, @Nullable Instant memberSubmittedAt, @Nullable Instant assessorSubmittedAt,
                                @Nullable Level agreedLevel, @Nullable String agreedNote, @Nullable Instant agreedAt,
                                @Nullable List<TopicRecord> topics) {
    }

    public record TopicRecord(@Nullable String topicId, @Nullable String title, @Nullable Proficiency selfLevel,
                              @Nullable Proficiency assessorLevel) {
    }

    /** {@code withAccountId} is the other person of the pair; {@code writtenByMe} whether the account wrote the note. */
    public record NoteRecord(@Nullable UUID id, @Nullable UUID teamId, @Nullable UUID withAccountId, boolean writtenByMe,
                             @Nullable String body, @Nullable Instant writtenAt, @Nullable Instant updatedAt) {
    }

    public MentoringExport {
        checkIns = checkIns == null ? List.of() : List.copyOf(checkIns);
        oneOnOneNotes = oneOnOneNotes == null ? List.of() : List.copyOf(oneOnOneNotes);
    }
}
