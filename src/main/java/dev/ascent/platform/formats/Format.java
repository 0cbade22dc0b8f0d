package dev.ascent.platform.formats;

import org.jspecify.annotations.Nullable;

/**
 * A published format: its page name (also the command that validates it), its schema file and,
 * where the app serves one, the YAML of a built-in file as an example. Public for the jte templates
 * of {@link FormatPages} (formats/index, formats/reference).
 */
public record Format(String name, String schemaFile, @Nullable String exampleUrl, @Nullable String exampleName,
                     SchemaReference reference) {

    public String schemaUrl() {
        return "/schemas/" + schemaFile;
    }

    public String command() {
        return "java -jar target/ascent.jar %s validate FILE...".formatted(name);
    }
}
