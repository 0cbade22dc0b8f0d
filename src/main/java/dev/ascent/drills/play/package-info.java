/**
 * A play's domain, plain Java: the timeline a play makes of its drill (faults placed, actions turned into the
 * engine's changes), the signals an on-call sees, and how the play went.
 */
@NullMarked
package dev.ascent.drills.play;

import org.jspecify.annotations.NullMarked;
