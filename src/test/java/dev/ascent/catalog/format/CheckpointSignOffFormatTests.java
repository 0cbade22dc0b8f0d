package dev.ascent.catalog.format;

import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.ValidationReport;
import dev.ascent.platform.Problem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The optional {@code signOff} of a checkpoint: older files stay valid, {@code mentor} is read, anything else is refused. */
class CheckpointSignOffFormatTests {

    private static String minimal() throws IOException {
        try (InputStream in = CheckpointSignOffFormatTests.class.getResourceAsStream("/roadmaps/valid/minimal.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String withSignOff(String value) throws IOException {
        String yaml = minimal();
        assertThat(yaml).contains("    title: First service shipped\n");
        return yaml.replace("    title: First service shipped\n", "    title: First service shipped\n    signOff: " + value + "\n");
    }

    @Test
    void aCheckpointWithoutSignOffNeedsNone() throws IOException {
        ValidationReport report = RoadmapValidator.validate("minimal.yaml", minimal());
        assertThat(report.valid()).isTrue();
        Roadmap.Checkpoint checkpoint = report.roadmap().checkpoints().getFirst();
        assertThat(checkpoint.signOff()).isNull();
        assertThat(checkpoint.needsSignOff()).isFalse();
    }

    @Test
    void readsSignOffByAMentor() throws IOException {
        ValidationReport report = RoadmapValidator.validate("minimal.yaml", withSignOff("mentor"));
        assertThat(report.problems()).isEmpty();
        Roadmap.Checkpoint checkpoint = report.roadmap().checkpoints().getFirst();
        assertThat(checkpoint.signOff()).isEqualTo(Roadmap.SignOff.MENTOR);
        assertThat(checkpoint.needsSignOff()).isTrue();
    }

    @Test
    void refusesAnyOtherSignOffNamingTheLineAndTheValue() throws IOException {
        ValidationReport report = RoadmapValidator.validate("minimal.yaml", withSignOff("manager"));
        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).map(Problem::toString).singleElement().asString()
                .startsWith("minimal.yaml:85: checkpoints[0].signOff:").contains("manager");
    }

    @Test
    void theBuiltInJuniorToSeniorRoadmapAsksForSignOffAtTwelveAndEighteenMonths() throws IOException {
        try (InputStream in = CheckpointSignOffFormatTests.class.getResourceAsStream("/roadmaps/backend-junior-to-senior.yaml")) {
            ValidationReport report = RoadmapValidator.validate("backend-junior-to-senior.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(report.problems()).isEmpty();
            assertThat(report.roadmap().checkpoints()).filteredOn(Roadmap.Checkpoint::needsSignOff).extracting(Roadmap.Checkpoint::month)
                    .contains(12, 18);
        }
    }
}
