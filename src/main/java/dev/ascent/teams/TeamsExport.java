package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The teams section of an account's export: the teams the person is in, with their role, the
 * invitations they made, what they share and the roadmaps assigned to them, the reviews they asked for
 * (with their threads) and what they wrote on others' reviews. Records written for the file: their
 * components are its keys.
 */
public record TeamsExport(List<MembershipRecord> memberships, List<InvitationRecord> invitations,
                          @Nullable List<PrivacyRecord> privacy, @Nullable List<AssignmentRecord> assignments, List<ReviewRecord> reviews,
                          List<EntryRecord> reviewComments) {

    public TeamsExport(List<MembershipRecord> memberships, List<InvitationRecord> invitations) {
        this(memberships, invitations, List.of(), List.of(), List.of(), List.of());
    }

    /** What the person shares with one team. */
    public record PrivacyRecord(@Nullable UUID teamId, boolean shareProgress, boolean sharePlan, boolean shareCheckpoints) {
    }

    /** A roadmap assigned to the person, and their answer. */
    public record AssignmentRecord(@Nullable UUID id, @Nullable UUID teamId, @Nullable String roadmapId, java.time.@Nullable LocalDate startDate,
                                   @Nullable Integer weeklyHours, @Nullable Instant assignedAt, @Nullable String state, @Nullable Instant answeredAt) {
    }

    public record MembershipRecord(@Nullable UUID teamId, @Nullable String teamName, @Nullable TeamRole role, @Nullable Instant joinedAt) {
    }

    public record InvitationRecord(@Nullable UUID id, @Nullable UUID teamId, @Nullable TeamRole role, @Nullable String email,
                                   @Nullable Instant createdAt, @Nullable Instant expiresAt, @Nullable Instant usedAt,
                                   @Nullable Instant declinedAt, @Nullable Instant revokedAt) {
    }

    /**
     * A review the person asked for, with its whole thread; who wrote each entry is "you" or "a mentor", so the file
     * holds no one else's identity.
     */
    public record ReviewRecord(@Nullable UUID id, @Nullable UUID teamId, @Nullable String kind, @Nullable String item, @Nullable String title,
                               @Nullable String state, int iteration, @Nullable Instant requestedAt, @Nullable Instant decidedAt,
                               @Nullable String decidedBy, @Nullable List<EntryRecord> thread) {
    }

    /** One entry of a thread: an iteration (with the item as sent), a comment, scores or a verdict. {@code reviewId} on what the person wrote on others' reviews. */
    public record EntryRecord(@Nullable UUID reviewId, @Nullable String kind, int iteration, @Nullable String by, @Nullable String body,
                              @Nullable String content, @Nullable List<Integer> scores, @Nullable String verdict, @Nullable Instant at) {
    }

    public TeamsExport {
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
        invitations = invitations == null ? List.of() : List.copyOf(invitations);
        privacy = privacy == null ? List.of() : List.copyOf(privacy);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        reviewComments = reviewComments == null ? List.of() : List.copyOf(reviewComments);
    }
}
