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
import java.util.List;
import java.util.stream.Stream;

/**
 * Publishes the built-in scenarios and a team's scenario directory at start-up, after the
 * roadmaps (scenarios link to their topics). An invalid or refused file is logged and kept out;
 * it never stops the app.
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
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:scenarios/*.y*ml")) {
            try (var in = resource.getInputStream()) {
                load("scenarios/" + resource.getFilename(), YamlUpload.decode(in.readAllBytes()), Publication.Source.BUILTIN);
            }
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
