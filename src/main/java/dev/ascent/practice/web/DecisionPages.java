package dev.ascent.practice.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Markdown;
import dev.ascent.platform.Outcome;
import dev.ascent.platform.Tags;
import dev.ascent.practice.DecisionForm;
import dev.ascent.practice.DecisionJournal;
import dev.ascent.practice.DecisionRecord;
import dev.ascent.practice.DecisionRevisit;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The decision journal: real decisions as ADR-style records, revisited when their day comes, exported as Markdown files. */
@Controller
class DecisionPages {

    private final DecisionJournal journal;
    private final Markdown markdown;
    private final FormErrors formErrors;

    DecisionPages(DecisionJournal journal, Markdown markdown, FormErrors formErrors) {
        this.journal = journal;
        this.markdown = markdown;
        this.formErrors = formErrors;
    }

    @GetMapping("/practice/decisions")
    String list(CurrentAccount me, @RequestParam(required = false) @Nullable String tag, @RequestParam(required = false) @Nullable String topic,
                @RequestParam(required = false) @Nullable String status, Model model) {
        List<DecisionRecord> all = journal.records(me.id(), null, null, null);
        model.addAttribute("records", journal.records(me.id(), tag, topic, status));
        model.addAttribute("total", all.size());
        Set<String> tags = new java.util.TreeSet<>();
        Set<String> topics = new LinkedHashSet<>();
        all.forEach(r -> {
            tags.addAll(r.tags());
            topics.addAll(r.topics());
        });
        model.addAttribute("tags", tags);
        model.addAttribute("topicTitles", journal.topicTitles(List.copyOf(topics)));
        model.addAttribute("statuses", DecisionRecord.Status.values());
        model.addAttribute("tag", clean(Tags.filter(tag)));
        model.addAttribute("topic", clean(topic));
        model.addAttribute("status", clean(status));
        model.addAttribute("today", journal.today());
        model.addAttribute("dueCount", journal.due(me.id()).size());
        return "practice/decisions";
    }

    @GetMapping("/practice/decisions/new")
    String create(Model model) {
        form(model, null, DecisionForm.blank(journal.today()), Map.of());
        return "practice/decisionForm";
    }

    @PostMapping("/practice/decisions")
    String create(CurrentAccount me, DecisionForm form, BindingResult binding, HttpServletResponse response, Model model) {
        Outcome<DecisionRecord> outcome = formErrors.<DecisionRecord>unreadable(binding, () -> journal.problems(form))
                .orElseGet(() -> journal.create(me.id(), form));
        if (outcome instanceof Outcome.Saved<DecisionRecord>(DecisionRecord saved)) {
            return "redirect:/practice/decisions/" + saved.id() + "?saved";
        }
        form(model, null, form, FormErrors.rejected(outcome, response));
        return "practice/decisionForm";
    }

    @GetMapping("/practice/decisions/{id}")
    String show(CurrentAccount me, @PathVariable UUID id, Model model) {
        DecisionRecord record = journal.record(me.id(), id).orElseThrow(DecisionPages::notFound);
        show(model, record, DecisionRevisit.blank(), Map.of());
        return "practice/decision";
    }

    @GetMapping("/practice/decisions/{id}/edit")
    String edit(CurrentAccount me, @PathVariable UUID id, Model model) {
        DecisionRecord record = journal.record(me.id(), id).orElseThrow(DecisionPages::notFound);
        form(model, record, DecisionForm.of(record), Map.of());
        return "practice/decisionForm";
    }

    @PostMapping("/practice/decisions/{id}")
    String update(CurrentAccount me, @PathVariable UUID id, DecisionForm form, BindingResult binding,
                  @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        DecisionRecord stored = journal.record(me.id(), id).orElseThrow(DecisionPages::notFound);
        int expected = FormErrors.version(version);
        Outcome<DecisionRecord> outcome = formErrors.<DecisionRecord>unreadable(binding, () -> journal.problems(form))
                .orElseGet(() -> journal.update(me.id(), id, form, expected));
        if (outcome.isSaved()) {
            return "redirect:/practice/decisions/" + id + "?saved";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        DecisionRecord current = outcome instanceof Outcome.Conflict<DecisionRecord> conflict && conflict.current() != null ? conflict.current()
                : journal.record(me.id(), id).orElse(stored);
        form(model, current, form, errors);
        // a stale tab keeps the version it was drawn at, so saving from it again is refused again until it is reloaded
        model.addAttribute("version", outcome instanceof Outcome.Conflict ? expected : current.version());
        return "practice/decisionForm";
    }

    @PostMapping("/practice/decisions/{id}/revisit")
    String revisit(CurrentAccount me, @PathVariable UUID id, DecisionRevisit revisit, BindingResult binding,
                   @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        DecisionRecord stored = journal.record(me.id(), id).orElseThrow(DecisionPages::notFound);
        int expected = FormErrors.version(version);
        Outcome<DecisionRecord> outcome = formErrors.<DecisionRecord>unreadable(binding, () -> journal.problems(revisit))
                .orElseGet(() -> journal.revisit(me.id(), id, revisit, expected));
        if (outcome.isSaved()) {
            return "redirect:/practice/decisions/" + id + "?revisited";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        show(model, outcome instanceof Outcome.Conflict<DecisionRecord> conflict && conflict.current() != null ? conflict.current()
                : journal.record(me.id(), id).orElse(stored), revisit, errors);
        return "practice/decision";
    }

    @PostMapping("/practice/decisions/{id}/delete")
    String delete(CurrentAccount me, @PathVariable UUID id) {
        if (!journal.delete(me.id(), id)) {
            throw notFound();
        }
        return "redirect:/practice/decisions?deleted";
    }

    @GetMapping("/practice/decisions/export.zip")
    ResponseEntity<byte[]> export(CurrentAccount me) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header("Content-Disposition", "attachment; filename=\"ascent-decisions-" + journal.today() + ".zip\"")
                .header("Cache-Control", "no-store")
                .body(journal.markdownArchive(me.id()));
    }

    private void show(Model model, DecisionRecord record, DecisionRevisit revisit, Map<String, String> errors) {
        Map<String, String> html = new LinkedHashMap<>();
        html.put("context", markdown.html(record.context()));
        html.put("drivers", markdown.html(record.drivers()));
        html.put("options", markdown.html(record.options()));
        html.put("outcome", markdown.html(record.outcome()));
        html.put("consequences", markdown.html(record.consequences()));
        html.put("actualOutcome", markdown.html(record.actualOutcome()));
        html.put("wouldDecideNow", markdown.html(record.wouldDecideNow()));
        model.addAttribute("record", record);
        model.addAttribute("html", html);
        model.addAttribute("topicTitles", journal.topicTitles(record.topics()));
        model.addAttribute("due", record.due(journal.today()));
        model.addAttribute("revisit", revisit);
        model.addAttribute("errors", errors);
        model.addAttribute("version", record.version());
        model.addAttribute("nextRevisitDefault", journal.today().plusMonths(6).toString());
    }

    private void form(Model model, @Nullable DecisionRecord record, DecisionForm form, Map<String, String> errors) {
        model.addAttribute("record", record);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", DecisionRecord.Status.values());
        model.addAttribute("topicGroups", journal.topicChoices());
        model.addAttribute("version", record == null ? 0 : record.version());
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : value.replaceAll("\\p{Cc}", "");
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no such decision record.");
    }
}
