package dev.ascent.planning;

import dev.ascent.catalog.TopicKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A week-by-week plan and when each item starts and ends. */
public record Plan(List<Week> weeks, Map<String, Span> items) {

    public Plan {
        weeks = List.copyOf(weeks);
        items = Map.copyOf(items);
    }

    public record Week(int index, LocalDate monday, boolean off, List<Slot> slots) {
        public Week {
            slots = List.copyOf(slots);
        }

        public double hours() {
            return slots.stream().mapToDouble(Slot::hours).sum();
        }

        public double hours(TopicKind kind) {
            return slots.stream().filter(s -> s.kind() == kind).mapToDouble(Slot::hours).sum();
        }
    }

    /** Hours of one item in one week. */
    public record Slot(String itemId, String title, TopicKind kind, double hours) {
    }

    /** The weeks an item is worked on: it is finished at the end of {@code lastWeek}. */
    public record Span(int firstWeek, int lastWeek, LocalDate start, LocalDate finish) {
    }

    /** The Sunday of the last week with work, or the first Monday when there is nothing to do. */
    public LocalDate end() {
        return items.values().stream().map(Span::finish).max(LocalDate::compareTo)
                .orElse(weeks.isEmpty() ? LocalDate.MIN : weeks.getFirst().monday());
    }

    public int weeksWithWork() {
        return items.values().stream().mapToInt(Span::lastWeek).max().orElse(-1) + 1;
    }
}
