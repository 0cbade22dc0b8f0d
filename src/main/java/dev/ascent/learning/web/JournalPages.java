package dev.ascent.learning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.journal.Journal;
import dev.ascent.learning.journal.JournalEntry;
import dev.ascent.learning.journal.JournalForm;
import dev.ascent.learning.Learning;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Markdown;
import dev.ascent.platform.Outcome;
import org.springframework.validation.BindingResult;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The learning journal: write dated entries, filter by tag, see the activity heatmap, streak and this week's prompt. */
@Controller
class JournalPages {

    private final Learning learning;
    private final Journal journal;
    private final dev.ascent.learning.portability.LearningData learningData;
    private final Markdown markdown;
    private final FormErrors formErrors;

    JournalPages(Learning learning, Markdown markdown, FormErrors formErrors, Journal journal, dev.ascent.learning.portability.LearningData learningData) {
        this.journal = journal;
        this.learningData = learningData;
        this.learning = learning;
        this.markdown = markdown;
        this.formErrors = formErrors;
    }

    @GetMapping("/learn/journal")
    String journal(CurrentAccount me, @RequestParam(required = false) @Nullable String tag, Model model) {
        page(me, tag, model, JournalForm.blank(learning.today()), Map.of());
        return "learning/journal";
    }

    @PostMapping("/learn/journal")
    String create(CurrentAccount me, JournalForm form, BindingResult binding, HttpServletResponse response, Model model) {
        Outcome<JournalEntry> outcome = formErrors.<JournalEntry>unreadable(binding).orElseGet(() -> journal.saveJournal(me.id(), null, form, 0));
        if (outcome.isSaved()) {
            return "redirect:/learn/journal?saved";
        }
        page(me, null, model, form, FormErrors.rejected(outcome, response));
        return "learning/journal";
    }

    @GetMapping("/learn/journal/{entryId}")
    String edit(CurrentAccount me, @PathVariable UUID entryId, Model model) {
        JournalEntry entry = journal.journalEntry(me.id(), entryId).orElseThrow(JournalPages::notFound);
        editModel(me, model, entry, JournalForm.of(entry), Map.of());
        return "learning/journalEntry";
    }

    @PostMapping("/learn/journal/{entryId}")
    String update(CurrentAccount me, @PathVariable UUID entryId, JournalForm form, BindingResult binding,
                  @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        JournalEntry stored = journal.journalEntry(me.id(), entryId).orElseThrow(JournalPages::notFound);
        int expected = FormErrors.version(version);
        Outcome<JournalEntry> outcome = formErrors.<JournalEntry>unreadable(binding).orElseGet(() -> journal.saveJournal(me.id(), entryId, form, expected));
        if (outcome.isSaved()) {
            return "redirect:/learn/journal?saved";
        }
        editModel(me, model, journal.journalEntry(me.id(), entryId).orElse(stored), form, FormErrors.rejected(outcome, response));
        return "learning/journalEntry";
    }

    @GetMapping("/learn/export.md")
    org.springframework.http.ResponseEntity<String> markdown(CurrentAccount me) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"ascent-notes-" + learning.today() + ".md\"")
                .header("Cache-Control", "no-store")
                .body(learningData.markdownExport(me.id()));
    }

    @PostMapping("/learn/journal/{entryId}/delete")
    String delete(CurrentAccount me, @PathVariable UUID entryId) {
        if (!journal.deleteJournal(me.id(), entryId)) {
            throw notFound();
        }
        return "redirect:/learn/journal?deleted";
    }

    private void page(CurrentAccount me, @Nullable String tag, Model model, JournalForm form, Map<String, String> errors) {
        List<JournalEntry> entries = journal.journal(me.id(), tag);
        Map<UUID, String> html = new LinkedHashMap<>();
        entries.forEach(e -> html.put(e.id(), markdown.html(e.body())));
        model.addAttribute("entries", entries);
        model.addAttribute("entryHtml", html);
        model.addAttribute("tag", tag == null ? "" : tag.replaceAll("\\p{Cc}", ""));
        model.addAttribute("activity", journal.activity(me.id()));
        model.addAttribute("choices", journal.topicChoices(me.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
    }

    private void editModel(CurrentAccount me, Model model, JournalEntry entry, JournalForm form, Map<String, String> errors) {
        model.addAttribute("entry", entry);
        model.addAttribute("choices", journal.topicChoices(me.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no such journal entry.");
    }
}
