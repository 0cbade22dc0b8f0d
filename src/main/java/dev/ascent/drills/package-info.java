/**
 * Incident drills on the systems lab: a drill ({@code ascent/drill@1}) hides faults in a lab model, shows the on-call
 * signals from the running simulation (dashboards, alerts, logs) and offers actions that change the model at the
 * simulated time they are taken. A play is replayed deterministically from its seed and its log, so any instance can
 * serve it; it ends at recovery or when time is up, and leaves a debrief (a blameless postmortem) and a history.
 * A mentor of the member's team may run a play as game master: watch it live, give a hint, inject one more fault.
 */
@ApplicationModule(displayName = "Drills",
        allowedDependencies = {"accounts", "catalog", "learning", "lab", "lab::engine", "practice", "teams", "platform"})
@NullMarked
package dev.ascent.drills;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
