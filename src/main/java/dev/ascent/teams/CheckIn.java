package dev.ascent.teams;

import dev.ascent.catalog.Level;
import dev.ascent.learning.Proficiency;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A check-in on the ladder: the member's self-assessment and an assessor's (a mentor or lead of the team) of the
 * same topics, one phase of a roadmap the member follows, and the level the two agree on. Each side's levels stay
 * hidden from the other until both have submitted ({@link #seenBy}), so neither anchors the other.
 */
public record CheckIn(UUID id, UUID teamId, UUID memberId, String memberName, @Nullable UUID assessorId, String assessorName,
                      String roadmapId, String roadmapTitle, String phaseId, String phaseTitle, Instant openedAt,
                      @Nullable Instant memberSubmittedAt, @Nullable Instant assessorSubmittedAt,
                      @Nullable Level agreedLevel, @Nullable String agreedNote, @Nullable Instant agreedAt,
                      List<Line> lines, int version) {

    /** Most topics a check-in holds (a phase of a built-in roadmap has at most about forty). */
    public static final int MAX_TOPICS = 200;

    /** Shown for an assessor whose account was erased; their assessment stays in the member's history. */
    public static final String FORMER_MENTOR = "a former mentor";

    public CheckIn {
        lines = List.copyOf(lines);
    }

    /** One topic: the member's level and the assessor's, either missing while not given (or not yet shown). */
    public record Line(String topicId, String title, @Nullable Proficiency self, @Nullable Proficiency assessor) {

        /** Steps the assessor's level lies above (positive) or below (negative) the member's; 0 while either is missing. */
        public int difference() {
            return self == null || assessor == null ? 0 : assessor.ordinal() - self.ordinal();
        }
    }

    /** Where a check-in stands. */
    public enum State {
        WAITING_FOR_BOTH("Waiting for both assessments"), WAITING_FOR_MEMBER("Waiting for the member's self-assessment"),
        WAITING_FOR_ASSESSOR("Waiting for the mentor's assessment"), READY_TO_AGREE("Both in: ready to agree a level"),
        AGREED("Agreed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public State state() {
        if (agreedAt != null) {
            return State.AGREED;
        }
        if (memberSubmittedAt == null) {
            return assessorSubmittedAt == null ? State.WAITING_FOR_BOTH : State.WAITING_FOR_MEMBER;
        }
        return assessorSubmittedAt == null ? State.WAITING_FOR_ASSESSOR : State.READY_TO_AGREE;
    }

    public boolean open() {
        return agreedAt == null;
    }

    public boolean bothSubmitted() {
        return memberSubmittedAt != null && assessorSubmittedAt != null;
    }

    /** Topics the two rate differently (only known once both are in). */
    public long differences() {
        return lines.stream().filter(line -> line.difference() != 0).count();
    }

    public boolean isMember(UUID accountId) {
        return memberId.equals(accountId);
    }

    public boolean isAssessor(UUID accountId) {
        return accountId.equals(assessorId);
    }

    /** The check-in as {@code viewer} may see it: until both sides are in, nobody sees the other side's levels. */
    public CheckIn seenBy(UUID viewer) {
        if (bothSubmitted()) {
            return this;
        }
        boolean showSelf = isMember(viewer);
        boolean showAssessor = isAssessor(viewer);
        List<Line> visible = lines.stream()
                .map(line -> new Line(line.topicId(), line.title(), showSelf ? line.self() : null, showAssessor ? line.assessor() : null))
                .toList();
        return new CheckIn(id, teamId, memberId, memberName, assessorId, assessorName, roadmapId, roadmapTitle, phaseId, phaseTitle,
                openedAt, memberSubmittedAt, assessorSubmittedAt, agreedLevel, agreedNote, agreedAt, visible, version);
    }
}
