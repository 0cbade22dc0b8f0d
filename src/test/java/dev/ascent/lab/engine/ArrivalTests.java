package dev.ascent.lab.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ascent.lab.engine.Queues.ms;
import static dev.ascent.lab.engine.Queues.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Arrivals follow their rate over time, and absurd rates end at a bound instead of hanging. */
class ArrivalTests {

    private static List<RunResult.Second> seconds(Arrivals arrivals, double duration) {
        return Queues.run(Queues.model(arrivals, duration, List.of(service("api", 1, 100_000, 0, ms(0))), List.of()))
                .seconds();
    }

    private static double mean(List<RunResult.Second> seconds, int from, int to) {
        return seconds.subList(from, to).stream().mapToLong(RunResult.Second::arrivals).average().orElseThrow();
    }

    @Test
    void constantArrivalsAreEvenlySpaced() {
        List<RunResult.Second> seconds = seconds(new Arrivals.Constant(250), 20);
        assertThat(seconds).allMatch(s -> Math.abs(s.arrivals() - 250) <= 1);
    }

    @Test
    void aSpikeJumpsToItsPeakForItsDuration() {
        List<RunResult.Second> seconds = seconds(new Arrivals.Spike(100, 2000, 30, 20), 80);
        assertThat(mean(seconds, 0, 30)).isCloseTo(100, offset(8.0));
        assertThat(mean(seconds, 30, 50)).isCloseTo(2000, offset(30.0));
        assertThat(mean(seconds, 50, 80)).isCloseTo(100, offset(8.0));
    }

    @Test
    void aRampGoesLinearlyToItsTargetThenStays() {
        List<RunResult.Second> seconds = seconds(new Arrivals.Ramp(0, 1000, 100), 150);
        assertThat(mean(seconds, 20, 30)).isCloseTo(250, offset(15.0));
        assertThat(mean(seconds, 70, 80)).isCloseTo(750, offset(25.0));
        assertThat(mean(seconds, 110, 150)).isCloseTo(1000, offset(15.0));
        List<RunResult.Second> down = seconds(new Arrivals.Ramp(1000, 0, 100), 150);
        assertThat(mean(down, 70, 80)).isCloseTo(250, offset(15.0));
        assertThat(mean(down, 100, 150)).isZero();
    }

    @Test
    void aDiurnalRateFollowsItsSineAndStaysAtZeroInItsTroughs() {
        // mean 100, amplitude 200: zero while sin < −½, i.e. from 7/12 to 11/12 of each 120 s period.
        List<RunResult.Second> seconds = seconds(new Arrivals.Diurnal(100, 200, 120), 240);
        assertThat(mean(seconds, 28, 32)).isCloseTo(300, offset(20.0));
        assertThat(seconds.subList(71, 109)).allMatch(s -> s.arrivals() == 0);
        assertThat(seconds.subList(191, 229)).allMatch(s -> s.arrivals() == 0);
        assertThat(mean(seconds, 148, 152)).isCloseTo(300, offset(20.0));
        assertThat(ArrivalProcess.expectedCount(new Arrivals.Diurnal(100, 200, 120), 240))
                .isCloseTo(seconds.stream().mapToLong(RunResult.Second::arrivals).sum(), offset(400.0));
    }

    @Test
    void absurdRatesEndAtTheEventBoundWithoutHanging() {
        List<Arrivals> absurd = List.of(new Arrivals.Poisson(1e12), new Arrivals.Spike(0, 1e12, 1000, 10),
                new Arrivals.Ramp(0, 1e12, 3600), new Arrivals.Diurnal(0, 1e12, 86_400),
                new Arrivals.Diurnal(1e12, -1e12, 86_400));
        for (Arrivals arrivals : absurd) {
            SystemModel model = Queues.model(arrivals, 86_400, List.of(service("api", 1, 10, 10, ms(1))), List.of());
            long started = System.nanoTime();
            RunResult result = Simulation.run(model, RunOptions.DEFAULTS.withMaxEvents(100_000));
            assertThat((System.nanoTime() - started) / 1_000_000).as("%s", arrivals).isLessThan(2_000);
            assertThat(result.cutoff()).as("%s", arrivals).isNotNull();
            assertThat(result.summary().arrived()).isPositive();
        }
    }
}
