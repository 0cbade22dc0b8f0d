package dev.ascent.lab.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.lab.Lab;
import dev.ascent.lab.LabRun;
import dev.ascent.lab.RunForm;
import dev.ascent.lab.RunLimitReached;
import dev.ascent.lab.SystemReport;
import dev.ascent.lab.format.ModelLibrary;
import dev.ascent.platform.Outcome;
import dev.ascent.platform.Problem;
import dev.ascent.platform.YamlDocument;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * A model's YAML in the browser: start from a built-in model, edit it, check it (every problem with its line, the
 * text kept as typed) and run your version. Anyone may read it; checking and running need an account.
 */
@Controller
class ModelEditorPages {

    private final Lab lab;

    ModelEditorPages(Lab lab) {
        this.lab = lab;
    }

    @GetMapping("/lab/models/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        ModelLibrary.Entry entry = lab.model(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no model '%s' in the lab.".formatted(id)));
        return page(entry.id(), entry.yaml(), List.of(), null, null, model);
    }

    @PostMapping("/lab/edit")
    String check(CurrentAccount me, @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String yaml,
                 @RequestParam(defaultValue = "check") String action, HttpServletResponse response, Model model) {
        String base = lab.model(from).map(ModelLibrary.Entry::id).orElse("");
        if (yaml.length() > YamlDocument.MAX_CHARACTERS) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(base, "", List.of(), "The model is %,d characters long; the lab reads at most %,d.".formatted(yaml.length(),
                    YamlDocument.MAX_CHARACTERS), null, model);
        }
        SystemReport report = lab.validate("model.yaml", yaml);
        if (!report.valid() || report.model() == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(base, yaml, report.problems(), null, null, model);
        }
        if (!action.equals("run")) {
            return page(base, yaml, List.of(), null, report.summary(), model);
        }
        try {
            Outcome<LabRun> outcome = lab.run(me.id(), report.model(), RunForm.empty());
            if (outcome instanceof Outcome.Saved<LabRun>(LabRun run)) {
                return "redirect:/lab/runs/" + run.id();
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(base, yaml, List.of(), String.join(" ", outcome.fieldErrors().values()), null, model);
        } catch (RunLimitReached limit) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limit.retryAfterSeconds()));
            return page(base, yaml, List.of(), limit.getMessage(), null, model);
        }
    }

    private static String page(String from, String yaml, List<Problem> problems, @Nullable String refused, @Nullable String valid, Model model) {
        model.addAttribute("from", from);
        model.addAttribute("yaml", yaml);
        model.addAttribute("problems", problems);
        model.addAttribute("refused", refused);
        model.addAttribute("valid", valid);
        return "lab/editor";
    }
}
