package dev.ascent.drills.internal;

import dev.ascent.drills.Drill;
import dev.ascent.drills.DrillReport;
import dev.ascent.drills.format.DrillValidator;
import dev.ascent.lab.engine.SystemModel;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The built-in drills ({@code classpath:drills/*.yaml}), read and checked once at start-up against the lab's models. A
 * built-in drill that does not validate stops the start: the tests keep them valid. They are read on a thread of their
 * own while the rest of the app is made (a shorter start), and the start waits for them once every bean is made.
 */
@Component
public class DrillCatalog implements SmartInitializingSingleton {

    private final CompletableFuture<List<Drill>> drills;

    DrillCatalog() {
        // topics are checked against the built-in roadmaps by the tests: the catalog publishes them after start-up
        this.drills = CompletableFuture.supplyAsync(DrillCatalog::read, task -> Thread.ofPlatform().name("drill-catalog").daemon().start(task));
    }

    private static List<Drill> read() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:drills/*.yaml");
            return Arrays.stream(files).map(file -> {
                try {
                    String text = file.getContentAsString(StandardCharsets.UTF_8);
                    DrillReport report = DrillValidator.validate(file.getFilename(), text, DrillValidator.BUILT_IN, null);
                    if (!report.valid()) {
                        throw new IllegalStateException("built-in drill " + file.getFilename() + " is not valid: " + report.problems());
                    }
                    return report.drill();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sorted(Comparator.comparing(Drill::title)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every bean is made: an invalid built-in drill stops the start here, as it did when they were read in the constructor. */
    @Override
    public void afterSingletonsInstantiated() {
        drills();
    }

    public List<Drill> drills() {
        try {
            return drills.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public Optional<Drill> drill(String id) {
        return drills().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<SystemModel> model(Drill drill) {
        return dev.ascent.lab.BuiltInModels.model(drill.model());
    }
}
