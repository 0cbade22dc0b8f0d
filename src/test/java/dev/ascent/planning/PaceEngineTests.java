package dev.ascent.planning;

import dev.ascent.catalog.TopicKind;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's rules over random roadmaps (random DAGs, hours, windows, budgets and weeks off;
 * one seeded generator per repetition so a failure can be replayed), plus worked examples.
 */
class PaceEngineTests {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    static PlanInput randomInput(Random random) {
        int count = 1 + random.nextInt(60);
        List<PlanInput.Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> requires = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (random.nextInt(10) == 0) {
                    requires.add("t" + j);
                }
            }
            LocalDate notBefore = random.nextInt(4) == 0 ? MONDAY.plusWeeks(random.nextInt(40)) : null;
            items.add(new PlanInput.Item("t" + i, "T" + i, TopicKind.values()[random.nextInt(3)],
                    random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(40) + random.nextDouble(), requires, random.nextBoolean(), notBefore));
        }
        java.util.Collections.shuffle(items, random); // priority order need not follow dependency order
        Set<LocalDate> off = new HashSet<>();
        for (int i = 0; i < random.nextInt(8); i++) {
            off.add(MONDAY.plusWeeks(random.nextInt(60)));
        }
        Map<TopicKind, Integer> mix = random.nextBoolean() ? Map.of() : Map.of(TopicKind.THEORY, 1 + random.nextInt(8),
                TopicKind.PRACTICE, 1 + random.nextInt(8), TopicKind.COMMUNITY, 1 + random.nextInt(4));
        double total = items.stream().mapToDouble(PlanInput.Item::hours).sum();
        int budget = Math.max(1 + random.nextInt(25), (int) Math.ceil(total / 300)); // keep plans within the ten-year horizon
        return new PlanInput(MONDAY, budget, mix, items, off);
    }

    @RepeatedTest(300)
    void neverBreaksItsRules(RepetitionInfo repetition) {
        long seed = 7919L * repetition.getCurrentRepetition();
        PlanInput input = randomInput(new Random(seed));

        Plan plan = PaceEngine.plan(input);

        assertThat(PaceEngine.unscheduled(input, plan)).as("seed %d: every item is scheduled", seed).isEmpty();
        for (Plan.Week week : plan.weeks()) {
            assertThat(week.hours()).as("seed %d: week %d within budget", seed, week.index()).isLessThanOrEqualTo(input.weeklyHours() + 1e-6);
            if (week.off()) {
                assertThat(week.slots()).as("seed %d: a week off holds nothing", seed).isEmpty();
            }
        }
        for (PlanInput.Item item : input.items()) {
            double planned = plan.weeks().stream().flatMap(w -> w.slots().stream()).filter(s -> s.itemId().equals(item.id()))
                    .mapToDouble(Plan.Slot::hours).sum();
            assertThat(planned).as("seed %d: %s gets its hours", seed, item.id()).isCloseTo(item.hours(), org.assertj.core.data.Offset.offset(0.05));
            Plan.Span span = plan.items().get(item.id());
            if (span == null) {
                continue;
            }
            for (String prerequisite : item.requires()) {
                Plan.Span before = plan.items().get(prerequisite);
                if (before != null) {
                    assertThat(span.firstWeek()).as("seed %d: %s starts after %s is finished", seed, item.id(), prerequisite)
                            .isGreaterThan(before.lastWeek());
                }
            }
        }
        assertThat(PaceEngine.plan(input)).as("seed %d: the same input gives the same plan", seed).isEqualTo(plan);
    }

    /**
     * Inputs a validated roadmap never gives, beside ordinary ones: cycles, an item requiring itself, repeated ids and
     * prerequisites, prerequisites outside the plan, zero hours, no budget, long chains and weeks off in a row.
     */
    static PlanInput wildInput(Random random) {
        if (random.nextInt(3) == 0) {
            return randomInput(random);
        }
        int count = random.nextInt(80);
        List<PlanInput.Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> requires = new ArrayList<>();
            int links = random.nextInt(4);
            for (int j = 0; j < links; j++) {
                int pick = random.nextInt(10);
                requires.add(pick == 0 ? "elsewhere" + random.nextInt(3)               // not in the plan
                        : pick == 1 ? "t" + i                                          // itself
                        : "t" + random.nextInt(Math.max(1, random.nextInt(5) == 0 ? count : i + 1)));  // sometimes later: cycles
            }
            if (random.nextInt(6) == 0 && !requires.isEmpty()) {
                requires.add(requires.getFirst());   // the same prerequisite twice
            }
            String id = random.nextInt(12) == 0 && i > 0 ? "t" + random.nextInt(i) : "t" + i;   // a repeated id: the first counts
            LocalDate notBefore = random.nextInt(3) == 0 ? MONDAY.plusWeeks(random.nextInt(80) - 10) : null;
            double hours = switch (random.nextInt(6)) {
                case 0 -> 0;
                case 1 -> random.nextDouble() * 0.01;
                default -> random.nextDouble() * 30;
            };
            items.add(new PlanInput.Item(id, "T" + i, TopicKind.values()[random.nextInt(3)], hours, requires, random.nextBoolean(), notBefore));
        }
        Set<LocalDate> off = new HashSet<>();
        int start = random.nextInt(30);
        for (int i = 0; i < random.nextInt(12); i++) {
            off.add(MONDAY.plusWeeks(random.nextBoolean() ? start + i : random.nextInt(100)));
        }
        Map<TopicKind, Integer> mix = random.nextBoolean() ? Map.of() : Map.of(TopicKind.THEORY, random.nextInt(8),
                TopicKind.COMMUNITY, 1 + random.nextInt(4));
        int budget = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(30);
        return new PlanInput(MONDAY, budget, mix, items, off);
    }

    @RepeatedTest(2000)
    void plansExactlyAsTheWeeklyScanOfEveryPendingItemDid(RepetitionInfo repetition) {
        long seed = 104729L * repetition.getCurrentRepetition();
        PlanInput input = wildInput(new Random(seed));

        assertThat(PaceEngine.plan(input)).as("seed %d", seed).isEqualTo(ReferencePaceEngine.plan(input));
    }

    @Test
    void keepsEachKindWithinTheMixWhileOtherWorkIsReady() {
        var theory = new PlanInput.Item("read", "Read", TopicKind.THEORY, 20, List.of(), false, null);
        var practice = new PlanInput.Item("build", "Build", TopicKind.PRACTICE, 20, List.of(), false, null);
        PlanInput input = new PlanInput(MONDAY, 10, Map.of(TopicKind.THEORY, 6, TopicKind.PRACTICE, 4), List.of(theory, practice), Set.of());

        Plan plan = PaceEngine.plan(input);

        assertThat(plan.weeks().getFirst().hours(TopicKind.THEORY)).isEqualTo(6);
        assertThat(plan.weeks().getFirst().hours(TopicKind.PRACTICE)).isEqualTo(4);
        // week 3: the last 2 h of theory, then practice gets the rest of the budget, beyond its mix, as nothing else is left
        Plan.Week last = plan.weeks().getLast();
        assertThat(last.index()).isEqualTo(3);
        assertThat(last.hours(TopicKind.THEORY)).isEqualTo(2);
        assertThat(last.hours(TopicKind.PRACTICE)).isEqualTo(8);
    }

    @Test
    void aChainTakesOneWeekPerLinkAtLeastAndWeeksOffPushItBack() {
        var a = new PlanInput.Item("a", "A", TopicKind.THEORY, 2, List.of(), false, null);
        var b = new PlanInput.Item("b", "B", TopicKind.THEORY, 2, List.of("a"), false, null);
        var c = new PlanInput.Item("c", "C", TopicKind.THEORY, 2, List.of("b"), false, null);

        Plan plan = PaceEngine.plan(new PlanInput(MONDAY, 10, Map.of(), List.of(c, b, a), Set.of(MONDAY.plusWeeks(1))));

        assertThat(plan.items().get("a").lastWeek()).isZero();
        assertThat(plan.items().get("b").firstWeek()).as("week 1 is off").isEqualTo(2);
        assertThat(plan.items().get("c").firstWeek()).isEqualTo(3);
        assertThat(plan.end()).isEqualTo(MONDAY.plusWeeks(3).plusDays(6));
    }
}
