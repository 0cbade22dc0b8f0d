package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A team as its leads and mentors see it, for one roadmap: a row per person with what they share, the skill
 * matrix (people × phases, or × the topics of one phase) and the team's recent activity. A value a person does
 * not share is absent and its {@code Seen} says why, so every surface can write "not shared" rather than a blank.
 */
public record Overview(Team team, TeamRole myRole, List<RoadmapChoice> roadmaps, @Nullable RoadmapChoice roadmap, List<Column> phases,
                       @Nullable String phaseId, List<Column> columns, String sort, List<Row> rows, List<FeedItem> feed) {

    /** A roadmap someone in the team follows, with how many of those who share their progress follow it. */
    public record RoadmapChoice(String id, String title, int following) {
    }

    /** A matrix column: a phase of the roadmap, or a topic of the chosen phase. */
    public record Column(String id, String title) {
    }

    /** Why a value is shown or not. */
    public enum Seen {
        SHOWN(""), NOT_SHARED("not shared"), NOT_FOLLOWING("not following");

        private final String text;

        Seen(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The next checkpoint neither met nor signed off yet, and how it stands today. */
    public record Checkpoint(String title, LocalDate due, String state) {
    }

    /**
     * A matrix cell: {@code band} 0 (nothing yet) to 4 (all done, or expert), -1 when not shown; {@code percent} is the
     * share done of a phase (for a topic: 100 when finished); {@code text} is what a screen reader and the CSV say.
     */
    public record Cell(String columnId, int band, int percent, String text) {
    }

    public record Row(UUID accountId, String name, TeamRole role, boolean me,
                      Seen progress, @Nullable String level, int levelRank, @Nullable Integer percentDone,
                      Seen plan, @Nullable Integer weeksAhead,
                      Seen checkpoints, @Nullable Checkpoint nextCheckpoint,
                      @Nullable LocalDate lastActivity, List<Cell> cells, OpenReviews reviews) {

        /** Follows another roadmap or none, and shares what would tell: one cell says so instead of six. */
        public boolean notFollowing() {
            return progress == Seen.NOT_FOLLOWING && plan != Seen.SHOWN && checkpoints != Seen.SHOWN;
        }

        /** The same row with the person's open review requests. */
        public Row withReviews(OpenReviews open) {
            return new Row(accountId, name, role, me, progress, level, levelRank, percentDone, plan, weeksAhead, checkpoints, nextCheckpoint,
                    lastActivity, cells, open);
        }

        /** "3 weeks ahead", "on schedule", "2 weeks behind", or why it is not shown. */
        public String pace() {
            if (plan != Seen.SHOWN || weeksAhead == null) {
                return plan == Seen.SHOWN ? "not planned" : plan.text();
            }
            int w = weeksAhead;
            return w == 0 ? "on schedule" : Math.abs(w) + (Math.abs(w) == 1 ? " week " : " weeks ") + (w > 0 ? "ahead" : "behind");
        }
    }

    public record FeedItem(LocalDate day, String text) {
    }

    /**
     * A person's open review requests in the team (waiting for a mentor, or in discussion after changes were
     * requested) and how many whole days the oldest has been open; the team's mentors and leads see them all.
     */
    public record OpenReviews(int count, @Nullable Instant oldestAskedAt, @Nullable Integer oldestDays) {

        public static final OpenReviews NONE = new OpenReviews(0, null, null);

        /** "none", "1 open, asked today", "3 open, oldest 5 days". */
        public String text() {
            if (count == 0 || oldestDays == null) {
                return "none";
            }
            String age = oldestDays == 0 ? "asked today" : (count == 1 ? "" : "oldest ") + oldestDays + (oldestDays == 1 ? " day" : " days");
            return count + " open, " + age;
        }
    }
}
