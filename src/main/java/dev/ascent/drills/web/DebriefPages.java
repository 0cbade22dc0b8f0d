package dev.ascent.drills.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.drills.Debrief;
import dev.ascent.drills.DebriefSection;
import dev.ascent.drills.Debriefs;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Markdown;
import dev.ascent.platform.Outcome;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The debrief of a play: written by the on-call, read by their game master, downloaded as Markdown. */
@Controller
class DebriefPages {

    private final Debriefs debriefs;
    private final Markdown markdown;

    DebriefPages(Debriefs debriefs, Markdown markdown) {
        this.debriefs = debriefs;
        this.markdown = markdown;
    }

    @GetMapping("/drills/plays/{playId}/debrief")
    String debrief(CurrentAccount me, @PathVariable UUID playId, Model model) {
        Debriefs.View view = debriefs.view(me.id(), playId).orElseThrow(PlayPages::noPlay);
        return page(view, view.debrief().sections(), Map.of(), model);
    }

    @PostMapping("/drills/plays/{playId}/debrief")
    String save(CurrentAccount me, @PathVariable UUID playId, @RequestParam Map<String, String> form,
                @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        int expected = FormErrors.version(version);
        Map<String, String> sections = new LinkedHashMap<>();
        for (DebriefSection section : DebriefSection.values()) {
            sections.put(section.key(), form.getOrDefault(section.key(), ""));
        }
        Outcome<Debriefs.View> outcome = debriefs.save(me.id(), playId, sections, expected);
        if (outcome.isSaved()) {
            return "redirect:/drills/plays/" + playId + "/debrief?saved";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        Debriefs.View view = outcome instanceof Outcome.Conflict<Debriefs.View>(String m, Debriefs.View current) && current != null ? current
                : debriefs.view(me.id(), playId).orElseThrow(PlayPages::noPlay);
        return page(view, sections, errors, model);
    }

    @GetMapping(value = "/drills/plays/{playId}/debrief.md")
    ResponseEntity<byte[]> download(CurrentAccount me, @PathVariable UUID playId) {
        Debriefs.View view = debriefs.view(me.id(), playId).orElseThrow(PlayPages::noPlay);
        if (view.live().play().running()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "A debrief is written once the play has ended.");
        }
        byte[] body = Debriefs.markdown(view.live(), view.debrief()).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("debrief-" + view.live().drill().id() + "-" + view.live().play().startedAt().toString().substring(0, 10) + ".md")
                        .build().toString())
                .body(body);
    }

    private String page(Debriefs.View view, Map<String, String> sections, Map<String, String> errors, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("sections", DebriefSection.values());
        model.addAttribute("values", sections);
        model.addAttribute("errors", errors);
        model.addAttribute("moments", PlayConsole.moments(view.live(), true));
        Map<String, String> html = new LinkedHashMap<>();
        Debrief d = view.debrief();
        for (DebriefSection s : DebriefSection.values()) {
            html.put(s.key(), markdown.html(d.section(s)));
        }
        model.addAttribute("html", html);
        return "drills/debrief";
    }
}
