package dev.ascent.catalog.internal;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.PublishResult;
import dev.ascent.catalog.PublishResult.Outcome;
import dev.ascent.catalog.RoadmapRelease;
import dev.ascent.catalog.RoadmapSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Versioning: ids are kept across versions, removals are recorded, and a roadmap never goes back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoadmapPublisherTests {

    @Autowired
    Catalog catalog;

    private static String roadmap(String id, int version, String extraTopicId, String title) {
        return """
                format: ascent/roadmap@1
                id: %1$s
                version: %2$d
                title: %4$s
                summary: A roadmap used to test versioning.
                levels: {from: junior, to: senior}
                phases:
                  - id: basics
                    title: Basics
                    groups: [{id: core, title: Core, topics: [http, %3$s]}]
                topics:
                  - {id: http, title: HTTP, level: junior, kind: theory, hours: 5, summary: Requests and responses.}
                  - {id: %3$s, title: Extra %3$s, level: junior, kind: practice, hours: 5, summary: Something to build., requires: [http]}
                """.formatted(id, version, extraTopicId, title);
    }

    private static String newId() {
        return "versioned-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void publishesANewRoadmapAndIgnoresTheSameFileTwice() {
        String id = newId();

        PublishResult first = catalog.publish("a.yaml", roadmap(id, 1, "sql", "First"), RoadmapSource.UPLOAD);
        PublishResult again = catalog.publish("a.yaml", roadmap(id, 1, "sql", "First") + "\n# a comment changes nothing\n", RoadmapSource.UPLOAD);

        assertThat(first.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(catalog.releases(id)).hasSize(1);
    }

    @Test
    void upgradeKeepsEveryIdThatStillExistsAndRecordsWhatWasRemoved() {
        String id = newId();
        catalog.publish("a.yaml", roadmap(id, 1, "sql", "First"), RoadmapSource.UPLOAD);

        PublishResult upgrade = catalog.publish("a.yaml", roadmap(id, 2, "graphql", "Second"), RoadmapSource.UPLOAD);

        assertThat(upgrade.outcome()).isEqualTo(Outcome.UPGRADED);
        assertThat(upgrade.message()).isEqualTo("upgraded %s from version 1 to 2: 1 added, 1 removed, 1 changed".formatted(id));
        var roadmap = catalog.roadmap(id).orElseThrow();
        assertThat(roadmap.version()).isEqualTo(2);
        assertThat(roadmap.topic("http")).isPresent();
        assertThat(roadmap.topic("sql")).isEmpty();
        RoadmapRelease latest = catalog.releases(id).getFirst();
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.added()).containsExactly(new RoadmapRelease.Change("topic", "graphql", "Extra graphql"));
        assertThat(latest.removed()).containsExactly(new RoadmapRelease.Change("topic", "sql", "Extra sql"));
        assertThat(latest.changed()).containsExactly(new RoadmapRelease.Change("phase", "basics", "Basics"));
    }

    @Test
    void refusesALowerVersion() {
        String id = newId();
        catalog.publish("a.yaml", roadmap(id, 3, "sql", "Third"), RoadmapSource.UPLOAD);

        PublishResult downgrade = catalog.publish("a.yaml", roadmap(id, 2, "sql", "Second"), RoadmapSource.UPLOAD);

        assertThat(downgrade.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(downgrade.message()).isEqualTo(
                "%s version 2 is older than the published version 3; a roadmap never goes back — publish it as version 4".formatted(id));
        assertThat(catalog.roadmap(id).orElseThrow().title()).isEqualTo("Third");
    }

    @Test
    void refusesTheSameVersionWithDifferentContent() {
        String id = newId();
        catalog.publish("a.yaml", roadmap(id, 1, "sql", "First"), RoadmapSource.UPLOAD);

        PublishResult changed = catalog.publish("a.yaml", roadmap(id, 1, "sql", "Renamed"), RoadmapSource.UPLOAD);

        assertThat(changed.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(changed.message()).isEqualTo(
                "%s version 1 is already published with different content; raise 'version' to 2 to publish this change".formatted(id));
        assertThat(catalog.roadmap(id).orElseThrow().title()).isEqualTo("First");
    }

    @Test
    void publishesNothingFromAnInvalidFile() {
        String id = newId();

        PublishResult invalid = catalog.publish("broken.yaml", roadmap(id, 1, "sql", "First").replace("hours: 5", "hours: -1"), RoadmapSource.UPLOAD);

        assertThat(invalid.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(invalid.message()).isEqualTo("broken.yaml has 2 problems; nothing was published");
        assertThat(catalog.roadmap(id)).isEmpty();
    }
}
