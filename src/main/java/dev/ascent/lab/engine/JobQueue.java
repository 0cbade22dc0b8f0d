package dev.ascent.lab.engine;

import org.jspecify.annotations.Nullable;

/**
 * A FIFO ring of jobs with lazy removal: each entry remembers the job's generation when it was added, and entries
 * whose job has moved on (failed while waiting, killed) are skipped when polled. The live count is the station's.
 */
final class JobQueue {
    private Job[] jobs = new Job[64];
    private int[] gens = new int[64];
    private int head;
    private int size;

    void add(Job job) {
        if (size == jobs.length) {
            grow();
        }
        int i = (head + size) & (jobs.length - 1);
        jobs[i] = job;
        gens[i] = job.gen;
        size++;
    }

    /** The oldest job still waiting, or null. */
    @Nullable Job poll() {
        while (size > 0) {
            Job job = jobs[head];
            int gen = gens[head];
            jobs[head] = null;
            head = (head + 1) & (jobs.length - 1);
            size--;
            if (job.gen == gen && job.phase == Job.QUEUED) {
                return job;
            }
        }
        return null;
    }

    /** The newest job still waiting, or null. */
    @Nullable Job pollLast() {
        while (size > 0) {
            int i = (head + size - 1) & (jobs.length - 1);
            Job job = jobs[i];
            int gen = gens[i];
            jobs[i] = null;
            size--;
            if (job.gen == gen && job.phase == Job.QUEUED) {
                return job;
            }
        }
        return null;
    }

    private void grow() {
        Job[] j = new Job[jobs.length * 2];
        int[] g = new int[jobs.length * 2];
        for (int k = 0; k < size; k++) {
            int i = (head + k) & (jobs.length - 1);
            j[k] = jobs[i];
            g[k] = gens[i];
        }
        jobs = j;
        gens = g;
        head = 0;
    }
}
