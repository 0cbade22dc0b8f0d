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
        return heap[0].time;
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
        }
        siftUp(size++, e);
    }

    /** Removes the earliest event; the caller hands it back with {@link #release} once it has read it. */
    Event poll() {
        Event first = heap[0];
        Event last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            siftDown(0, last);
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

    private static boolean before(Event a, Event b) {
        return a.time < b.time || (a.time == b.time && a.seq < b.seq);
    }

    private void siftUp(int k, Event e) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Event p = heap[parent];
            if (!before(e, p)) {
                break;
            }
            heap[k] = p;
            k = parent;
        }
        heap[k] = e;
    }

    private void siftDown(int k, Event e) {
        int half = size >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            Event c = heap[child];
            int right = child + 1;
            if (right < size && before(heap[right], c)) {
                child = right;
                c = heap[child];
            }
            if (!before(c, e)) {
                break;
            }
            heap[k] = c;
            k = child;
        }
        heap[k] = e;
    }
}
