package dev.ascent.practice.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Markdown;
import dev.ascent.platform.Outcome;
import dev.ascent.practice.Attempt;
import dev.ascent.practice.AttemptForm;
import dev.ascent.practice.Practice;
import dev.ascent.practice.Scenario;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Working through a scenario: frame the problem, choose, record the decision, see what happened
 * and rate yourself. The form autosaves through htmx while typing; without JavaScript, "Save
 * draft" does the same. Attempts of one scenario compare side by side.
 */
@Controller
class AttemptPages {

    private final Practice practice;
    private final Markdown markdown;
    private final FormErrors formErrors;
    private final SimulatedConsequences simulated;

    AttemptPages(Practice practice, Markdown markdown, FormErrors formErrors, SimulatedConsequences simulated) {
        this.practice = practice;
        this.markdown = markdown;
        this.formErrors = formErrors;
        this.simulated = simulated;
    }

    @GetMapping("/practice/attempts/{attemptId}")
    String attempt(CurrentAccount me, @PathVariable UUID attemptId, Model model) {
        Attempt attempt = practice.attempt(me.id(), attemptId).orElseThrow(AttemptPages::notFound);
        page(me, attempt, AttemptForm.of(attempt), Map.of(), model);
        return "practice/attempt";
    }

    @PostMapping("/practice/attempts/{attemptId}")
    String save(CurrentAccount me, @PathVariable UUID attemptId, AttemptForm form, BindingResult binding,
                @RequestParam(required = false) @Nullable Integer version, @RequestParam(required = false) @Nullable String action,
                @RequestParam(name = "step", required = false) Attempt.@Nullable Step posted, HttpServletResponse response, Model model) {
        int expected = FormErrors.version(version);
        boolean next = "next".equals(action);
        Outcome<Practice.Submitted> outcome = formErrors.<Practice.Submitted>unreadable(binding).orElseGet(() -> next
                ? practice.submit(me.id(), attemptId, form, expected)
                : practice.saveDraft(me.id(), attemptId, form, expected).map(attempt -> new Practice.Submitted(attempt, Map.of())));
        if (outcome instanceof Outcome.Saved<Practice.Submitted>(Practice.Submitted submitted) && submitted.movedOn()) {
            return "redirect:/practice/attempts/" + attemptId + (next ? "" : "?saved") + "#step";
        }
        // a step stored but not complete is shown like any form with problems: what it still needs, by field
        Map<String, String> errors = FormErrors.rejected(outcome instanceof Outcome.Saved<Practice.Submitted>(Practice.Submitted submitted)
                ? Outcome.invalid(submitted.missing()) : outcome, response);
        Attempt shown = outcome instanceof Outcome.Conflict<Practice.Submitted> stale && stale.current() != null ? stale.current().attempt()
                : practice.attempt(me.id(), attemptId).orElseThrow(AttemptPages::notFound);
        // the typed text goes back into the form of the step it was typed in, even when another tab has moved the
        // attempt on since; never a later step than the stored one, which could show what is not revealed yet
        boolean conflict = outcome instanceof Outcome.Conflict;
        int shownVersion = shown.version();
        if (conflict && posted != null && posted.compareTo(shown.step()) < 0) {
            shown = shown.atStep(posted, null);
        }
        page(me, shown, form, errors, model);
        model.addAttribute("version", conflict ? expected : shownVersion);
        return "practice/attempt";
    }

    /** Autosave while typing (htmx): answers with the save's status and the attempt's new version. */
    @PostMapping("/practice/attempts/{attemptId}/draft")
    String draft(CurrentAccount me, @PathVariable UUID attemptId, AttemptForm form, BindingResult binding,
                 @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        int expected = FormErrors.version(version);
        Outcome<Attempt> outcome = formErrors.<Attempt>unreadable(binding).orElseGet(() -> practice.saveDraft(me.id(), attemptId, form, expected));
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        model.addAttribute("errors", errors);
        if (outcome instanceof Outcome.Saved<Attempt>(Attempt saved)) {
            model.addAttribute("version", saved.version());
            model.addAttribute("savedAt", saved.updatedAt());
        } else {
            model.addAttribute("version", expected);
        }
        return "practice/autosave";
    }

