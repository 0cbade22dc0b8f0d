package dev.ascent.planning;

import dev.ascent.catalog.TopicKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans the remaining work week by week, never breaking these rules:
 * <ul>
 *   <li>an item starts only in a week after all its prerequisites are finished;</li>
 *   <li>a week never holds more hours than the budget, and a week off holds none;</li>
 *   <li>every item is scheduled (unless it can never start: a cycle, which a validated roadmap cannot have);</li>
 *   <li>each kind stays within its suggested weekly maximum while other kinds' work is available;</li>
 *   <li>the same input gives the same plan.</li>
 * </ul>
 * Greedy list scheduling: each week takes the ready items in priority order, first within the
 * mix, then, if hours are left and only capped kinds have work, beyond it.
 * <p>
 * Items are numbered in priority order and each keeps a count of its prerequisites not finished
 * yet; an item finishing releases its dependents for the next week. A week therefore looks only at
 * the items that can start (a set of numbers, read in order), never at the whole list: a plan over
 * hundreds of weeks costs about as much as the work it places, and the planner makes several per
 * request (the projection, the hours needed, the plan without optional topics, the baseline).
 */
public final class PaceEngine {

    /** Plans never run past ten years; work beyond it is reported as unscheduled. */
    public static final int MAX_WEEKS = 520;
    private static final double EPSILON = 1e-9;
    private static final int NOT_FINISHED = Integer.MIN_VALUE;

    private PaceEngine() {
    }

    public static Plan plan(PlanInput input) {
        Work work = Work.of(input);
        int n = work.items.length;
        double[] left = new double[n];
        int[] firstWeek = new int[n];
        int[] finishedWeek = new int[n];
        BitSet startable = new BitSet(n);   // not finished, every prerequisite finished in an earlier week
        int[] waitingFor = work.prerequisiteCounts().clone();   // counted down as prerequisites finish
        int finished = 0;
        for (int i = 0; i < n; i++) {
            left[i] = Math.max(0, work.items[i].hours());
            firstWeek[i] = NOT_FINISHED;
            finishedWeek[i] = NOT_FINISHED;
        }
        // zero-hour items are finished before the plan starts, and release what waits on them from week 0
        for (int i = 0; i < n; i++) {
            if (left[i] <= EPSILON) {
                finishedWeek[i] = -1;
                finished++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (finishedWeek[i] == -1) {
                release(i, work, waitingFor, startable, finishedWeek);
            }
        }
        for (int i = 0; i < n; i++) {
            if (finishedWeek[i] == NOT_FINISHED && waitingFor[i] == 0) {
                startable.set(i);
            }
        }

        int[] given = new int[n];          // the items given hours this week, in the order they got them
        double[] hoursGiven = new double[n];
        double[] kindUsed = new double[TopicKind.values().length];
        List<Plan.Week> weeks = new ArrayList<>();
        for (int week = 0; week < MAX_WEEKS && finished < n; week++) {
            LocalDate monday = input.firstMonday().plusWeeks(week);
            boolean off = input.weeksOff().contains(monday) || input.weeklyHours() <= 0;
            List<Plan.Slot> slots = new ArrayList<>();
            if (!off) {
                int[] ready = ready(work, startable, monday);
                java.util.Arrays.fill(kindUsed, 0);
                int count = 0;
                double budget = input.weeklyHours();
                // first pass within the suggested mix; the second gives hours left over to whatever is ready, beyond it
                for (int pass = 0; pass < 2; pass++) {
                    boolean withinMix = pass == 0;
                    for (int i : ready) {
                        if (budget <= EPSILON) {
                            break;
                        }
                        double remaining = left[i];
                        if (remaining <= EPSILON) {
                            continue;
                        }
                        PlanInput.Item item = work.items[i];
                        double room = budget;
                        Integer cap = withinMix ? input.mix().get(item.kind()) : null;
                        if (cap != null) {
                            room = Math.min(room, cap - kindUsed[item.kind().ordinal()]);
                        }
                        double hours = Math.min(remaining, room);
                        if (hours <= EPSILON) {
                            continue;
                        }
                        left[i] = remaining - hours;
                        if (hoursGiven[i] == 0) {   // its first hours this week (hours given are never 0)
                            given[count++] = i;
                            hoursGiven[i] = hours;
                        } else {
                            hoursGiven[i] = hoursGiven[i] + hours;
                        }
                        kindUsed[item.kind().ordinal()] += hours;
                        budget -= hours;
                    }
                }
                for (int g = 0; g < count; g++) {
                    int i = given[g];
                    PlanInput.Item item = work.items[i];
                    slots.add(new Plan.Slot(item.id(), item.title(), item.kind(), hoursGiven[i]));
                    hoursGiven[i] = 0;
                    if (firstWeek[i] == NOT_FINISHED) {
                        firstWeek[i] = week;
                    }
                    if (left[i] <= EPSILON) {
                        finishedWeek[i] = week;
                        finished++;
                        startable.clear(i);
                    }
                }
                // what waited only on this week's finished items can start next week
                for (int g = 0; g < count; g++) {
                    if (finishedWeek[given[g]] == week) {
                        release(given[g], work, waitingFor, startable, finishedWeek);
                    }
                }
            }
            weeks.add(new Plan.Week(week, monday, off, slots));
        }
        Map<String, Plan.Span> spans = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int last = finishedWeek[i];
            if (last < 0) {
                continue;
            }
            int first = firstWeek[i];
            spans.put(work.items[i].id(), new Plan.Span(first, last, input.firstMonday().plusWeeks(first),
                    input.firstMonday().plusWeeks(last).plusDays(6)));
        }
        return new Plan(weeks, spans);
    }

