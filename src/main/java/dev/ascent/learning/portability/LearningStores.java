package dev.ascent.learning.portability;

import dev.ascent.learning.internal.CheckpointSignOffs;
import dev.ascent.learning.internal.Enrollments;
import dev.ascent.learning.journal.JournalStore;
import dev.ascent.learning.notes.NoteStore;
import dev.ascent.learning.progress.ProgressStore;
import dev.ascent.learning.projects.ProjectStore;
import dev.ascent.learning.time.TimeStore;
import org.springframework.stereotype.Component;

/** Every store of learning: the export reads all of them, the import writes all of them, erasure empties them. */
@Component
record LearningStores(Enrollments enrollments, ProgressStore progress, ProjectStore projects, NoteStore notes, TimeStore time,
                      JournalStore journal, CheckpointSignOffs signOffs) {
}
