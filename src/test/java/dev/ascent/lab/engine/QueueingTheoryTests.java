package dev.ascent.lab.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The engine against closed-form queueing results: mean waiting time (in the queue) and mean response time (waiting
 * plus service) within 2% for utilisation 0.5, 0.7 and 0.9.
 *
 * <p>How: every station has a mean service time of 1 ms and Poisson arrivals at ρ × servers per ms. Each case runs
 * {@value #REPLICATIONS} replications with different seeds (101, 102, ...), each with a quarter of the case's
 * customers; the first 2% of simulated time (at least 1 s, over 500 mean service times and several relaxation times
 * of the slowest case) is a warm-up whose customers are left out. The engine keeps exact sums of waits and
 * response times, so the means are exact, not read off histogram buckets. The replications' means are averaged and
 * compared with theory. The customer counts come from pilot runs (8 replications of 400,000 customers per case),
 * which measured each estimate's variance: they make the standard error of the averaged estimate at most 0.5%, a
 * quarter of the 2% tolerance, for the noisier of the two means (the wait). About 110 million customers in all,
 * some 10–20 s on one core.
 */
class QueueingTheoryTests {

    static final int REPLICATIONS = 4;

    @ParameterizedTest(name = "M/M/1 at utilisation {0}")
    @CsvSource({"0.5, 1600000", "0.7, 2800000", "0.9, 22000000"})
    void mm1MatchesTheory(double rho, long customers) {
        double wait = rho / (1 - rho);
        assertMatches(customers, rho, List.of(Queues.service("server", 1, new Distribution.Exponential(1))), wait, wait + 1);
    }

    @ParameterizedTest(name = "M/M/3 at utilisation {0} (Erlang C)")
    @CsvSource({"0.5, 6000000", "0.7, 6000000", "0.9, 26000000"})
    void mmcMatchesErlangC(double rho, long customers) {
        double lambda = 3 * rho;
        double wait = Queues.mmcWait(3, lambda, 1);
        assertMatches(customers, lambda, List.of(Queues.service("server", 3, new Distribution.Exponential(1))), wait, wait + 1);
    }

    @ParameterizedTest(name = "M/D/1 at utilisation {0}")
    @CsvSource({"0.5, 1200000", "0.7, 3000000", "0.9, 10000000"})
    void md1MatchesPollaczekKhinchine(double rho, long customers) {
        double wait = Queues.mg1Wait(rho, 1, 1);
        assertMatches(customers, rho, List.of(Queues.service("server", 1, new Distribution.Constant(1))), wait, wait + 1);
    }

    @ParameterizedTest(name = "M/G/1 with log-normal service (σ 0.5) at utilisation {0}")
    @CsvSource({"0.5, 1800000", "0.7, 3600000", "0.9, 18000000"})
    void mg1MatchesPollaczekKhinchine(double rho, long customers) {
        double sigma = 0.5;
        double secondMoment = Math.exp(sigma * sigma);
        double wait = Queues.mg1Wait(rho, 1, secondMoment);
        assertMatches(customers, rho, List.of(Queues.service("server", 1, Queues.logNormal(1, sigma))), wait, wait + 1);
    }

    @ParameterizedTest(name = "Tandem of two M/M/1 stations (Jackson) at utilisation {0}")
    @CsvSource({"0.5, 800000", "0.7, 1200000", "0.9, 5000000"})
    void tandemMatchesJackson(double rho, long customers) {
        double waitEach = rho / (1 - rho);
        List<Component> stations = List.of(
                Queues.service("first", 1, new Distribution.Exponential(1), Queues.async("second")),
                Queues.service("second", 1, new Distribution.Exponential(1)));
        assertMatches(customers, rho, stations, 2 * waitEach, 2 * (waitEach + 1));
    }

    /** Runs the replications and compares the averaged sums over the stations with the theory's means (ms). */
    private static void assertMatches(long customers, double lambdaPerMs, List<Component> stations, double wait,
                                      double response) {
        double perSecond = lambdaPerMs * 1000;
        double duration = customers / (double) REPLICATIONS / perSecond;
        RunOptions options = RunOptions.DEFAULTS.withDuration(duration).withWarmup(Math.max(1, duration * 0.02))
                .withMaxEvents(Long.MAX_VALUE).withMaxWallMillis(300_000);
        double waitSum = 0;
        double responseSum = 0;
        for (int r = 0; r < REPLICATIONS; r++) {
            RunResult result = Simulation.run(Queues.model(perSecond, duration, stations), options.withSeed(101 + r));
            assertThat(result.cutoff()).isNull();
            for (RunResult.ComponentResult station : result.components()) {
                waitSum += station.meanWaitMs();
                responseSum += station.meanResponseMs();
            }
        }
        double measuredWait = waitSum / REPLICATIONS;
        double measuredResponse = responseSum / REPLICATIONS;
        assertThat(measuredWait).as("mean wait, theory %.4f ms", wait).isCloseTo(wait, within(0.02 * wait));
        assertThat(measuredResponse).as("mean response, theory %.4f ms", response).isCloseTo(response, within(0.02 * response));
    }
}
