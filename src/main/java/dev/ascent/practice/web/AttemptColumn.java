package dev.ascent.practice.web;

import dev.ascent.practice.Attempt;
import dev.ascent.practice.Scenario;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * One side of the comparison of attempts, with the scenario version that attempt answered and its
 * answers as sanitised HTML. Public because the compiled jte template reads it from another package.
 */
public record AttemptColumn(Attempt attempt, Scenario scenario, Scenario.@Nullable Option option, Map<String, String> html) {
}
