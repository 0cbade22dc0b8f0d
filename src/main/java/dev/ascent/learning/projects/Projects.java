package dev.ascent.learning.projects;

import dev.ascent.learning.Learning;
import dev.ascent.learning.ProjectWork;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Work on a roadmap's projects: started, saved as a draft, submitted (and improved and submitted again). */
@Service
public class Projects {

    private final ProjectStore store;
    private final Learning learning;

    Projects(ProjectStore store, Learning learning) {
        this.store = store;
        this.learning = learning;
    }

    /** The outcome of saving project work: the work as stored, or errors by field (a conflict says so under "version"). */
    public record ProjectSaved(@Nullable ProjectWork work, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Starts, saves or submits work on a project. A submitted project may be improved and submitted again. */
    @Transactional
    public Optional<ProjectSaved> saveProject(UUID accountId, UUID enrollmentId, String projectId, ProjectSubmission submission,
                                              boolean submit, int expectedVersion) {
        return learning.journey(accountId, enrollmentId).flatMap(journey -> journey.roadmap().project(projectId).map(project -> {
            ProjectWork current = journey.project(projectId);
            if (current.version() != expectedVersion) {
                return new ProjectSaved(current, Map.of("version",
                        "This project was changed in another tab or device; it is shown as it is now. Your text is below: copy what you need."));
            }
            Map<String, String> errors = submission.problems(project, submit);
            if (!errors.isEmpty()) {
                return new ProjectSaved(null, errors);
            }
            LocalDate today = learning.today();
            ProjectWork next = new ProjectWork(projectId,
                    submit ? ProjectWork.Status.SUBMITTED : (current.status() == ProjectWork.Status.SUBMITTED ? ProjectWork.Status.SUBMITTED : ProjectWork.Status.STARTED),
                    current.isNew() ? today : current.startedOn(),
                    submit ? today : current.submittedOn(),
                    ProjectSubmission.text(submission.repositoryUrl()), ProjectSubmission.text(submission.liveUrl()),
                    submission.writeUp() == null ? "" : submission.writeUp().strip(),
                    submission.ratings(project), current.version());
            if (!store.save(enrollmentId, next, expectedVersion)) {
                return new ProjectSaved(current, Map.of("version", "This project was changed at the same moment elsewhere. Save again."));
            }
            return new ProjectSaved(learning.journey(accountId, enrollmentId).orElseThrow().project(projectId), Map.of());
        }));
    }
}
