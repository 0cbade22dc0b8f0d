package dev.ascent.catalog.format;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ascent.catalog.ValidationReport;
import dev.ascent.platform.DocumentBounds;
import dev.ascent.platform.YamlUpload;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes uploaded as a roadmap (the admin upload, the API, the start-up loader and
 * {@code java -jar ascent.jar roadmap validate} all take this path) are either refused as unreadable
 * or validated into a report: never an exception, never a tree or a report without bound.
 * Seeds: the built-in roadmaps and the broken fixtures, in {@code RoadmapFuzzTestsInputs/}.
 */
class RoadmapFuzzTests {

    @FuzzTest(maxDuration = "20s")
    void validatesAnyUploadIntoAReport(byte[] file) throws IOException {
        YamlUpload upload = YamlUpload.of("fuzz.yaml", new ByteArrayInputStream(file), "roadmap");
        if (upload.unreadable() != null) {
            assertThat(upload.unreadable()).isNotBlank();
            return;
        }

        ValidationReport report = RoadmapValidator.validate(upload.fileName(), upload.text());

        assertThat(report.valid()).isEqualTo(report.roadmap() != null);
        assertThat(report.valid()).isEqualTo(report.problems().isEmpty());
        assertThat(report.summary()).isNotBlank();
        DocumentBounds.assertBoundedReport(report.problems(), file.length);
        DocumentBounds.assertBoundedTree(upload.fileName(), upload.text(), "ascent/roadmap@1");
    }
}
