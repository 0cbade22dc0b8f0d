/**
 * Practice of senior judgment: decision scenarios written as data (format {@code ascent/scenario@1}),
 * attempts that move from framing the problem to a decision record and a debrief, and the
 * learner's own decision journal of real decisions with a date to revisit them.
 * <p>
 * A completed scenario is announced as {@link dev.ascent.practice.ScenarioCompleted}, which the
 * learning module credits as practice on the linked topics.
 */
@ApplicationModule(displayName = "Practice")
@NullMarked
package dev.ascent.practice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
