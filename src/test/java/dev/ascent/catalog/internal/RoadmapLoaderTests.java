package dev.ascent.catalog.internal;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.PublishResult.Outcome;
import dev.ascent.catalog.RoadmapSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Built-ins load from the classpath; a team's roadmaps load from a directory kept in git. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoadmapLoaderTests {

    @Autowired
    RoadmapPublisher publisher;

    @Autowired
    Catalog catalog;

    @Autowired
    RoadmapStore store;

    @Test
    void loadsValidFilesFromTheDirectoryAndKeepsBrokenOnesOut(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("team"));
        Files.writeString(dir.resolve("team/platform.yaml"), """
                format: ascent/roadmap@1
                id: team-platform
                version: 1
                title: Platform team onboarding
                summary: What a new platform engineer learns in their first months.
                levels: {from: junior, to: intermediate}
                phases:
                  - id: week-one
                    title: Week one
                    groups: [{id: access, title: Access, topics: [deploy]}]
                topics:
                  - {id: deploy, title: Ship a change, level: junior, kind: practice, hours: 4, summary: Take one change to production.}
                """);
        Files.writeString(dir.resolve("broken.yml"), "format: ascent/roadmap@1\nid: broken\n");
        Files.writeString(dir.resolve("notes.txt"), "not a roadmap");
        var loader = new RoadmapLoader(publisher, store, dir.toString());

        loader.run(new DefaultApplicationArguments());

        assertThat(catalog.roadmap("team-platform")).isPresent();
        assertThat(catalog.roadmap("broken")).isEmpty();
        var outcomes = loader.lastRun().stream()
                .filter(l -> l.source() == RoadmapSource.DIRECTORY)
                .map(l -> l.file() + " " + l.result().outcome())
                .toList();
        assertThat(outcomes).containsExactly("broken.yml INVALID", "team/platform.yaml PUBLISHED");
        assertThat(loader.lastRun().stream().filter(l -> l.source() == RoadmapSource.BUILTIN).map(l -> l.result().outcome()))
                .hasSize(3).containsOnly(Outcome.UNCHANGED);
    }

    @Test
    void aMissingDirectoryIsReportedAndTheBuiltInsStillLoad(@TempDir Path dir) throws Exception {
        var loader = new RoadmapLoader(publisher, store, dir.resolve("does-not-exist").toString());

        loader.run(new DefaultApplicationArguments());

        assertThat(loader.lastRun()).hasSize(3).allMatch(l -> l.source() == RoadmapSource.BUILTIN);
    }

    @Test
    void aFileIdenticalToTheCurrentSourceIsSkippedButAnyChangeIsPublished(@TempDir Path dir) throws Exception {
        String yaml = """
                format: ascent/roadmap@1
                id: team-restart
                version: 1
                title: Restart check
                summary: Loaded twice.
                levels: {from: junior, to: junior}
                phases:
                  - id: one
                    title: One
                    groups: [{id: g, title: G, topics: [t]}]
                topics:
                  - {id: t, title: T, level: junior, kind: theory, hours: 2, summary: A topic.}
                """;
        Files.writeString(dir.resolve("restart.yaml"), yaml);
        new RoadmapLoader(publisher, store, dir.toString()).run(new DefaultApplicationArguments());
        var again = new RoadmapLoader(publisher, store, dir.toString());
        again.run(new DefaultApplicationArguments());
        Files.writeString(dir.resolve("restart.yaml"), yaml.replace("version: 1", "version: 2").replace("Loaded twice.", "Loaded three times."));
        var changed = new RoadmapLoader(publisher, store, dir.toString());
        changed.run(new DefaultApplicationArguments());

        assertThat(again.lastRun().stream().filter(l -> l.file().equals("restart.yaml")).map(l -> l.result().outcome())).containsExactly(Outcome.UNCHANGED);
        assertThat(changed.lastRun().stream().filter(l -> l.file().equals("restart.yaml")).map(l -> l.result().outcome())).containsExactly(Outcome.UPGRADED);
        assertThat(catalog.roadmap("team-restart").orElseThrow().version()).isEqualTo(2);
    }
}
