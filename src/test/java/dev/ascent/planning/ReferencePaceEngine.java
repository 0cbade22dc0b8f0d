package dev.ascent.planning;

import dev.ascent.catalog.TopicKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pace engine as it was first written, kept as the specification of its result: each week scans every
 * pending item and checks its prerequisites by id. {@link PaceEngine} numbers the items and keeps the set of
 * those that can start instead; {@code PaceEngineTests} checks the two give equal plans.
 */
final class ReferencePaceEngine {

    /** Plans never run past ten years; work beyond it is reported as unscheduled. */
    static final int MAX_WEEKS = PaceEngine.MAX_WEEKS;
    private static final double EPSILON = 1e-9;

    private ReferencePaceEngine() {
    }

    static Plan plan(PlanInput input) {
        Map<String, PlanInput.Item> items = new LinkedHashMap<>();
        input.items().forEach(item -> items.putIfAbsent(item.id(), item));
        Map<String, Double> left = new HashMap<>();
        items.values().forEach(item -> left.put(item.id(), Math.max(0, item.hours())));
        Map<String, Integer> finishedWeek = new HashMap<>();
        Map<String, Integer> firstWeek = new HashMap<>();
        // zero-hour items are finished before the plan starts
        items.values().stream().filter(item -> left.get(item.id()) <= EPSILON).forEach(item -> finishedWeek.put(item.id(), -1));

        // what the weekly scan needs, worked out once: the items not finished yet, in priority order, and for each
        // the prerequisites that are part of this plan (the scan runs every week, up to 520 times per plan)
        List<PlanInput.Item> pending = new ArrayList<>();
        Map<String, String[]> prerequisites = new HashMap<>();
        for (PlanInput.Item item : items.values()) {
            if (!finishedWeek.containsKey(item.id())) {
                pending.add(item);
            }
            prerequisites.put(item.id(), item.requires().stream().filter(items::containsKey).toArray(String[]::new));
        }
        List<Plan.Week> weeks = new ArrayList<>();
        for (int week = 0; week < MAX_WEEKS && finishedWeek.size() < items.size(); week++) {
            LocalDate monday = input.firstMonday().plusWeeks(week);
            boolean off = input.weeksOff().contains(monday) || input.weeklyHours() <= 0;
            List<Plan.Slot> slots = new ArrayList<>();
            if (!off) {
                List<PlanInput.Item> ready = ready(pending, prerequisites, finishedWeek, week, monday);
                Map<String, Double> given = new LinkedHashMap<>();
                double budget = input.weeklyHours();
                Map<TopicKind, Double> kindUsed = new EnumMap<>(TopicKind.class);
                // first pass: within the suggested mix
                budget = allocate(ready, left, given, kindUsed, budget, input.mix(), true);
                // second pass: hours left over go to whatever is ready, beyond the mix
                allocate(ready, left, given, kindUsed, budget, input.mix(), false);
                for (var entry : given.entrySet()) {
                    PlanInput.Item item = items.get(entry.getKey());
                    slots.add(new Plan.Slot(item.id(), item.title(), item.kind(), entry.getValue()));
                    firstWeek.putIfAbsent(item.id(), week);
                    if (left.get(item.id()) <= EPSILON) {
                        finishedWeek.put(item.id(), week);
                    }
                }
                pending.removeIf(item -> finishedWeek.containsKey(item.id()));
            }
            weeks.add(new Plan.Week(week, monday, off, slots));
        }
        Map<String, Plan.Span> spans = new LinkedHashMap<>();
        for (var entry : finishedWeek.entrySet()) {
            if (entry.getValue() < 0) {
                continue;
            }
            int first = firstWeek.get(entry.getKey());
            spans.put(entry.getKey(), new Plan.Span(first, entry.getValue(), input.firstMonday().plusWeeks(first),
                    input.firstMonday().plusWeeks(entry.getValue()).plusDays(6)));
        }
        return new Plan(weeks, spans);
    }

    /** Items not finished whose prerequisites all finished in an earlier week and whose window has opened, in priority order. */
    private static List<PlanInput.Item> ready(List<PlanInput.Item> pending, Map<String, String[]> prerequisites,
                                              Map<String, Integer> finishedWeek, int week, LocalDate monday) {
        List<PlanInput.Item> ready = new ArrayList<>();
        PlanInput.Item firstStartable = null;
        for (PlanInput.Item item : pending) {
            if (!prerequisitesDone(prerequisites.get(item.id()), finishedWeek, week)) {
                continue;
            }
            if (firstStartable == null) {
                firstStartable = item;
            }
            if (item.notBefore() == null || !monday.isBefore(item.notBefore())) {
                ready.add(item);
            }
        }
        if (ready.isEmpty() && firstStartable != null) {
            // windows are targets, not walls: when nothing is ready only because of them, pull the next item forward
            ready.add(firstStartable);
        }
        return ready;
    }

    private static boolean prerequisitesDone(String[] prerequisites, Map<String, Integer> finishedWeek, int week) {
        for (String required : prerequisites) {
            Integer finished = finishedWeek.get(required);
            if (finished == null || finished >= week) {
                return false;
            }
        }
        return true;
    }

    private static double allocate(List<PlanInput.Item> ready, Map<String, Double> left, Map<String, Double> given,
                                   Map<TopicKind, Double> kindUsed, double budget, Map<TopicKind, Integer> mix, boolean withinMix) {
        for (PlanInput.Item item : ready) {
            if (budget <= EPSILON) {
                break;
            }
            double remaining = left.get(item.id());
            if (remaining <= EPSILON) {
                continue;
            }
            double room = budget;
            if (withinMix && mix.containsKey(item.kind())) {
                room = Math.min(room, mix.get(item.kind()) - kindUsed.getOrDefault(item.kind(), 0.0));
            }
            double hours = Math.min(remaining, room);
            if (hours <= EPSILON) {
                continue;
            }
            left.put(item.id(), remaining - hours);
            given.merge(item.id(), hours, Double::sum);
            kindUsed.merge(item.kind(), hours, Double::sum);
            budget -= hours;
        }
        return budget;
    }
}
