package dev.ascent.learning;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** A learner's work on one of the roadmap's projects. A submitted project counts toward checkpoints. */
public record ProjectWork(String projectId, Status status, LocalDate startedOn, @Nullable LocalDate submittedOn,
                          String repositoryUrl, String liveUrl, String writeUp, List<Rating> selfReview, int version) {

    public ProjectWork {
        selfReview = List.copyOf(selfReview);
    }

    public enum Status {
        NOT_STARTED("Not started"), STARTED("In progress"), SUBMITTED("Submitted");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the learner judges their work against one rubric line. */
    public enum Rating {
        MET("Met"), PARTLY("Partly"), NOT_YET("Not yet");

        private final String label;

        Rating(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static ProjectWork notStarted(String projectId) {
        return new ProjectWork(projectId, Status.NOT_STARTED, LocalDate.MIN, null, "", "", "", List.of(), -1);
    }

    public boolean isNew() {
        return version < 0;
    }

    public @Nullable Rating rating(int line) {
        return line < selfReview.size() ? selfReview.get(line) : null;
    }

    public long met() {
        return selfReview.stream().filter(r -> r == Rating.MET).count();
    }
}
