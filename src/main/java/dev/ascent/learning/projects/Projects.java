package dev.ascent.learning.projects;

import dev.ascent.learning.Learning;
import dev.ascent.learning.ProjectWork;
import dev.ascent.catalog.Roadmap;
import dev.ascent.learning.Journey;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Work on a roadmap's projects: started, saved as a draft, submitted (and improved and submitted again). */
@Service
public class Projects {

    private final ProjectStore store;
    private final Learning learning;
    private final FormErrors formErrors;

    Projects(ProjectStore store, Learning learning, FormErrors formErrors) {
        this.formErrors = formErrors;
        this.store = store;
        this.learning = learning;
    }

    /**
     * Starts, saves or submits work on a project at the version read (-1 when never saved); a submitted
     * project may be improved and submitted again. Invalid by field (to submit, the repository, a write-up
     * and every rubric line rated as well), a conflict with the work as stored when it changed meanwhile.
     */
    @Transactional
    public Outcome<ProjectWork> saveProject(UUID accountId, UUID enrollmentId, String projectId, ProjectSubmission submission,
                                            boolean submit, int expectedVersion) {
        Optional<Journey> journey = learning.journey(accountId, enrollmentId);
        Optional<Roadmap.Project> found = journey.flatMap(j -> j.roadmap().project(projectId));
        if (found.isEmpty()) {
            return Outcome.notFound("You have no such project.");
        }
        Roadmap.Project project = found.get();
        ProjectWork current = journey.get().project(projectId);
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(submission));
        submission.problems(project, submit).forEach(errors::putIfAbsent);
        return Outcome.unless(errors, () -> {
            if (current.version() != expectedVersion) {
                return Outcome.conflict("This project was changed in another tab or device; it is shown as it is now. "
                        + "Your text is below: copy what you need.", current);
            }
            LocalDate today = learning.today();
            ProjectWork next = new ProjectWork(projectId,
                    submit || current.status() == ProjectWork.Status.SUBMITTED ? ProjectWork.Status.SUBMITTED : ProjectWork.Status.STARTED,
                    current.isNew() ? today : current.startedOn(),
                    submit ? today : current.submittedOn(),
                    ProjectSubmission.text(submission.repositoryUrl()), ProjectSubmission.text(submission.liveUrl()),
                    submission.writeUp() == null ? "" : submission.writeUp().strip(),
                    submission.ratings(project), current.version());
            if (!store.save(enrollmentId, next, expectedVersion)) {
                return Outcome.conflict("This project was changed at the same moment elsewhere. Save again.",
                        learning.journey(accountId, enrollmentId).orElseThrow().project(projectId));
            }
            return Outcome.saved(learning.journey(accountId, enrollmentId).orElseThrow().project(projectId));
        });
    }
}
