package dev.ascent.catalog.web;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.PublishResult;
import dev.ascent.catalog.RoadmapSource;
import dev.ascent.catalog.ValidationReport;
import dev.ascent.platform.YamlUpload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import java.util.List;

/**
 * Administrators upload a roadmap file, see the validator's full report, and publish it as a new
 * version under the catalog's rules. The same through the API for automation (e.g. from CI).
 */
final class AdminRoadmaps {

    private AdminRoadmaps() {
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
            YamlUpload upload = file != null && !file.isEmpty()
                    ? YamlUpload.of(file.getOriginalFilename(), file.getInputStream(), "roadmap")
                    : YamlUpload.pasted(text, "roadmap");
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
        @Operation(summary = "Validate a roadmap file (the request body) without publishing it: 200 with the summary, or 422 with every problem")
        ResponseEntity<?> validate(HttpServletRequest request, @RequestParam(defaultValue = "roadmap.yaml") String file) throws IOException {
            YamlUpload upload = YamlUpload.of(file, request.getInputStream(), "roadmap");
            if (upload.unreadable() != null) {
                return upload.unreadableProblem();
            }
            ValidationReport report = catalog.validate(upload.fileName(), upload.text());
            if (!report.valid()) {
                // like publishing: a problem document with every problem (at most Problem.MAX_REPORTED), so bad input is never a 200
                return YamlUpload.problem(HttpStatus.UNPROCESSABLE_CONTENT, report.summary(), report.problems());
            }
            return ResponseEntity.ok(Report.of(report));
        }

        @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
        @Operation(summary = "Publish a roadmap file (the request body): 201 for a new roadmap, 200 for an upgrade or no change, "
                + "422 with every problem for an invalid file, 409 for a lower or equal version with different content")
        ResponseEntity<?> publish(HttpServletRequest request, @RequestParam(defaultValue = "roadmap.yaml") String file) throws IOException {
            YamlUpload upload = YamlUpload.of(file, request.getInputStream(), "roadmap");
            if (upload.unreadable() != null) {
                return upload.unreadableProblem();
            }
            PublishResult result = catalog.publish(upload.fileName(), upload.text(), RoadmapSource.UPLOAD);
            return switch (result.outcome()) {
                case PUBLISHED -> ResponseEntity.status(HttpStatus.CREATED).body(published(result));
                case UPGRADED, UNCHANGED -> ResponseEntity.ok(published(result));
                case REFUSED -> YamlUpload.problem(HttpStatus.CONFLICT, result.message(), result.report().problems());
                case INVALID -> YamlUpload.problem(HttpStatus.UNPROCESSABLE_CONTENT, result.message(), result.report().problems());
            };
        }

        private static Published published(PublishResult result) {
            var roadmap = result.report().roadmap();
            return new Published(result.outcome().name(), result.message(), roadmap.id(), roadmap.version());
        }

    }
}
