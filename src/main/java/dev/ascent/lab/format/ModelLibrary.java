package dev.ascent.lab.format;

import dev.ascent.lab.SystemReport;
import dev.ascent.lab.engine.SystemModel;
import dev.ascent.platform.YamlUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in system models, read from {@code lab/models/<id>.yaml} on the classpath and validated once.
 * Plain Java: the list of ids is here rather than found by scanning the classpath (a test checks that it
 * names every file in the folder). A built-in model that does not validate is a bug, and fails loudly.
 */
public final class ModelLibrary {

    /** In the order a library page lists them: the eight patterns, the models the scenarios use, then those only drills use. */
    public static final List<String> IDS = List.of("slow-consumer-queue", "retry-storm", "cache-stampede", "pool-exhaustion",
            "slow-dependency-without-timeouts", "autoscaling-lag", "bulkhead", "database-bottleneck",
            "receipt-upload", "receipt-extraction-queue", "launch-capacity", "shared-worker-pool", "cold-cache-retries");

    private static final String FOLDER = "/lab/models/";

    /** A built-in model with the YAML it was read from (for showing and editing it). */
    public record Entry(String id, String yaml, SystemModel model) {
    }

    private static final class Holder {
        static final ModelLibrary BUILT_IN = load();
    }

    private final Map<String, Entry> entries;

    private ModelLibrary(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The built-in library, read on first use. */
    public static ModelLibrary builtIn() {
        return Holder.BUILT_IN;
    }

    static ModelLibrary load() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String id : IDS) {
            String yaml = read(FOLDER + id + ".yaml");
            SystemReport report = SystemValidator.validate(id + ".yaml", yaml, null);
            if (!report.valid() || report.model() == null) {
                throw new IllegalStateException("the built-in model " + id + " is not valid: " + report.problems());
            }
            if (!report.model().id().equals(id)) {
                throw new IllegalStateException("the built-in model in " + id + ".yaml has the id " + report.model().id());
            }
            entries.put(id, new Entry(id, yaml, report.model()));
        }
        return new ModelLibrary(entries);
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public List<SystemModel> models() {
        return entries.values().stream().map(Entry::model).toList();
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    private static String read(String resource) {
        try (InputStream in = ModelLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("a built-in model is missing from the classpath: " + resource);
            }
            return YamlUpload.decode(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
