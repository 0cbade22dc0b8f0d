package dev.ascent.lab.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ascent.lab.engine.Queues.component;
import static dev.ascent.lab.engine.Queues.ms;
import static dev.ascent.lab.engine.Queues.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Each resilience mechanism does what its Javadoc says. */
class ResilienceTests {

    /** An api with plenty of workers calling {@code target} with the given resilience. */
    private static SystemModel calling(double perSecond, double seconds, Resilience resilience, Component target,
                                       Fault... faults) {
        return Queues.model(new Arrivals.Constant(perSecond), seconds, List.of(
                service("api", 1, 10_000, 0, ms(0), Queues.sync(target.id(), resilience)), target), List.of(faults));
    }

    @Test
    void aTimeoutFailsTheCallerButTheCalleesWorkGoesOn() {
        RunResult result = Queues.run(calling(100, 20, Queues.timeout(10), new Component.External("slow", ms(100), 0)));
        RunResult.ComponentResult api = component(result, "api");
        RunResult.ComponentResult slow = component(result, "slow");
        assertThat(api.served()).isZero();
        assertThat(api.failed().timeout()).isEqualTo(api.arrived() - 1);
        // The callee finished every call it got (but the last, still running at the end), at its own pace.
        assertThat(slow.served()).isEqualTo(slow.arrived() - 10);
        assertThat(slow.meanResponseMs()).isCloseTo(100, offset(1e-6));
        assertThat(result.summary().failures().timeout()).isEqualTo(result.summary().failed());
    }

    @Test
    void retriesAfterTimeoutsMultiplyTheLoadOnTheCallee() {
        Resilience retrying = new Resilience(10.0, new Resilience.Retry(3, 1, 1, false), null, null, null);
        RunResult result = Queues.run(calling(100, 20, retrying, new Component.External("slow", ms(100), 0)));
        // Every request tries three times: the retry storm the slow callee sees.
        assertThat((double) component(result, "slow").arrived() / component(result, "api").arrived())
                .isCloseTo(3, offset(0.01));
        RunResult.ComponentResult api = component(result, "api");
        assertThat(api.served()).isZero();
        assertThat(api.failed().timeout()).isBetween(api.arrived() - 3, api.arrived()); // the last are still trying
    }

    @Test
    void retriesWaitTheBackoffTimesTheMultiplier() {
        Component.External failing = new Component.External("ext", ms(0), 1.0);
        Resilience plain = new Resilience(null, new Resilience.Retry(3, 50, 2, false), null, null, null);
        RunResult result = Queues.run(calling(10, 200, plain, failing));
        RunResult.ComponentResult api = component(result, "api");
        assertThat(component(result, "ext").arrived()).isBetween(3 * (api.arrived() - 1), 3 * api.arrived());
        assertThat(result.summary().failures().dependencyError()).isEqualTo(result.summary().failed());
        assertThat(result.summary().completed()).isZero();
        // Waits of 50 ms, then 100 ms, then the third failure: every request is in the api for 150 ms, so by
        // Little's law 10 a second keep 1.5 there on average.
        assertThat(api.meanInSystem()).isCloseTo(1.5, offset(0.01));
        // Full jitter draws each wait uniformly from [0, backoff]: half the time on average.
        Resilience jittered = new Resilience(null, new Resilience.Retry(3, 50, 2, true), null, null, null);
        RunResult withJitter = Queues.run(calling(10, 200, jittered, failing));
        assertThat(component(withJitter, "api").meanInSystem()).isCloseTo(0.75, offset(0.03));
    }

    @Test
    void aCircuitBreakerOpensOnFailuresFailsFastWhileOpenAndClosesAfterASuccessfulTrial() {
        Resilience breaker = new Resilience(null, null, new Resilience.CircuitBreaker(0.5, 10, 1), null, null);
        Component.External ext = new Component.External("ext", ms(1), 0);
        RunResult result = Queues.run(calling(100, 20, breaker, ext, new Fault.ErrorBurst(5, "ext", 1.0, 5)));
        List<RunResult.Second> seconds = result.seconds();
        // While the burst lasts (5 s to 10 s) almost every call fails fast as circuit open, not reaching ext ...
        long open = seconds.subList(5, 10).stream().mapToLong(s -> s.failed().circuitOpen()).sum();
        long errors = seconds.subList(5, 10).stream().mapToLong(s -> s.failed().dependencyError()).sum();
        assertThat(open).isGreaterThan(450);
        assertThat(errors).isBetween(5L, 12L); // the half window that opened it, then one trial a second
        // ... and after it, the next trial succeeds and calls flow again.
        assertThat(seconds.subList(12, 20)).allMatch(s -> s.failed().total() == 0 && s.completed() == 100);
    }

    @Test
    void aRateLimiterRefusesCallsBeyondItsTokens() {
        Resilience limited = new Resilience(null, null, null, new Resilience.RateLimit(100, 10), null);
        RunResult result = Queues.run(calling(200, 20, limited, new Component.External("ext", ms(1), 0)));
        long arrived = result.summary().arrived();
        assertThat(result.summary().failures().rateLimited()).isCloseTo(arrived / 2, offset(20L));
        assertThat(component(result, "ext").arrived()).isCloseTo(100 * 20 + 10, offset(2L));
    }

    @Test
    void aBulkheadCapsTheCallsInFlightAndRejectsTheRest() {
        Resilience bulkhead = new Resilience(null, null, null, null, new Resilience.Bulkhead(5));
        RunResult result = Queues.run(calling(100, 20, bulkhead, new Component.External("ext", ms(95), 0)));
        // 100 a second for 95 ms would keep 10 in flight; only 5 may be: half are rejected at once.
        assertThat(result.summary().failures().rejected()).isCloseTo(result.summary().arrived() / 2, offset(10L));
        assertThat(result.seconds()).allMatch(s -> s.components().get(1).inSystem() <= 5);
    }

    @Test
    void aRefusedCallIsNotRetried() {
        Resilience both = new Resilience(null, new Resilience.Retry(5, 100, 1, false), null,
                new Resilience.RateLimit(10, 1), null);
        RunResult result = Queues.run(calling(100, 10, both, new Component.External("ext", ms(1), 0)));
        assertThat(result.summary().failures().rateLimited()).isGreaterThan(850);
        // Refused requests fail at once: were they retried after 100 ms, 400 ms each, about 35 would be in the api.
        assertThat(component(result, "api").meanInSystem()).isLessThan(0.05);
    }
}
