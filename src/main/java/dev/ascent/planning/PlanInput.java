package dev.ascent.planning;

import dev.ascent.catalog.TopicKind;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the engine plans from: the first Monday, the weekly budget, the suggested mix, the
 * work still to do (in priority order) and the weeks off.
 *
 * @param mix     suggested maximum hours per kind and week; kinds without an entry are unlimited
 * @param weeksOff Mondays of weeks with no study
 */
public record PlanInput(LocalDate firstMonday, int weeklyHours, Map<TopicKind, Integer> mix, List<Item> items,
                        Set<LocalDate> weeksOff) {

    public PlanInput {
        mix = Map.copyOf(mix);
        items = List.copyOf(items);
        weeksOff = Set.copyOf(weeksOff);
    }

    /**
     * A topic or project still to do.
     *
     * @param hours      the hours still needed (already scaled by the learner's proficiency)
     * @param requires   ids of items that must be finished in an earlier week; ids not in the plan count as finished
     * @param notBefore  the first Monday it may start (its phase window), or null
     */
    public record Item(String id, String title, TopicKind kind, double hours, List<String> requires, boolean optional,
                       @Nullable LocalDate notBefore) {
        public Item {
            requires = List.copyOf(requires);
        }
    }
}
