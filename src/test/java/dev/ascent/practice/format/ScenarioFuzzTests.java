package dev.ascent.practice.format;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.Roadmap.Topic;
import dev.ascent.catalog.format.RoadmapValidator;
import dev.ascent.platform.DocumentBounds;
import dev.ascent.platform.YamlUpload;
import dev.ascent.practice.ScenarioReport;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes uploaded as a decision scenario are either refused as unreadable or validated into a
 * report, never an exception, never a tree or a report without bound. The linked topics are checked
 * against the topic ids of the built-in roadmaps, so the seeds (the built-in scenarios, in
 * {@code ScenarioFuzzTestsInputs/}) reach that rule too.
 */
class ScenarioFuzzTests {

    /** The topic ids of the built-in roadmaps, read as the app reads them. */
    private static final Map<String, Set<String>> TOPICS = builtInTopics();

    private static final ScenarioValidator.Topics ROADMAPS = new ScenarioValidator.Topics() {
        @Override
        public Set<String> roadmapIds() {
            return TOPICS.keySet();
        }

        @Override
        public @Nullable Set<String> topicIds(String roadmapId) {
            return TOPICS.get(roadmapId);
        }
    };

    private static Map<String, Set<String>> builtInTopics() {
        Map<String, Set<String>> topics = new HashMap<>();
        for (String name : List.of("backend-growth-map", "backend-junior-to-senior", "senior-judgment")) {
            try (InputStream in = ScenarioFuzzTests.class.getResourceAsStream("/roadmaps/" + name + ".yaml")) {
                Roadmap roadmap = RoadmapValidator.validate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)).roadmap();
                topics.put(roadmap.id(), roadmap.topics().stream().map(Topic::id).collect(Collectors.toSet()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(topics);
    }

    @FuzzTest(maxDuration = "20s")
    void validatesAnyUploadIntoAReport(byte[] file) throws IOException {
        YamlUpload upload = YamlUpload.of("fuzz.yaml", new ByteArrayInputStream(file), "scenario");
        if (upload.unreadable() != null) {
            assertThat(upload.unreadable()).isNotBlank();
            return;
        }

        ScenarioReport report = ScenarioValidator.validate(upload.fileName(), upload.text(), ROADMAPS);

        assertThat(report.valid()).isEqualTo(report.scenario() != null);
        assertThat(report.valid()).isEqualTo(report.problems().isEmpty());
        assertThat(report.summary()).isNotBlank();
        DocumentBounds.assertBoundedReport(report.problems(), file.length);
        DocumentBounds.assertBoundedTree(upload.fileName(), upload.text(), ScenarioValidator.FORMAT);
    }
}
