package dev.ascent.drills.format;

import dev.ascent.platform.YamlUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The built-in drills as text, read from the classpath; the first is the valid fixture the validator tests break. */
final class DrillFixtures {

    static final List<String> IDS = List.of("bad-deploy-latency", "retry-storm-pricing", "cache-stampede-restart",
            "connection-pool-exhaustion", "noisy-neighbour-pool", "partial-partition-payments");
    static final String VALID = read("bad-deploy-latency");

    private DrillFixtures() {
    }

    static String read(String id) {
        try (InputStream in = DrillFixtures.class.getResourceAsStream("/drills/" + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("no built-in drill " + id);
            }
            return YamlUpload.decode(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
