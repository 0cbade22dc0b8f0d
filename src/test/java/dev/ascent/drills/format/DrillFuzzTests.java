package dev.ascent.drills.format;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ascent.drills.DrillReport;
import dev.ascent.platform.DocumentBounds;
import dev.ascent.platform.YamlUpload;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes uploaded as a drill are either refused as unreadable or validated into a report, never an exception,
 * never a tree or a report without bound; a file that passes is read into a drill. The seeds (the built-in drills and
 * a drill using every effect and a few broken ones, in {@code DrillFuzzTestsInputs/}) run first.
 */
class DrillFuzzTests {

    @FuzzTest(maxDuration = "20s")
    void validatesAnyUploadIntoAReport(byte[] file) throws IOException {
        YamlUpload upload = YamlUpload.of("fuzz.yaml", new ByteArrayInputStream(file), "drill");
        if (upload.unreadable() != null) {
            assertThat(upload.unreadable()).isNotBlank();
            return;
        }

        DrillReport report = DrillValidator.validate(upload.fileName(), upload.text(), DrillValidator.BUILT_IN, DrillLibraryTests.BUILT_IN_ROADMAPS);

        assertThat(report.valid()).isEqualTo(report.drill() != null);
        assertThat(report.valid()).isEqualTo(report.problems().isEmpty());
        assertThat(report.summary()).isNotBlank();
        DocumentBounds.assertBoundedReport(report.problems(), file.length);
        DocumentBounds.assertBoundedTree(upload.fileName(), upload.text(), DrillValidator.FORMAT);
    }
}
