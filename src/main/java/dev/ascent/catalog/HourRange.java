package dev.ascent.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/** Hours per week as {@code [min, max]}, used for the suggested mix of kinds of work. */
public record HourRange(int min, int max) {

    @JsonCreator
    public static HourRange of(List<Integer> pair) {
        return new HourRange(pair.get(0), pair.get(1));
    }

    @JsonValue
    public List<Integer> pair() {
        return List.of(min, max);
    }

    @Override
    public String toString() {
        return min == max ? min + " h" : min + "–" + max + " h";
    }
}
