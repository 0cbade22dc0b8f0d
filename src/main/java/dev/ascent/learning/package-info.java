/**
 * The learner's journey: enrolments in roadmaps, self-assessment, topic status and proficiency,
 * spaced review, checkpoints evaluated from real progress, and the dashboard.
 * <p>
 * Progress is keyed by roadmap and topic ids, never by roadmap version, so it survives new
 * versions; topics a new version removes stay in the learner's history as retired.
 */
@ApplicationModule(displayName = "Learning")
@NullMarked
package dev.ascent.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
