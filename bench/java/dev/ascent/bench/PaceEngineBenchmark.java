package dev.ascent.bench;

import dev.ascent.catalog.TopicKind;
import dev.ascent.planning.PaceEngine;
import dev.ascent.planning.Plan;
import dev.ascent.planning.PlanInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Planning a 500-topic roadmap over about three years on one core: 500 topics of 2–8 hours with
 * random prerequisites and phase windows across 36 months, at 12 h a week with a mix.
 * Target: well under 10 ms per plan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PaceEngineBenchmark {

    private PlanInput input;

    @Setup
    public void roadmap() {
        Random random = new Random(42);
        LocalDate monday = LocalDate.of(2027, 1, 4);
        List<PlanInput.Item> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            List<String> requires = new ArrayList<>();
            for (int r = 0; r < 3 && i > 0; r++) {
                if (random.nextInt(3) == 0) {
                    requires.add("t" + random.nextInt(i));
                }
            }
            LocalDate notBefore = monday.plusWeeks(i * 150L / 500);
            items.add(new PlanInput.Item("t" + i, "Topic " + i, TopicKind.values()[i % 3], 2 + random.nextInt(7), requires, i % 10 == 0, notBefore));
        }
        input = new PlanInput(monday, 12, Map.of(TopicKind.THEORY, 7, TopicKind.PRACTICE, 5, TopicKind.COMMUNITY, 3), items, Set.of());
    }

    @Benchmark
    public Plan planFiveHundredTopics() {
        return PaceEngine.plan(input);
    }
}
