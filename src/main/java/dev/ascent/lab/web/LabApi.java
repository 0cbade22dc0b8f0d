package dev.ascent.lab.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.lab.Knob;
import dev.ascent.lab.Lab;
import dev.ascent.lab.LabRun;
import dev.ascent.lab.RunForm;
import dev.ascent.lab.RunLimitReached;
import dev.ascent.lab.SystemReport;
import dev.ascent.lab.format.ModelLibrary;
import dev.ascent.platform.ApiOutcomes;
import dev.ascent.platform.YamlUpload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/** The lab through the API: the models, checking a model file, running a built-in model or your own, your runs. */
@RestController
@RequestMapping(path = "/api/v1/lab", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Lab")
class LabApi {


    private final Lab lab;

    LabApi(Lab lab) {
        this.lab = lab;
    }

    record ModelBrief(String id, String title, String summary, List<String> topics, double durationSeconds, List<String> components,
                      List<Knob> knobs) {
        static ModelBrief of(ModelLibrary.Entry e) {
            return new ModelBrief(e.id(), e.model().title(), e.model().summary(), e.model().topics(), e.model().durationSeconds(),
                    Lab.components(e.model()), dev.ascent.lab.internal.Knobs.of(e.model()));
        }
    }

    record ModelDetail(ModelBrief model, String yaml) {
    }

    record Report(String file, boolean valid, String summary) {
    }

    @GetMapping("/models")
    @Operation(summary = "The built-in models, with the knobs each one has")
    List<ModelBrief> models() {
        return lab.models().stream().map(ModelBrief::of).toList();
    }

    @GetMapping("/models/{id}")
    @Operation(summary = "One built-in model, with its YAML (format ascent/system@1)")
    ModelDetail model(@PathVariable String id) {
        ModelLibrary.Entry entry = lab.model(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no model '%s' in the lab.".formatted(id)));
        return new ModelDetail(ModelBrief.of(entry), entry.yaml());
    }

    @PostMapping(path = "/validate", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @Operation(summary = "Check a model file (the request body): 200 with its summary, or 422 with every problem, each with line and path")
    ResponseEntity<?> validate(HttpServletRequest request, @RequestParam(defaultValue = "system.yaml") String file) throws IOException {
        YamlUpload upload = YamlUpload.of(file, request.getInputStream(), "system model");
        if (upload.unreadable() != null) {
            return upload.unreadableProblem();
        }
        SystemReport report = lab.validate(upload.fileName(), upload.text());
        if (!report.valid()) {
            return YamlUpload.problem(HttpStatus.UNPROCESSABLE_CONTENT, report.summary(), report.problems());
        }
        return ResponseEntity.ok(new Report(report.file(), true, report.summary()));
    }

    @PostMapping(path = "/models/{id}/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Run a built-in model ({\"knobs\": {\"api.replicas\": 4}, \"predictedP99Ms\", \"predictedBottleneck\", \"seed\"}): "
            + "201 with the run and its result, 422 naming a bad knob, 429 with Retry-After over the fair-use limit")
    ResponseEntity<?> run(CurrentAccount me, @PathVariable String id, @RequestBody RunForm body) {
        return ApiOutcomes.respond(lab.run(me.id(), id, body), HttpStatus.CREATED);
    }

    @PostMapping(path = "/runs", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @Operation(summary = "Run a model of your own (the request body, format ascent/system@1; ?seed= optional): 201 with the run, "
            + "422 with every problem of the file, 429 with Retry-After over the fair-use limit")
    ResponseEntity<?> runOwn(CurrentAccount me, HttpServletRequest request, @RequestParam(defaultValue = "system.yaml") String file,
                             @RequestParam(required = false) @Nullable Long seed) throws IOException {
        YamlUpload upload = YamlUpload.of(file, request.getInputStream(), "system model");
        if (upload.unreadable() != null) {
            return upload.unreadableProblem();
        }
        SystemReport report = lab.validate(upload.fileName(), upload.text());
        if (!report.valid() || report.model() == null) {
            return YamlUpload.problem(HttpStatus.UNPROCESSABLE_CONTENT, report.summary(), report.problems());
        }
        return ApiOutcomes.respond(lab.run(me.id(), report.model(), new RunForm(null, null, null, seed, null)), HttpStatus.CREATED);
    }

    @GetMapping("/runs")
    @Operation(summary = "Your latest runs, newest first, without their second-by-second series (?model= for one model's)")
    List<LabRun> runs(CurrentAccount me, @RequestParam(required = false) @Nullable String model) {
        return lab.runs(me.id(), model);
    }

    @GetMapping("/runs/{runId}")
    @Operation(summary = "One of your runs with its full result")
    LabRun run(CurrentAccount me, @PathVariable UUID runId) {
        return lab.run(me.id(), runId).orElseThrow(LabPages::noRun);
    }

    @ExceptionHandler(RunLimitReached.class)
    ResponseEntity<ProblemDetail> limited(RunLimitReached limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, limit.getMessage());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(limit.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