    @GetMapping("/practice/scenarios/{scenarioId}/compare")
    String compare(CurrentAccount me, @PathVariable String scenarioId, @RequestParam(required = false) @Nullable UUID a,
                   @RequestParam(required = false) @Nullable UUID b, Model model) {
        List<Attempt> attempts = practice.attempts(me.id(), scenarioId);
        if (attempts.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no attempts at this scenario yet.");
        }
        List<Attempt> ordered = attempts.stream().sorted(java.util.Comparator.comparingInt(Attempt::number)).toList();
        Attempt left = pick(ordered, a).orElse(ordered.size() > 1 ? ordered.get(ordered.size() - 2) : ordered.getLast());
        Attempt right = pick(ordered, b).orElse(ordered.getLast());
        Scenario scenario = practice.scenario(scenarioId).orElseGet(() -> practice.version(scenarioId, right.scenarioVersion()).orElseThrow());
        model.addAttribute("scenario", scenario);
        model.addAttribute("attempts", ordered);
        model.addAttribute("columns", List.of(column(left), column(right)));
        return "practice/compare";
    }

    private AttemptColumn column(Attempt attempt) {
        Scenario scenario = practice.version(attempt.scenarioId(), attempt.scenarioVersion()).orElseThrow();
        Map<String, String> html = new LinkedHashMap<>();
        html.put("framing", markdown.html(attempt.framing()));
        html.put("questions", markdown.html(attempt.questions()));
        html.put("ownOption", markdown.html(attempt.ownOption()));
        html.put("recordContext", markdown.html(attempt.recordContext()));
        html.put("recordOptions", markdown.html(attempt.recordOptions()));
        html.put("recordDecision", markdown.html(attempt.recordDecision()));
        html.put("recordConsequences", markdown.html(attempt.recordConsequences()));
        html.put("reflection", markdown.html(attempt.reflection()));
        Scenario.Option option = attempt.optionId() == null ? null : scenario.option(attempt.optionId()).orElse(null);
        return new AttemptColumn(attempt, scenario, option, html);
    }

    private static Optional<Attempt> pick(List<Attempt> attempts, @Nullable UUID id) {
        return id == null ? Optional.empty() : attempts.stream().filter(x -> x.id().equals(id)).findFirst();
    }

    private void page(CurrentAccount me, Attempt attempt, AttemptForm form, Map<String, String> errors, Model model) {
        Scenario scenario = practice.version(attempt.scenarioId(), attempt.scenarioVersion()).orElseThrow();
        model.addAttribute("view", ScenarioView.of(scenario, markdown, practice));
        model.addAttribute("attempt", attempt);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("version", attempt.version());
        model.addAttribute("steps", Attempt.Step.working());
        model.addAttribute("scale", Attempt.SCALE);
        model.addAttribute("chosen", attempt.optionId() == null ? null : scenario.option(attempt.optionId()).orElse(null));
        // simulated only once the consequences are revealed: before that they would give the story away
        model.addAttribute("simulated", attempt.step().reached(Attempt.Step.RATE) ? simulated.of(scenario) : Map.of());
        model.addAttribute("answers", Map.of(
                "framing", markdown.html(attempt.framing()), "questions", markdown.html(attempt.questions()),
                "ownOption", markdown.html(attempt.ownOption()), "recordContext", markdown.html(attempt.recordContext()),
                "recordOptions", markdown.html(attempt.recordOptions()), "recordDecision", markdown.html(attempt.recordDecision()),
                "recordConsequences", markdown.html(attempt.recordConsequences()), "reflection", markdown.html(attempt.reflection())));
        model.addAttribute("attemptCount", practice.attempts(me.id(), attempt.scenarioId()).size());
        model.addAttribute("newer", practice.scenario(attempt.scenarioId()).map(s -> s.version() > attempt.scenarioVersion()).orElse(false));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no such attempt.");
    }
}
