/**
 * The pace engine: a dated week-by-week plan from a learner's own hours, projections for every
 * topic, phase and checkpoint, feasibility in words, and re-planning from actual progress.
 * The engine ({@link dev.ascent.planning.PaceEngine}) is plain Java with no Spring imports.
 */
@ApplicationModule(displayName = "Planning")
@NullMarked
package dev.ascent.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