    /** Items that can start and whose window has opened, in priority order; the first that can start when no window has. */
    private static int[] ready(Work work, BitSet startable, LocalDate monday) {
        int[] ready = new int[startable.cardinality()];
        int count = 0;
        int firstStartable = startable.nextSetBit(0);
        for (int i = firstStartable; i >= 0; i = startable.nextSetBit(i + 1)) {
            LocalDate notBefore = work.items[i].notBefore();
            if (notBefore == null || !monday.isBefore(notBefore)) {
                ready[count++] = i;
            }
        }
        if (count == 0 && firstStartable >= 0) {
            // windows are targets, not walls: when nothing is ready only because of them, pull the next item forward
            return new int[] {firstStartable};
        }
        return count == ready.length ? ready : java.util.Arrays.copyOf(ready, count);
    }

    /** Item {@code finishedItem} is finished: each dependent with nothing else to wait for can start. */
    private static void release(int finishedItem, Work work, int[] waitingFor, BitSet startable, int[] finishedWeek) {
        for (int dependent : work.dependents[finishedItem]) {
            if (--waitingFor[dependent] == 0 && finishedWeek[dependent] == NOT_FINISHED) {
                startable.set(dependent);
            }
        }
    }

    /**
     * The items once each (the first of a repeated id), numbered in priority order, with their prerequisites inside
     * the plan as numbers: for each item the items waiting on it, and how many distinct prerequisites it has.
     */
    private record Work(PlanInput.Item[] items, int[][] dependents, int[] prerequisiteCounts) {

        static Work of(PlanInput input) {
            Map<String, Integer> numbers = new HashMap<>();
            List<PlanInput.Item> items = new ArrayList<>();
            for (PlanInput.Item item : input.items()) {
                if (numbers.putIfAbsent(item.id(), items.size()) == null) {
                    items.add(item);
                }
            }
            int n = items.size();
            int[] prerequisiteCounts = new int[n];
            int[] dependentCount = new int[n];
            int[][] prerequisites = new int[n][];
            for (int i = 0; i < n; i++) {
                prerequisites[i] = items.get(i).requires().stream().map(numbers::get).filter(java.util.Objects::nonNull)
                        .distinct().mapToInt(Integer::intValue).toArray();   // ids not in the plan count as finished
                prerequisiteCounts[i] = prerequisites[i].length;
                for (int p : prerequisites[i]) {
                    dependentCount[p]++;
                }
            }
            int[][] dependents = new int[n][];
            for (int i = 0; i < n; i++) {
                dependents[i] = new int[dependentCount[i]];
                dependentCount[i] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int p : prerequisites[i]) {
                    dependents[p][dependentCount[p]++] = i;
                }
            }
            return new Work(items.toArray(PlanInput.Item[]::new), dependents, prerequisiteCounts);
        }
    }

    /** Ids that can never be scheduled (for a caller that wants to say so). */
    public static Set<String> unscheduled(PlanInput input, Plan plan) {
        Set<String> missing = new HashSet<>();
        input.items().forEach(item -> {
            if (item.hours() > EPSILON && !plan.items().containsKey(item.id())) {
                missing.add(item.id());
            }
        });
        return missing;
    }
}
