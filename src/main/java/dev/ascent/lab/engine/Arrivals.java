package dev.ascent.lab.engine;

/** How requests arrive over simulated time, in requests a second. */
public sealed interface Arrivals {

    /** Evenly spaced: exactly one request every 1/rate seconds. */
    record Constant(double perSecond) implements Arrivals {
    }

    /** A Poisson process: exponential gaps with mean 1/rate. */
    record Poisson(double perSecond) implements Arrivals {
    }

    /** Poisson arrivals whose rate goes linearly from {@code from} to {@code to} over {@code overSeconds}, then stays. */
    record Ramp(double from, double to, double overSeconds) implements Arrivals {
    }

    /** Poisson arrivals at {@code base}, jumping to {@code peak} from {@code atSecond} for {@code forSeconds}. */
    record Spike(double base, double peak, double atSecond, double forSeconds) implements Arrivals {
    }

    /** Poisson arrivals whose rate follows mean + amplitude·sin(2πt/period), never below zero. */
    record Diurnal(double mean, double amplitude, double periodSeconds) implements Arrivals {
    }
}
