package dev.ascent.practice.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.catalog.Level;
import dev.ascent.platform.Markdown;
import dev.ascent.practice.Attempt;
import dev.ascent.practice.Practice;
import dev.ascent.practice.Scenario;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The scenario library, open to everyone, and the door into an attempt for a signed-in learner. */
@Controller
class ScenarioPages {

    private final Practice practice;
    private final Markdown markdown;

    ScenarioPages(Practice practice, Markdown markdown) {
        this.practice = practice;
        this.markdown = markdown;
    }

    @GetMapping("/scenarios")
    String library(@Nullable CurrentAccount me, @RequestParam(required = false) @Nullable String level, Model model) {
        Level chosen = Arrays.stream(Level.values()).filter(l -> l.key().equals(level)).findFirst().orElse(null);
        List<Scenario> all = practice.scenarios();
        Map<String, String> summaries = new LinkedHashMap<>();
        all.forEach(s -> summaries.put(s.id(), markdown.html(s.summary())));
        model.addAttribute("scenarios", all.stream().filter(s -> chosen == null || s.level() == chosen).toList());
        model.addAttribute("summaries", summaries);
        model.addAttribute("levels", Arrays.stream(Level.values()).filter(l -> all.stream().anyMatch(s -> s.level() == l)).toList());
        model.addAttribute("level", chosen == null ? "" : chosen.key());
        model.addAttribute("progress", me == null ? Map.of() : progress(practice.attempts(me.id(), null)));
        return "practice/library";
    }

    @GetMapping("/scenarios/{id}")
    String scenario(@Nullable CurrentAccount me, @PathVariable String id, Model model) {
        Scenario scenario = practice.scenario(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no scenario '%s'.".formatted(id)));
        model.addAttribute("view", ScenarioView.of(scenario, markdown, practice));
        List<Attempt> attempts = me == null ? List.of() : practice.attempts(me.id(), id);
        model.addAttribute("attempts", attempts);
        model.addAttribute("open", attempts.stream().filter(a -> !a.done()).findFirst().orElse(null));
        model.addAttribute("finished", attempts.stream().filter(Attempt::done).toList());
        model.addAttribute("retired", practice.retired(id));
        return "practice/scenario";
    }

    /** Continues the learner's unfinished attempt at the scenario, or starts a new one (a retry once one is finished). */
    @PostMapping("/practice/scenarios/{id}/attempts")
    String start(CurrentAccount me, @PathVariable String id) {
        Attempt attempt = practice.start(me.id(), id).orElseThrow(() -> notOpen(practice, id));
        return "redirect:/practice/attempts/" + attempt.id();
    }

    /** Why no attempt could start: no such scenario, or one retired from the library. */
    static ResponseStatusException notOpen(Practice practice, String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, practice.retired(id)
                ? "The scenario '%s' was retired from the library: attempts already made at it are kept, new ones cannot start.".formatted(id)
                : "There is no scenario '%s'.".formatted(id));
    }

    /** Per scenario: "in progress", or how many attempts are finished. */
    static Map<String, String> progress(List<Attempt> attempts) {
        return attempts.stream().collect(Collectors.groupingBy(Attempt::scenarioId, LinkedHashMap::new, Collectors.collectingAndThen(
                Collectors.toList(), list -> {
                    long done = list.stream().filter(Attempt::done).count();
                    boolean open = list.stream().anyMatch(a -> !a.done());
                    return Objects.requireNonNull(open ? "In progress" : done == 1 ? "Done once" : "Done " + done + " times");
                })));
    }
}
