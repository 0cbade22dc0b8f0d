package dev.ascent.lab.format;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ascent.lab.SystemReport;
import dev.ascent.platform.DocumentBounds;
import dev.ascent.platform.YamlUpload;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes uploaded as a system model are either refused as unreadable or validated into a report, never an
 * exception, never a tree or a report without bound; a file that passes is read into a model. The seeds (the
 * built-in models and a model using every kind, in {@code SystemFuzzTestsInputs/}) run first.
 */
class SystemFuzzTests {

    @FuzzTest(maxDuration = "20s")
    void validatesAnyUploadIntoAReport(byte[] file) throws IOException {
        YamlUpload upload = YamlUpload.of("fuzz.yaml", new ByteArrayInputStream(file), "system");
        if (upload.unreadable() != null) {
            assertThat(upload.unreadable()).isNotBlank();
            return;
        }

        SystemReport report = SystemValidator.validate(upload.fileName(), upload.text(), ModelLibraryTests.BUILT_IN_ROADMAPS);

        assertThat(report.valid()).isEqualTo(report.model() != null);
        assertThat(report.valid()).isEqualTo(report.problems().isEmpty());
        assertThat(report.summary()).isNotBlank();
        DocumentBounds.assertBoundedReport(report.problems(), file.length);
        DocumentBounds.assertBoundedTree(upload.fileName(), upload.text(), SystemValidator.FORMAT);
    }
}
