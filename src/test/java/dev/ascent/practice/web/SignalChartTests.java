package dev.ascent.practice.web;

import dev.ascent.practice.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A metric signal drawn as a small chart: a rounded scale, one point per label, labels thinned so they never crowd. */
class SignalChartTests {

    @Test
    void aRoundedScaleHoldsEveryPointAndEachSeriesHasOnePointPerLabel() {
        var metric = new Scenario.Metric("Requests", "req/s", List.of("10:00", "10:05", "10:10"),
                List.of(new Scenario.Series("attempts", List.of(1190.0, 3820.0, 9870.0)), new Scenario.Series("users", List.of(1170.0, 1340.0, 1490.0))), null);

        SignalChart chart = SignalChart.of(metric);

        assertThat(chart.yTicks()).extracting(SignalChart.Tick::text).containsExactly("0", "2,500", "5,000", "7,500", "10k");
        assertThat(chart.lines()).hasSize(2);
        assertThat(chart.lines().getFirst().points().split(" ")).hasSize(3);
        assertThat(chart.lines().getFirst().last()).isEqualTo("9,870");
        assertThat(chart.cell(99.9)).isEqualTo("99.9");
        assertThat(chart.cell(1190)).isEqualTo("1,190");
    }

    @Test
    void pointsStayInsideTheDrawingAndLabelsAreThinned() {
        List<String> labels = IntStream.range(0, 48).mapToObj(i -> "t" + i).toList();
        var metric = new Scenario.Metric("Latency", "ms", labels,
                List.of(new Scenario.Series("p99", IntStream.range(0, 48).mapToObj(i -> (double) (i % 7) * 13.5 - 4).toList())), null);

        SignalChart chart = SignalChart.of(metric);

        assertThat(chart.xTicks().size()).isLessThanOrEqualTo(8);
        for (String point : chart.lines().getFirst().points().split(" ")) {
            double x = Double.parseDouble(point.split(",")[0]);
            double y = Double.parseDouble(point.split(",")[1]);
            assertThat(x).isBetween(SignalChart.LEFT, SignalChart.WIDTH - SignalChart.RIGHT);
            assertThat(y).isBetween(SignalChart.TOP, SignalChart.HEIGHT - SignalChart.BOTTOM);
        }
    }

    @Test
    void niceStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(SignalChart.niceStep(0.7)).isEqualTo(1);
        assertThat(SignalChart.niceStep(1.7)).isEqualTo(2);
        assertThat(SignalChart.niceStep(2200)).isEqualTo(2500);
        assertThat(SignalChart.niceStep(31)).isEqualTo(50);
        assertThat(SignalChart.niceStep(0)).isEqualTo(1);
    }

    @Test
    void categoriesAreDrawnAsOneBarPerSeriesInARowPerCategoryWithTheirNamesNotAsALine() {
        var metric = new Scenario.Metric("Time per step", "ms", List.of("storage write", "virus scan", "extract, retries"),
                List.of(new Scenario.Series("median", List.of(380.0, 290.0, 6100.0)), new Scenario.Series("p95", List.of(610.0, 420.0, 19800.0))),
                null, "bars");

        SignalChart chart = SignalChart.of(metric);

        assertThat(chart.categorical()).isTrue();
        assertThat(chart.bars()).hasSize(6);
        assertThat(chart.yTicks()).extracting(SignalChart.Tick::text).containsExactly("storage write", "virus scan", "extract, retries");
        assertThat(chart.xTicks().getLast().text()).isEqualTo("20k");
        assertThat(chart.lines()).extracting(SignalChart.Line::name).containsExactly("median", "p95");
        assertThat(chart.lines()).allSatisfy(line -> assertThat(line.points()).as("no line is drawn through categories").isEmpty());
        assertThat(chart.bars().get(5).title()).isEqualTo("extract, retries, p95: 19,800 ms");
        double longest = Double.parseDouble(chart.bars().get(5).x()) + Double.parseDouble(chart.bars().get(5).width());
        assertThat(longest).as("the longest bar ends inside the drawing").isLessThanOrEqualTo(SignalChart.WIDTH - SignalChart.RIGHT + 0.1);
        assertThat(chart.viewBox()).as("taller for more categories").isEqualTo(String.format(java.util.Locale.ROOT, "0 0 480.0 %.1f", chart.height()));
        for (SignalChart.Bar bar : chart.bars()) {
            assertThat(Double.parseDouble(bar.y()) + Double.parseDouble(bar.height())).isLessThan(chart.height() - SignalChart.BOTTOM);
        }
    }
}
