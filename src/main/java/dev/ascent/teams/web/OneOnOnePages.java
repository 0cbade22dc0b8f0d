package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Markdown;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.OneOnOne;
import dev.ascent.teams.OneOnOneNoteForm;
import dev.ascent.teams.OneOnOnes;
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
import java.util.Map;
import java.util.UUID;

/** The 1:1 notes of the reader and one other person of a team: read both sides, write, edit and delete one's own. */
@Controller
class OneOnOnePages {

    private final OneOnOnes oneOnOnes;
    private final FormErrors formErrors;
    private final Markdown markdown;

    OneOnOnePages(OneOnOnes oneOnOnes, FormErrors formErrors, Markdown markdown) {
        this.oneOnOnes = oneOnOnes;
        this.formErrors = formErrors;
        this.markdown = markdown;
    }

    @GetMapping("/teams/{teamId}/one-on-ones/{otherId}")
    String show(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID otherId, @RequestParam(required = false) @Nullable UUID edit,
                HttpServletResponse response, Model model) {
        OneOnOne thread = oneOnOnes.thread(me.id(), teamId, otherId).orElseThrow(OneOnOnePages::notFound);
        response.setHeader("Cache-Control", "no-store");
        OneOnOne.Note editing = edit == null ? null : thread.note(edit);
        return show(thread, model, new OneOnOneNoteForm(""), editing != null && editing.mine() ? editing.id() : null,
                editing != null && editing.mine() ? new OneOnOneNoteForm(editing.body()) : null, Map.of());
    }

    @PostMapping("/teams/{teamId}/one-on-ones/{otherId}")
    String write(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID otherId, OneOnOneNoteForm form, BindingResult binding,
                 HttpServletResponse response, Model model) {
        OneOnOne before = oneOnOnes.thread(me.id(), teamId, otherId).orElseThrow(OneOnOnePages::notFound);
        Outcome<OneOnOne> outcome = formErrors.<OneOnOne>unreadable(binding).orElseGet(() -> oneOnOnes.write(me.id(), teamId, otherId, form));
        if (outcome.isSaved()) {
            return "redirect:/teams/" + teamId + "/one-on-ones/" + otherId + "?written#latest";
        }
        return show(before, model, form, null, null, FormErrors.rejected(outcome, response));
    }

    @PostMapping("/teams/{teamId}/one-on-ones/{otherId}/notes/{noteId}")
    String edit(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID otherId, @PathVariable UUID noteId, OneOnOneNoteForm form,
                BindingResult binding, @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        OneOnOne before = oneOnOnes.thread(me.id(), teamId, otherId).orElseThrow(OneOnOnePages::notFound);
        int expected = FormErrors.version(version);
        Outcome<OneOnOne> outcome = formErrors.<OneOnOne>unreadable(binding)
                .orElseGet(() -> oneOnOnes.edit(me.id(), teamId, otherId, noteId, form, expected));
        if (outcome.isSaved()) {
            return "redirect:/teams/" + teamId + "/one-on-ones/" + otherId + "?edited#note-" + noteId;
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        OneOnOne current = oneOnOnes.thread(me.id(), teamId, otherId).orElse(before);
        // the edit stays open with what they typed, beside the note as it is now
        return show(current, model, new OneOnOneNoteForm(""), noteId, form, errors);
    }

    @PostMapping("/teams/{teamId}/one-on-ones/{otherId}/notes/{noteId}/delete")
    String delete(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID otherId, @PathVariable UUID noteId,
                  @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        OneOnOne before = oneOnOnes.thread(me.id(), teamId, otherId).orElseThrow(OneOnOnePages::notFound);
        Outcome<OneOnOne> outcome = oneOnOnes.delete(me.id(), teamId, otherId, noteId, FormErrors.version(version));
        if (outcome.isSaved()) {
            return "redirect:/teams/" + teamId + "/one-on-ones/" + otherId + "?deleted";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        return show(oneOnOnes.thread(me.id(), teamId, otherId).orElse(before), model, new OneOnOneNoteForm(""), null, null, errors);
    }

    private String show(OneOnOne thread, Model model, OneOnOneNoteForm form, @Nullable UUID editing, @Nullable OneOnOneNoteForm editForm,
                        Map<String, String> errors) {
        Map<UUID, String> html = new LinkedHashMap<>();
        thread.notes().forEach(note -> html.put(note.id(), markdown.html(note.body())));
        model.addAttribute("thread", thread);
        model.addAttribute("html", html);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("editForm", editForm);
        model.addAttribute("errors", errors);
        return "teams/oneOnOne";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There are no 1:1 notes between you and this person in this team.");
    }
}
