/**
 * The systems lab: models of services under load and faults (format {@code ascent/system@1}), a
 * deterministic discrete-event simulator ({@link dev.ascent.lab.engine}), runs and their results,
 * and the pages where a learner predicts, runs, changes a knob and compares.
 */
@ApplicationModule(displayName = "Lab")
@NullMarked
package dev.ascent.lab;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
