package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The teams section of an account's export: the teams the person is in, with their role, and the
 * invitations they made. Records written for the file: their components are its keys.
 */
public record TeamsExport(List<MembershipRecord> memberships, List<InvitationRecord> invitations,
                          @Nullable List<PrivacyRecord> privacy, @Nullable List<AssignmentRecord> assignments) {

    public TeamsExport(List<MembershipRecord> memberships, List<InvitationRecord> invitations) {
        this(memberships, invitations, List.of(), List.of());
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

    public TeamsExport {
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
        invitations = invitations == null ? List.of() : List.copyOf(invitations);
        privacy = privacy == null ? List.of() : List.copyOf(privacy);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }
}
