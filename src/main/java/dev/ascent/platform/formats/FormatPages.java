package dev.ascent.platform.formats;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * The open data formats as pages: an overview at {@code /formats} and, per format, a reference
 * generated from the JSON Schema the validator uses, so the two cannot disagree.
 * <p>
 * It lives in platform, beside the static files it reads, because it only needs each schema's file
 * name under {@code /static/schemas/}: catalog, practice and lab own their formats (and validate them),
 * this page only shows the published schemas, so platform depends on neither. The schemas are
 * read once, when the app starts; they are classpath resources that never change at run time.
 */
@Controller
class FormatPages {

    private final List<Format> formats = List.of(
            format("roadmap", "roadmap-v1.json", "/api/v1/roadmaps/backend-junior-to-senior/source", "backend-junior-to-senior"),
            format("scenario", "scenario-v1.json", null, null),
            format("system", "system-v1.json", null, null),
            format("drill", "drill-v1.json", null, null));

    private static Format format(String name, String schemaFile, @Nullable String exampleUrl, @Nullable String exampleName) {
        return new Format(name, schemaFile, exampleUrl, exampleName, SchemaReader.load("/static/schemas/" + schemaFile));
    }

    @GetMapping("/formats")
    String formats(Model model) {
        model.addAttribute("formats", formats);
        return "formats/index";
    }

    @GetMapping("/formats/{name}")
    String format(@PathVariable String name, Model model) {
        Format format = formats.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no format '%s'.".formatted(name)));
        model.addAttribute("format", format);
        model.addAttribute("reference", format.reference());
        return "formats/reference";
    }
}
