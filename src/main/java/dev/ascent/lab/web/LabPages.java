package dev.ascent.lab.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.lab.Lab;
import dev.ascent.lab.LabRun;
import dev.ascent.lab.RunForm;
import dev.ascent.lab.RunLimitReached;
import dev.ascent.lab.format.ModelLibrary;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Markdown;
import dev.ascent.platform.Outcome;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lab's pages: the library (anyone may read it), a model with its knobs, where a signed-in learner writes down
 * what they expect and runs it, and their runs.
 */
@Controller
class LabPages {

    private final Lab lab;
    private final Markdown markdown;
    private final FormErrors formErrors;
    private final JsonMapper json;
    private final Clock clock;

    LabPages(Lab lab, Markdown markdown, FormErrors formErrors, JsonMapper json, Clock clock) {
        this.lab = lab;
        this.markdown = markdown;
        this.formErrors = formErrors;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/lab")
    String library(@Nullable CurrentAccount me, Model model) {
        model.addAttribute("models", lab.models());
        model.addAttribute("summaries", summaries(lab.models()));
        model.addAttribute("runs", me == null ? List.of() : lab.runs(me.id(), null).stream().limit(10).toList());
        model.addAttribute("calibration", me == null ? null : lab.calibration(me.id()));
        return "lab/library";
    }

    /**
     * A model with its run form; {@code ?knobs[api.replicas]=16} starts the form from those values (a scenario's
     * "open this in the lab"). Keys the model has no knob for are left out; a value is kept as typed, and a bad one
     * is refused beside its field when the learner runs it.
     */
    @GetMapping("/lab/models/{id}")
    String model(@Nullable CurrentAccount me, @PathVariable String id, @RequestParam Map<String, String> query, Model model) {
        ModelLibrary.Entry entry = entry(id);
        Map<String, String> knobs = new java.util.LinkedHashMap<>();
        lab.knobs(entry.model()).forEach(k -> {
            String value = query.get("knobs[" + k.key() + "]");
            if (value != null && !value.isBlank() && value.length() <= 40) {
                knobs.put(k.key(), value.strip());
            }
        });
        return page(me, entry, new RunForm(knobs, null, null, null, null), Map.of(), Map.of(), model);
    }

    @PostMapping("/lab/models/{id}/runs")
    String run(CurrentAccount me, @PathVariable String id, RunForm form, BindingResult binding, HttpServletResponse response, Model model) {
        ModelLibrary.Entry entry = entry(id);
        Outcome<LabRun> outcome;
        try {
            outcome = formErrors.<LabRun>unreadable(binding, () -> lab.problems(id, form)).orElseGet(() -> lab.run(me.id(), id, form));
        } catch (RunLimitReached limit) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limit.retryAfterSeconds()));
            return page(me, entry, form, Map.of("run", limit.getMessage()), FormErrors.typed(binding), model);
        }
        if (outcome instanceof Outcome.Saved<LabRun>(LabRun run)) {
            return "redirect:/lab/runs/" + run.id();
        }
        return page(me, entry, form, FormErrors.rejected(outcome, response), FormErrors.typed(binding), model);
    }

    private String page(@Nullable CurrentAccount me, ModelLibrary.Entry entry, RunForm form, Map<String, String> errors,
                        Map<String, String> typed, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("summary", markdown.html(entry.model().summary()));
        model.addAttribute("topics", lab.topicTitles(entry.model()));
        model.addAttribute("knobs", lab.knobs(entry.model()));
        model.addAttribute("components", Lab.components(entry.model()));
        model.addAttribute("parts", ModelParts.of(entry.model()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("started", clock.millis());
        model.addAttribute("runs", me == null ? List.of() : lab.runs(me.id(), entry.id()));
        return "lab/model";
    }

    @GetMapping("/lab/runs/{runId}")
    String run(CurrentAccount me, @PathVariable UUID runId, Model model) {
        LabRun run = lab.run(me.id(), runId).orElseThrow(LabPages::noRun);
        ModelLibrary.Entry entry = lab.model(run.modelId()).orElse(null);
        model.addAttribute("run", run);
        model.addAttribute("entry", entry);
        model.addAttribute("knobs", entry == null ? List.of() : lab.knobs(entry.model()));
        model.addAttribute("components", entry == null ? List.of() : Lab.components(entry.model()));
        List<SeriesChart> charts = run.result() == null ? List.of() : RunCharts.of(run.result());
        model.addAttribute("charts", charts);
        model.addAttribute("chartData", charts.stream().map(c -> RunCharts.json(c, json)).toList());
        model.addAttribute("others", lab.runs(me.id(), run.modelId()).stream().filter(r -> !r.id().equals(run.id())).toList());
        model.addAttribute("started", clock.millis());
        return "lab/run";
    }

    @GetMapping("/lab/compare/{a}/{b}")
    String compare(CurrentAccount me, @PathVariable UUID a, @PathVariable UUID b, Model model) {
        LabRun first = lab.run(me.id(), a).orElseThrow(LabPages::noRun);
        LabRun second = lab.run(me.id(), b).orElseThrow(LabPages::noRun);
        model.addAttribute("a", first);
        model.addAttribute("b", second);
        List<SeriesChart> charts = first.result() == null || second.result() == null ? List.of() : RunCharts.compare(first.result(), second.result());
        model.addAttribute("charts", charts);
        model.addAttribute("chartData", charts.stream().map(c -> RunCharts.json(c, json)).toList());
        model.addAttribute("rows", Comparison.rows(first, second));
        return "lab/compare";
    }

    private ModelLibrary.Entry entry(String id) {
        return lab.model(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no model '%s' in the lab.".formatted(id)));
    }

    static ResponseStatusException noRun() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such run of yours.");
    }

    private Map<String, String> summaries(List<ModelLibrary.Entry> entries) {
        Map<String, String> summaries = new java.util.LinkedHashMap<>();
        entries.forEach(e -> summaries.put(e.id(), markdown.html(firstParagraph(e.model().summary()))));
        return summaries;
    }

    private static String firstParagraph(String text) {
        int end = text.indexOf("\n\n");
        return end < 0 ? text : text.substring(0, end);
    }
}
