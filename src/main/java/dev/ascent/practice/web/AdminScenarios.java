package dev.ascent.practice.web;

import dev.ascent.platform.YamlUpload;
import dev.ascent.practice.Practice;
import dev.ascent.practice.Publication;
import dev.ascent.practice.ScenarioReport;
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

/** Administrators upload a scenario file, see the validator's full report, and publish it; the same through the API. */
final class AdminScenarios {

    private static final String NOUN = "scenario";

    private AdminScenarios() {
    }

    @Controller
    static class Pages {

        private final Practice practice;

        Pages(Practice practice) {
            this.practice = practice;
        }

        @GetMapping("/admin/scenarios")
        String page(Model model) {
            model.addAttribute("scenarios", practice.scenarios());
            return "admin/scenarios";
        }

        @PostMapping("/admin/scenarios")
        String upload(@RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(required = false) @Nullable String text,
                      @RequestParam(defaultValue = "validate") String action, HttpServletResponse response, Model model) throws IOException {
            boolean hasFile = file != null && !file.isEmpty();
            YamlUpload upload = hasFile ? YamlUpload.of(file.getOriginalFilename(), file.getInputStream(), NOUN) : YamlUpload.pasted(text, NOUN);
            model.addAttribute("fileName", upload.fileName());
            if (upload.unreadable() == null && upload.text().isBlank() && !hasFile) {
                model.addAttribute("unreadable", "Choose a YAML file or paste one.");
            } else if (upload.unreadable() != null) {
                model.addAttribute("unreadable", upload.unreadable());
            }
            if (model.getAttribute("unreadable") != null) {
                model.addAttribute("scenarios", practice.scenarios());
                response.setStatus(422);
                return "admin/scenarios";
            }
            model.addAttribute("text", upload.text());
            if ("publish".equals(action)) {
                Publication result = practice.publish(upload.fileName(), upload.text(), Publication.Source.UPLOAD);
                model.addAttribute("result", result);
                model.addAttribute("report", result.report());
                if (!result.accepted()) {
                    response.setStatus(result.outcome() == Publication.Outcome.REFUSED ? 409 : 422);
                }
            } else {
                ScenarioReport report = practice.validate(upload.fileName(), upload.text());
                model.addAttribute("report", report);
                if (!report.valid()) {
                    response.setStatus(422);
                }
            }
            model.addAttribute("scenarios", practice.scenarios());
            return "admin/scenarios";
        }
    }

    @RestController
    @RequestMapping(path = "/api/v1/admin/scenarios", produces = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "Administration")
    static class Api {

        private final Practice practice;

        Api(Practice practice) {
            this.practice = practice;
        }

        record Report(String file, boolean valid, String summary, List<String> problems) {
        }

        record Published(String outcome, String message, String scenarioId, int version) {
        }

        @PostMapping(path = "/validate", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
        @Operation(summary = "Validate a scenario file (the request body) without publishing it: 200 with the summary, or 422 with every problem")
        ResponseEntity<?> validate(HttpServletRequest request, @RequestParam(defaultValue = "scenario.yaml") String file) throws IOException {
            YamlUpload upload = YamlUpload.of(file, request.getInputStream(), NOUN);
            if (upload.unreadable() != null) {
                return upload.unreadableProblem();
            }
            ScenarioReport report = practice.validate(upload.fileName(), upload.text());
            if (!report.valid()) {
                return YamlUpload.problem(HttpStatus.UNPROCESSABLE_CONTENT, report.summary(), report.problems());
            }
            return ResponseEntity.ok(new Report(report.file(), report.valid(), report.summary(), report.problems().stream().map(Object::toString).toList()));
        }

        @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
        @Operation(summary = "Publish a scenario file (the request body): 201 for a new scenario, 200 for an upgrade or no change, "
                + "422 with every problem for an invalid file, 409 for a lower or equal version with different content")
        ResponseEntity<?> publish(HttpServletRequest request, @RequestParam(defaultValue = "scenario.yaml") String file) throws IOException {
            YamlUpload upload = YamlUpload.of(file, request.getInputStream(), NOUN);
            if (upload.unreadable() != null) {
                return upload.unreadableProblem();
            }
            Publication result = practice.publish(upload.fileName(), upload.text(), Publication.Source.UPLOAD);
            return switch (result.outcome()) {
                case PUBLISHED -> ResponseEntity.status(HttpStatus.CREATED).body(published(result));
                case UPGRADED, UNCHANGED -> ResponseEntity.ok(published(result));
                case REFUSED -> YamlUpload.problem(HttpStatus.CONFLICT, result.message(), result.report().problems());
                case INVALID -> YamlUpload.problem(HttpStatus.UNPROCESSABLE_CONTENT, result.message(), result.report().problems());
            };
        }

        private static Published published(Publication result) {
            var scenario = result.report().scenario();
            return new Published(result.outcome().name(), result.message(), scenario.id(), scenario.version());
        }
    }
}
