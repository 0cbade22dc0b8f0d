/**
 * The systems lab's simulator: a model of services, caches, databases, queues and external
 * dependencies under a workload and a fault timeline ({@link dev.ascent.lab.engine.SystemModel}),
 * and a deterministic discrete-event engine that runs it. Plain Java: no Spring, no database.
 * Times in a model are seconds of simulated time; latencies are milliseconds.
 */
@NamedInterface("engine")
@NullMarked
package dev.ascent.lab.engine;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
