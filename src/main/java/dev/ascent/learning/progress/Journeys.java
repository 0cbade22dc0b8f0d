package dev.ascent.learning.progress;

import dev.ascent.catalog.Catalog;
import dev.ascent.learning.CheckpointSignOff;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.internal.CheckpointSignOffs;
import dev.ascent.learning.Journey;
import dev.ascent.learning.ProjectWork;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.projects.ProjectStore;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A journey read in two statements: the enrolment with all its progress (proving it is the account's),
 * then its projects; a third reads its checkpoints' sign-offs when its roadmap asks for any. The roadmap
 * comes from memory. A topic change that redraws the page builds it from what the change read and wrote
 * instead ({@link #of(ProgressStore.Owned)}).
 */
@Component
public class Journeys {

    private final ProgressStore progress;
    private final ProjectStore projects;
    private final Catalog catalog;
    private final CheckpointSignOffs signOffs;

    Journeys(ProgressStore progress, ProjectStore projects, Catalog catalog, CheckpointSignOffs signOffs) {
        this.signOffs = signOffs;
        this.progress = progress;
        this.projects = projects;
        this.catalog = catalog;
    }

    /** The enrolment with its roadmap and progress, if it is this account's and its roadmap still exists. */
    public Optional<Journey> journey(UUID accountId, UUID enrollmentId) {
        return progress.enrollment(accountId, enrollmentId)
                .flatMap(owned -> catalog.roadmap(owned.enrollment().roadmapId()).map(roadmap -> of(owned, roadmap)));
    }

    Journey of(ProgressStore.Owned owned) {
        return of(owned, catalog.roadmap(owned.enrollment().roadmapId()).orElseThrow());
    }

    private Journey of(ProgressStore.Owned owned, dev.ascent.catalog.Roadmap roadmap) {
        Enrollment enrollment = owned.enrollment();
        return new Journey(enrollment, roadmap,
                owned.progress().stream().collect(Collectors.toMap(TopicProgress::topicId, p -> p)),
                projects.projects(enrollment.id()).stream().collect(Collectors.toMap(ProjectWork::projectId, p -> p)),
                // a roadmap whose checkpoints ask for no sign-off has none to read
                roadmap.checkpoints().stream().noneMatch(dev.ascent.catalog.Roadmap.Checkpoint::needsSignOff) ? java.util.Map.of()
                        : signOffs.signOffs(enrollment.id()).stream().collect(Collectors.toMap(CheckpointSignOff::checkpointId, s -> s)));
    }
}
