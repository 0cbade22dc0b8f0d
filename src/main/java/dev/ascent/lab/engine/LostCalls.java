package dev.ascent.lab.engine;

/**
 * Callers waiting, with no timeout, on a call lost in a partition, by partitioned pair: when a change heals the
 * partition early they must fail at the heal, not at the end their event was scheduled for. Entries whose caller has
 * moved on (its generation or call generation changed) are dropped when the list is full or read.
 */
final class LostCalls {

    private Job[] jobs = new Job[64];
    private int[] gens = new int[64];
    private int[] callGens = new int[64];
    private int[] pairs = new int[64];
    private int size;
    private final Engine engine;

    LostCalls(Engine engine) {
        this.engine = engine;
    }

    void add(Job caller, int pair) {
        if (size == jobs.length) {
            compact(-1, 0);
            if (size > jobs.length * 3 / 4) {
                int n = jobs.length * 2;
                jobs = java.util.Arrays.copyOf(jobs, n);
                gens = java.util.Arrays.copyOf(gens, n);
                callGens = java.util.Arrays.copyOf(callGens, n);
                pairs = java.util.Arrays.copyOf(pairs, n);
            }
        }
        jobs[size] = caller;
        gens[size] = caller.gen;
        callGens[size] = caller.callGen;
        pairs[size] = pair;
        size++;
    }

    /**
     * Moves the lost-call events of the callers waiting on {@code pair} to {@code at}; once it is now (healed), they
     * are forgotten here.
     */
    void reschedule(int pair, double at) {
        compact(pair, at);
    }

    private void compact(int pair, double at) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            Job job = jobs[i];
            if (job.gen != gens[i] || job.callGen != callGens[i]) {
                continue;
            }
            if (pairs[i] == pair) {
                engine.schedule(at, Engine.CALL_LOST, job, 0, gens[i], callGens[i]);
                if (at <= engine.now) {
                    continue;
                }
            }
            jobs[kept] = job;
            gens[kept] = gens[i];
            callGens[kept] = callGens[i];
            pairs[kept] = pairs[i];
            kept++;
        }
        java.util.Arrays.fill(jobs, kept, size, null);
        size = kept;
    }
}
