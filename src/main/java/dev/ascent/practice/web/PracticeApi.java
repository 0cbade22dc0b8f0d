package dev.ascent.practice.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.platform.ApiOutcomes;
import dev.ascent.practice.Attempt;
import dev.ascent.practice.AttemptForm;
import dev.ascent.practice.Practice;
import dev.ascent.practice.Scenario;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scenarios and attempts through the API. A scenario reads without what an attempt reveals
 * later (questions, consequences, quality, debrief); an attempt reveals them as its steps are passed.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Practice")
class PracticeApi {

    private final Practice practice;

    PracticeApi(Practice practice) {
        this.practice = practice;
    }

    record ScenarioBrief(String id, int version, String title, String level, @Nullable String theme, int minutes, String summary,
                         List<String> topics) {
        static ScenarioBrief of(Scenario s) {
            return new ScenarioBrief(s.id(), s.version(), s.title(), s.level().key(), s.theme(), s.expectedMinutes(), s.summary(), s.topics());
        }
    }

    record OptionBrief(String id, String title, String summary, List<String> pros, List<String> cons) {
    }

    record ScenarioDetail(String id, int version, String title, String level, @Nullable String theme, int minutes, String summary,
                          List<String> topics, String situation, List<Scenario.Signal> signals, List<OptionBrief> options,
                          List<RubricLine> rubric) {
        static ScenarioDetail of(Scenario s) {
            return new ScenarioDetail(s.id(), s.version(), s.title(), s.level().key(), s.theme(), s.expectedMinutes(), s.summary(), s.topics(),
                    s.situation(), s.signals(), s.options().stream().map(o -> new OptionBrief(o.id(), o.title(), o.summary(), o.pros(), o.cons())).toList(),
                    s.rubric().stream().map(c -> new RubricLine(c.id(), c.title())).toList());
        }
    }

    /** A rubric line as shown before the learner rates: what "strong" looks like comes with the attempt's last step. */
    record RubricLine(String id, String title) {
    }

    record Outcome(String optionId, String title, String quality, String consequence) {
    }

    /** What the scenario reveals once the learner has passed the step before it. */
    record Revealed(@Nullable List<String> questions, @Nullable List<Outcome> outcomes, @Nullable String debrief,
                    @Nullable List<Scenario.Criterion> rubric) {
    }

    record AttemptView(UUID id, String scenarioId, int scenarioVersion, int number, String step, String framing, String questions,
                       @Nullable String optionId, String ownOption, String recordContext, String recordOptions, String recordDecision,
                       String recordConsequences, Map<String, Integer> ratings, String reflection, Instant startedAt,
                       @Nullable Instant completedAt, int version, Revealed revealed) {
    }

    record AttemptBody(@Nullable String framing, @Nullable String questions, @Nullable String optionId, @Nullable String ownOption,
                       @Nullable String recordContext, @Nullable String recordOptions, @Nullable String recordDecision,
                       @Nullable String recordConsequences, @Nullable Map<String, Integer> ratings, @Nullable String reflection,
                       @Nullable Integer version) {
        AttemptForm form() {
            return new AttemptForm(framing, questions, optionId, ownOption, recordContext, recordOptions, recordDecision, recordConsequences,
                    ratings, reflection);
        }
    }

    @GetMapping("/scenarios")
    @Operation(summary = "Every published decision scenario (current versions)")
    List<ScenarioBrief> scenarios() {
        return practice.scenarios().stream().map(ScenarioBrief::of).toList();
    }

    @GetMapping("/scenarios/{id}")
    @Operation(summary = "A scenario's situation, signals, options with their trade-offs, and rubric; consequences come with an attempt")
    ScenarioDetail scenario(@PathVariable String id) {
        return practice.scenario(id).map(ScenarioDetail::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no scenario '%s'.".formatted(id)));
    }

    @PostMapping("/scenarios/{id}/attempts")
    @Operation(summary = "Continue your unfinished attempt at a scenario, or start a new one (a retry once one is finished)")
    @SecurityRequirement(name = "token")
    ResponseEntity<AttemptView> start(CurrentAccount me, @PathVariable String id) {
        int before = practice.attempts(me.id(), id).size();
        Attempt attempt = practice.start(me.id(), id).orElseThrow(() -> ScenarioPages.notOpen(practice, id));
        return ResponseEntity.status(practice.attempts(me.id(), id).size() > before ? HttpStatus.CREATED : HttpStatus.OK).body(view(attempt));
    }

    @GetMapping("/attempts")
    @Operation(summary = "Your attempts, newest activity first; ?scenario= keeps one scenario's")
    @SecurityRequirement(name = "token")
    List<AttemptView> attempts(CurrentAccount me, @RequestParam(required = false) @Nullable String scenario) {
        return practice.attempts(me.id(), dev.ascent.platform.Tags.filter(scenario)).stream().map(this::view).toList();
    }

    @GetMapping("/attempts/{id}")
    @Operation(summary = "One of your attempts, with what its steps have revealed so far")
    @SecurityRequirement(name = "token")
    AttemptView attempt(CurrentAccount me, @PathVariable UUID id) {
        return view(practice.attempt(me.id(), id).orElseThrow(PracticeApi::notFound));
    }

    @PatchMapping(path = "/attempts/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save a draft of the current step's fields (the others are ignored); send the version you read, 409 when it changed")
    @SecurityRequirement(name = "token")
    ResponseEntity<?> draft(CurrentAccount me, @PathVariable UUID id, @RequestBody AttemptBody body) {
        return ApiOutcomes.respond(practice.saveDraft(me.id(), id, body.form(), ApiOutcomes.version(body.version())).map(this::view));
    }

    @PostMapping(path = "/attempts/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save the current step and move to the next; 422 names what the step still needs (the text is kept)")
    @SecurityRequirement(name = "token")
    ResponseEntity<?> submit(CurrentAccount me, @PathVariable UUID id, @RequestBody AttemptBody body) {
        dev.ascent.platform.Outcome<Practice.Submitted> outcome = practice.submit(me.id(), id, body.form(), ApiOutcomes.version(body.version()));
        if (outcome instanceof dev.ascent.platform.Outcome.Saved<Practice.Submitted>(Practice.Submitted submitted) && !submitted.movedOn()) {
            // stored all the same; the client learns what the step still needs, as for any invalid field
            return ApiOutcomes.respond(dev.ascent.platform.Outcome.invalid(submitted.missing()));
        }
        return ApiOutcomes.respond(outcome.map(submitted -> view(submitted.attempt())));
    }

    private AttemptView view(Attempt a) {
        Scenario s = practice.version(a.scenarioId(), a.scenarioVersion()).orElseThrow();
        boolean rated = a.step().reached(Attempt.Step.RATE);
        Revealed revealed = new Revealed(a.step().reached(Attempt.Step.CHOOSE) ? s.questions() : null,
                rated ? s.options().stream().map(o -> new Outcome(o.id(), o.title(), o.quality().key(), o.consequence())).toList() : null,
                rated ? s.debrief() : null, rated ? s.rubric() : null);
        return new AttemptView(a.id(), a.scenarioId(), a.scenarioVersion(), a.number(), a.step().name(), a.framing(), a.questions(), a.optionId(),
                a.ownOption(), a.recordContext(), a.recordOptions(), a.recordDecision(), a.recordConsequences(), a.ratings(), a.reflection(),
                a.startedAt(), a.completedAt(), a.version(), revealed);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no such attempt.");
    }
}
