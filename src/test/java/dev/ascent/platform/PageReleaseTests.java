package dev.ascent.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The release in public pages' ETags changes with whatever a page is made of, in either template engine, and only then. */
class PageReleaseTests {

    @TempDir
    Path classpath;

    @Test
    void aChangedTemplateStylesheetOrScriptChangesTheReleaseAndNothingElseDoes() throws IOException {
        write("gg/jte/generated/precompiled/catalog/JteroadmapGenerated.class", "compiled roadmap v1");
        write("static/css/app.css", "a {}");
        String first = release();

        write("dev/ascent/Other.class", "not a page");
        assertThat(release()).as("a class that is not a template").isEqualTo(first);

        write("gg/jte/generated/precompiled/catalog/JteroadmapGenerated.class", "compiled roadmap v2");
        String afterJte = release();
        assertThat(afterJte).as("a changed jte template").isNotEqualTo(first);

        write("gg/jte/generated/precompiled/catalog/JteroadmapGenerated.bin", "text of the roadmap page, changed");
        String afterText = release();
        assertThat(afterText).as("a template's text changed").isNotEqualTo(afterJte);

        write("static/css/app.css", "a { color: red }");
        assertThat(release()).as("a changed stylesheet").isNotEqualTo(afterText);
    }

    @Test
    void aFolderThatIsMissingIsNoError() throws IOException {
        write("gg/jte/generated/precompiled/catalog/JteroadmapGenerated.class", "compiled roadmap");

        assertThat(release()).as("no static/: only jte's classes").hasSize(12);
    }

    @Test
    void theAppsReleaseCoversTheTemplatesJteCompiled() {
        // the folder PublicCaching digests is where jte-maven-plugin puts the classes (its default package)
        assertThat(getClass().getClassLoader().getResource("gg/jte/generated/precompiled/catalog/JteroadmapGenerated.class")).isNotNull();
        assertThat(getClass().getClassLoader().getResource("gg/jte/generated/precompiled/catalog/JteroadmapGenerated.bin"))
                .as("the templates' text, as bytes beside the classes").isNotNull();
        assertThat(PublicCaching.PAGE_FOLDERS).contains("gg/jte/generated/precompiled");
    }

    private void write(String path, String content) throws IOException {
        Path file = classpath.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private String release() throws IOException {
        try (var loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null)) {
            return PublicCaching.digestOfPages(loader);
        }
    }
}
