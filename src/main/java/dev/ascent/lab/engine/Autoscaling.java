package dev.ascent.lab.engine;

/**
 * Every {@code evaluateSeconds}, sizes a service to keep busy-workers/workers near {@code targetUtilisation}, between
 * {@code min} and {@code max} replicas; a new replica starts taking work {@code provisioningSeconds} after it was asked for.
 */
public record Autoscaling(double targetUtilisation, int min, int max, double provisioningSeconds, double evaluateSeconds) {
}
