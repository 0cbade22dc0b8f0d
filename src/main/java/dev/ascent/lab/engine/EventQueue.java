package dev.ascent.lab.engine;

import org.jspecify.annotations.Nullable;

/**
 * The future event list: a binary min-heap ordered by time, then by sequence number (the order events were
 * scheduled), so ties are broken the same way on every run. Events are pooled objects: nothing is allocated per
 * event once the pool has grown to the largest number pending at once.
 */
final class EventQueue {

    static final class Event {
        double time;
        long seq;
        int type;
        @Nullable Job job;
        int target;
        int gen;
        int callGen;
    }

    /** The heap: each slot's time and sequence in primitive arrays (compared without touching the events). */
    private double[] times = new double[1024];
    private long[] seqs = new long[1024];
    private Event[] heap = new Event[1024];
    private int size;
    private Event[] pool = new Event[1024];
    private int pooled;
    private long nextSeq;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    double peekTime() {
        return times[0];
    }

    void schedule(double time, int type, @Nullable Job job, int target, int gen, int callGen) {
        push(time, nextSeq++, type, job, target, gen, callGen);
    }

    /** Schedules an event that goes before every other event at the same time (the close of a second). */
    void scheduleFirst(double time, int type) {
        push(time, Long.MIN_VALUE + nextSeq++, type, null, 0, 0, 0);
    }

    private void push(double time, long seq, int type, @Nullable Job job, int target, int gen, int callGen) {
        Event e = pooled > 0 ? pool[--pooled] : new Event();
        e.time = time;
        e.seq = seq;
        e.type = type;
        e.job = job;
        e.target = target;
        e.gen = gen;
        e.callGen = callGen;
        if (size == heap.length) {
            heap = java.util.Arrays.copyOf(heap, size * 2);
            times = java.util.Arrays.copyOf(times, size * 2);
            seqs = java.util.Arrays.copyOf(seqs, size * 2);
        }
        siftUp(size++, e, time, seq);
    }

    /** Removes the earliest event; the caller hands it back with {@link #release} once it has read it. */
    Event poll() {
        Event first = heap[0];
        int last = --size;
        Event moved = heap[last];
        heap[last] = null;
        if (last > 0) {
            siftDown(moved, times[last], seqs[last]);
        }
        return first;
    }

    void release(Event e) {
        e.job = null;
        if (pooled == pool.length) {
            pool = java.util.Arrays.copyOf(pool, pooled * 2);
        }
        pool[pooled++] = e;
    }

    private void siftUp(int k, Event e, double time, long seq) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            double pt = times[parent];
            if (pt < time || (pt == time && seqs[parent] < seq)) {
                break;
            }
            heap[k] = heap[parent];
            times[k] = pt;
            seqs[k] = seqs[parent];
            k = parent;
        }
        heap[k] = e;
        times[k] = time;
        seqs[k] = seq;
    }

    private void siftDown(Event e, double time, long seq) {
        int k = 0;
        int half = size >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            int right = child + 1;
            if (right < size && (times[right] < times[child] || (times[right] == times[child] && seqs[right] < seqs[child]))) {
                child = right;
            }
            double ct = times[child];
            if (time < ct || (time == ct && seq < seqs[child])) {
                break;
            }
            heap[k] = heap[child];
            times[k] = ct;
            seqs[k] = seqs[child];
            k = child;
        }
        heap[k] = e;
        times[k] = time;
        seqs[k] = seq;
    }
}
