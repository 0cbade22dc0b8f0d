package dev.ascent.catalog.web;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.PublishResult;
import dev.ascent.catalog.RoadmapCommand;
import dev.ascent.catalog.RoadmapSource;
import dev.ascent.catalog.ValidationReport;
import dev.ascent.platform.YamlDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.List;

/**
 * Administrators upload a roadmap file, see the validator's full report, and publish it as a new
 * version under the catalog's rules. The same through the API for automation (e.g. from CI).
 */
final class AdminRoadmaps {

    private AdminRoadmaps() {
    }

    /** A file as received: its name and text, or why it could not be read. */
    record Upload(String fileName, String text, @Nullable String unreadable) {

        static Upload of(@Nullable String fileName, InputStream in) throws IOException {
            String name = fileName == null || fileName.isBlank() ? "roadmap.yaml" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
            byte[] bytes = in.readNBytes(YamlDocument.MAX_BYTES + 1);
            if (bytes.length > YamlDocument.MAX_BYTES) {
                // only the first bytes past the limit were read, so the true size is unknown: say so
                return new Upload(name, "", "the file is more than 2.0 MB; a roadmap may be at most 2.0 MB");
            }
            try {
                return new Upload(name, RoadmapCommand.decode(bytes), null);
            } catch (CharacterCodingException e) {
                return new Upload(name, "", "the file is not UTF-8 text; save it as UTF-8");
            }
        }
    }

    @Controller
    static class Pages {

        private final Catalog catalog;

        Pages(Catalog catalog) {
            this.catalog = catalog;
        }

        @GetMapping("/admin/roadmaps")
        String page(Model model) {
            model.addAttribute("roadmaps", catalog.roadmaps());
            return "admin/roadmaps";
        }

        @PostMapping("/admin/roadmaps")
        String upload(@RequestParam(required = false) @Nullable MultipartFile file,
                      @RequestParam(required = false) @Nullable String text,
                      @RequestParam(defaultValue = "validate") String action,
                      HttpServletResponse response, Model model) throws IOException {
            Upload upload = file != null && !file.isEmpty()
                    ? Upload.of(file.getOriginalFilename(), file.getInputStream())
                    : Upload.of("pasted.yaml", new java.io.ByteArrayInputStream((text == null ? "" : text).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            model.addAttribute("roadmaps", catalog.roadmaps());
            model.addAttribute("fileName", upload.fileName());
            if (upload.unreadable() != null) {
                model.addAttribute("unreadable", upload.unreadable());
                response.setStatus(422);
                return "admin/roadmaps";
            }
            if (upload.text().isBlank() && (file == null || file.isEmpty())) {
                model.addAttribute("unreadable", "Choose a YAML file or paste one.");
                response.setStatus(422);
                return "admin/roadmaps";
            }
            model.addAttribute("text", upload.text());
            if ("publish".equals(action)) {
                PublishResult result = catalog.publish(upload.fileName(), upload.text(), RoadmapSource.UPLOAD);
                model.addAttribute("result", result);
                model.addAttribute("report", result.report());
                model.addAttribute("roadmaps", catalog.roadmaps());
                if (!result.accepted()) {
                    response.setStatus(result.outcome() == PublishResult.Outcome.REFUSED ? 409 : 422);
                }
            } else {
                ValidationReport report = catalog.validate(upload.fileName(), upload.text());
                model.addAttribute("report", report);
                if (!report.valid()) {
                    response.setStatus(422);
                }
            }
            return "admin/roadmaps";
        }
    }

    @RestController
    @RequestMapping(path = "/api/v1/admin/roadmaps", produces = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "Administration")
    static class Api {

        private final Catalog catalog;

        Api(Catalog catalog) {
            this.catalog = catalog;
        }

        record Report(String file, boolean valid, String summary, List<String> problems) {
            static Report of(ValidationReport report) {
                return new Report(report.file(), report.valid(), report.summary(),
                        report.problems().stream().map(Object::toString).toList());
            }
        }

        record Published(String outcome, String message, String roadmapId, int version) {
        }

        @PostMapping(path = "/validate", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
        @Operation(summary = "Validate a roadmap file (the request body) without publishing it")
        ResponseEntity<?> validate(HttpServletRequest request, @RequestParam(defaultValue = "roadmap.yaml") String file) throws IOException {
            Upload upload = Upload.of(file, request.getInputStream());
            if (upload.unreadable() != null) {
                return unreadable(upload);
            }
            ValidationReport report = catalog.validate(upload.fileName(), upload.text());
            return ResponseEntity.ok(Report.of(report));
        }

        @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
        @Operation(summary = "Publish a roadmap file (the request body): 201 for a new roadmap, 200 for an upgrade or no change, "
                + "422 with every problem for an invalid file, 409 for a lower or equal version with different content")
        ResponseEntity<?> publish(HttpServletRequest request, @RequestParam(defaultValue = "roadmap.yaml") String file) throws IOException {
            Upload upload = Upload.of(file, request.getInputStream());
            if (upload.unreadable() != null) {
                return unreadable(upload);
            }
            PublishResult result = catalog.publish(upload.fileName(), upload.text(), RoadmapSource.UPLOAD);
            return switch (result.outcome()) {
                case PUBLISHED -> ResponseEntity.status(HttpStatus.CREATED).body(published(result));
                case UPGRADED, UNCHANGED -> ResponseEntity.ok(published(result));
                case REFUSED -> problem(HttpStatus.CONFLICT, result.message(), result.report());
                case INVALID -> problem(HttpStatus.UNPROCESSABLE_CONTENT, result.message(), result.report());
            };
        }

        private static Published published(PublishResult result) {
            var roadmap = result.report().roadmap();
            return new Published(result.outcome().name(), result.message(), roadmap.id(), roadmap.version());
        }

        private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, ValidationReport report) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setProperty("problems", report.problems().stream().map(p -> new ProblemLine(p.line(), p.path(), p.message(), p.toString())).toList());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }

        private static ResponseEntity<ProblemDetail> unreadable(Upload upload) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, upload.fileName() + ": " + upload.unreadable());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }

        record ProblemLine(int line, String path, String message, String text) {
        }
    }
}
