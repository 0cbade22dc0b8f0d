package dev.ascent.planning.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan timeline's date axis: readable dates, never crowded, never off the drawing. */
class PlanTimelineTests {

    @Test
    void aTwoAndAHalfYearPlanIsMarkedEveryQuarterWithTheYearAtEachJanuary() {
        LocalDate start = LocalDate.of(2026, 11, 30);
        LocalDate end = LocalDate.of(2029, 4, 22);

        List<PlanTimeline.Tick> ticks = PlanTimeline.ticks(start, end, ChronoUnit.DAYS.between(start, end));

        assertThat(ticks).extracting(PlanTimeline.Tick::label).containsExactly(
                "Jan 2027", "Apr", "Jul", "Oct", "Jan 2028", "Apr", "Jul", "Oct", "Jan 2029", "Apr");
        assertThat(ticks).allSatisfy(t -> assertThat(Double.parseDouble(t.x().replace("%", ""))).isBetween(0.0, 100.0));
        assertThat(ticks.getLast().anchor()).as("the last label, near the right edge, ends at its line").isEqualTo("end");
        assertThat(ticks.getFirst().anchor()).isEqualTo("start");
    }

    @Test
    void aShortPlanIsMarkedEveryMonthAndALongOneEveryYear() {
        LocalDate start = LocalDate.of(2026, 12, 2);

        var months = PlanTimeline.ticks(start, start.plusMonths(5), ChronoUnit.DAYS.between(start, start.plusMonths(5)));
        var years = PlanTimeline.ticks(start, start.plusYears(9), ChronoUnit.DAYS.between(start, start.plusYears(9)));

        assertThat(months).extracting(PlanTimeline.Tick::label).containsExactly("Jan 2027", "Feb", "Mar", "Apr", "May");
        assertThat(years).extracting(PlanTimeline.Tick::label).startsWith("2027", "2028").hasSizeLessThanOrEqualTo(10);
    }
}
