package dev.ascent.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/** An inclusive range of months counted from 1, written {@code [first, last]} in a roadmap file. */
public record MonthWindow(int first, int last) {

    @JsonCreator
    public static MonthWindow of(List<Integer> pair) {
        return new MonthWindow(pair.get(0), pair.get(1));
    }

    @JsonValue
    public List<Integer> pair() {
        return List.of(first, last);
    }

    public boolean overlaps(MonthWindow other) {
        return first <= other.last && other.first <= last;
    }

    @Override
    public String toString() {
        return first == last ? "month " + first : "months " + first + "–" + last;
    }
}
