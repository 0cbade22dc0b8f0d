package dev.ascent.practice.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.practice.Attempt;
import dev.ascent.practice.DecisionJournal;
import dev.ascent.practice.Practice;
import dev.ascent.practice.Scenario;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The learner's practice at a glance: attempts under way, finished ones, and decisions due for a revisit. */
@Controller
class PracticePages {

    private final Practice practice;
    private final DecisionJournal journal;

    PracticePages(Practice practice, DecisionJournal journal) {
        this.practice = practice;
        this.journal = journal;
    }

    @GetMapping("/practice")
    String home(CurrentAccount me, Model model) {
        List<Attempt> attempts = practice.attempts(me.id(), null);
        List<Scenario> scenarios = practice.scenarios();
        Map<String, Scenario> byId = scenarios.stream().collect(Collectors.toMap(Scenario::id, Function.identity()));
        model.addAttribute("open", attempts.stream().filter(a -> !a.done() && byId.containsKey(a.scenarioId())).toList());
        model.addAttribute("finished", attempts.stream().filter(a -> a.done() && byId.containsKey(a.scenarioId())).limit(12).toList());
        model.addAttribute("byId", byId);
        model.addAttribute("finishedCount", attempts.stream().filter(Attempt::done).map(Attempt::scenarioId).distinct().count());
        model.addAttribute("scenarioCount", scenarios.size());
        model.addAttribute("suggested", scenarios.stream().filter(s -> attempts.stream().noneMatch(a -> a.scenarioId().equals(s.id()))).limit(3).toList());
        model.addAttribute("due", journal.due(me.id()));
        model.addAttribute("recordCount", journal.count(me.id()));
        return "practice/home";
    }
}
