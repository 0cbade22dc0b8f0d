package dev.ascent.practice.internal;

import dev.ascent.platform.YamlUpload;
import dev.ascent.practice.Practice;
import dev.ascent.practice.Publication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Publishes the built-in scenarios and a team's scenario directory at start-up, after the
 * roadmaps (scenarios link to their topics). An invalid or refused file is logged and kept out;
 * it never stops the app.
 * <p>
 * Earlier versions of built-in scenarios, and scenarios the library no longer offers, ship in
 * {@code scenarios/previous/}: they are kept first, so attempts answered against them (here, or in
 * an export from an older server) still find their text. A built-in scenario whose file is gone is
 * then retired: out of the library, closed to new attempts, its attempts untouched.
 */
@Component
@Order(20)
class ScenarioLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScenarioLoader.class);

    private final Practice practice;
    private final ScenarioStore store;
    private final String directory;

    ScenarioLoader(Practice practice, ScenarioStore store, @Value("${ascent.scenarios.dir:}") String directory) {
        this.practice = practice;
        this.store = store;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        for (Resource resource : resolver.getResources("classpath*:scenarios/previous/*.y*ml")) {
            try (var in = resource.getInputStream()) {
                keep("scenarios/previous/" + resource.getFilename(), YamlUpload.decode(in.readAllBytes()));
            }
        }
        Set<String> shipped = new HashSet<>();
        for (Resource resource : resolver.getResources("classpath*:scenarios/*.y*ml")) {
            String fileName = Objects.requireNonNull(resource.getFilename());
            shipped.add(fileName.substring(0, fileName.lastIndexOf('.')));   // a built-in file is named after its id
            try (var in = resource.getInputStream()) {
                load("scenarios/" + fileName, YamlUpload.decode(in.readAllBytes()), Publication.Source.BUILTIN);
            }
        }
        List<String> retired = store.retireBuiltInsExcept(shipped);
        if (!retired.isEmpty()) {
            log.info("Scenarios no longer shipped, retired from the library (attempts at them are kept): {}", retired);
        }
        if (directory.isBlank()) {
            return;
        }
        Path dir = Path.of(directory);
        if (!Files.isDirectory(dir)) {
            log.warn("ascent.scenarios.dir is set to {}, which is not a directory; no team scenarios loaded", dir.toAbsolutePath());
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, 5)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        }
        for (Path file : files) {
            try {
                load(dir.relativize(file).toString(), YamlUpload.decode(Files.readAllBytes(file)), Publication.Source.DIRECTORY);
            } catch (CharacterCodingException e) {
                log.warn("Scenario {} skipped: not UTF-8 text", file);
            }
        }
    }

    private void keep(String name, String yaml) {
        if (store.isKeptSource(name, yaml)) {
            log.debug("Scenario {}: already kept", name);   // byte for byte a kept version: nothing to validate (a faster start)
            return;
        }
        Publication result = practice.keepEarlierVersion(name, yaml);
        switch (result.outcome()) {
            case PUBLISHED -> log.info("Scenario {}: {}", name, result.message());
            case UNCHANGED, UPGRADED -> log.debug("Scenario {}: {}", name, result.message());
            case REFUSED -> log.warn("Scenario {} not kept: {}", name, result.message());
            case INVALID -> {
                log.warn("Scenario {} not kept: {}", name, result.message());
                result.report().problems().forEach(problem -> log.warn("  {}", problem));
            }
        }
    }

    private void load(String name, String yaml, Publication.Source source) {
        if (store.isCurrentSource(name, yaml)) {
            log.debug("Scenario {}: already published", name);   // byte for byte the current version: a faster start
            return;
        }
        Publication result = practice.publish(name, yaml, source);
        switch (result.outcome()) {
            case PUBLISHED, UPGRADED -> log.info("Scenario {}: {}", name, result.message());
            case UNCHANGED -> log.debug("Scenario {}: {}", name, result.message());
            case REFUSED -> log.warn("Scenario {} refused: {}", name, result.message());
            case INVALID -> {
                log.warn("Scenario {} not loaded: {}", name, result.message());
                result.report().problems().forEach(problem -> log.warn("  {}", problem));
            }
        }
    }
}
