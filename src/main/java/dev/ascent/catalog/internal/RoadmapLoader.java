package dev.ascent.catalog.internal;

import dev.ascent.catalog.PublishResult;
import dev.ascent.platform.YamlUpload;
import dev.ascent.catalog.RoadmapSource;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Publishes the built-in roadmaps and a team's roadmap directory at start-up, before the app
 * reports ready. A file that is invalid or refused is logged and kept out; it never stops the app.
 */
@Component
@Order(10)   // before scenarios, which link to roadmap topics
class RoadmapLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoadmapLoader.class);

    /** The outcome of loading one file, kept for the catalog's "loading problems" notice. */
    record Loaded(String file, RoadmapSource source, PublishResult result) {
    }

    private final RoadmapPublisher publisher;
    private final RoadmapStore store;
    private final String directory;
    private final List<Loaded> lastRun = new CopyOnWriteArrayList<>();

    RoadmapLoader(RoadmapPublisher publisher, RoadmapStore store, @Value("${ascent.roadmaps.dir:}") String directory) {
        this.publisher = publisher;
        this.store = store;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        lastRun.clear();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:roadmaps/*.y*ml")) {
            String name = "roadmaps/" + resource.getFilename();
            try (var in = resource.getInputStream()) {
                load(name, YamlUpload.decode(in.readAllBytes()), RoadmapSource.BUILTIN);
            }
        }
        if (!directory.isBlank()) {
            loadDirectory(Path.of(directory));
        }
    }

    List<Loaded> lastRun() {
        return List.copyOf(lastRun);
    }

    private void loadDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            log.warn("ascent.roadmaps.dir is set to {}, which is not a directory; no team roadmaps loaded", dir.toAbsolutePath());
            return;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir, 5)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted(Comparator.naturalOrder())
                    .forEach(files::add);
        }
        for (Path file : files) {
            String name = dir.relativize(file).toString();
            try {
                load(name, YamlUpload.decode(Files.readAllBytes(file)), RoadmapSource.DIRECTORY);
            } catch (CharacterCodingException e) {
                log.warn("Roadmap {} skipped: not UTF-8 text", file);
            }
        }
    }

    private void load(String name, String yaml, RoadmapSource source) {
        if (store.isCurrentSource(name, yaml)) {
            // the file is byte for byte the source of the current version: nothing to validate or publish (a faster start)
            lastRun.add(new Loaded(name, source, new PublishResult(PublishResult.Outcome.UNCHANGED, "%s is already published".formatted(name),
                    new dev.ascent.catalog.ValidationReport(name, List.of(), null), null)));
            log.debug("Roadmap {}: already published", name);
            return;
        }
        PublishResult result = publisher.publish(name, yaml, source);
        lastRun.add(new Loaded(name, source, result));
        switch (result.outcome()) {
            case PUBLISHED, UPGRADED -> log.info("Roadmap {}: {}", name, result.message());
            case UNCHANGED -> log.debug("Roadmap {}: {}", name, result.message());
            case REFUSED -> log.warn("Roadmap {} refused: {}", name, result.message());
            case INVALID -> {
                log.warn("Roadmap {} not loaded: {}", name, result.message());
                result.report().problems().forEach(problem -> log.warn("  {}", problem));
            }
        }
    }
}
