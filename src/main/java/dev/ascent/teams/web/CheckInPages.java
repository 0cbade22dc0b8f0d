package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.catalog.Level;
import dev.ascent.learning.Proficiency;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.CheckIn;
import dev.ascent.teams.CheckInAgreement;
import dev.ascent.teams.CheckInAssessment;
import dev.ascent.teams.CheckInStart;
import dev.ascent.teams.CheckIns;
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

import java.util.Map;
import java.util.UUID;

/** A member's check-ins in a team, and one check-in: both sides' levels, the difference, the agreed level. */
@Controller
class CheckInPages {

    private final CheckIns checkIns;
    private final FormErrors formErrors;

    CheckInPages(CheckIns checkIns, FormErrors formErrors) {
        this.checkIns = checkIns;
        this.formErrors = formErrors;
    }

    @GetMapping("/teams/{teamId}/members/{memberId}/check-ins")
    String history(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID memberId, Model model) {
        return history(me, teamId, memberId, model, new CheckInStart("", null), Map.of());
    }

    @PostMapping("/teams/{teamId}/members/{memberId}/check-ins")
    String start(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID memberId, CheckInStart form, BindingResult binding,
                 HttpServletResponse response, Model model) {
        Outcome<CheckIn> outcome = formErrors.<CheckIn>unreadable(binding).orElseGet(() -> checkIns.start(me.id(), teamId, memberId, form));
        if (outcome instanceof Outcome.Saved<CheckIn>(CheckIn started)) {
            return "redirect:/teams/" + teamId + "/check-ins/" + started.id() + "?started";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        return history(me, teamId, memberId, model, form, errors);
    }

    @GetMapping("/teams/{teamId}/check-ins/{checkInId}")
    String show(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID checkInId, Model model) {
        CheckIn checkIn = checkIns.checkIn(me.id(), teamId, checkInId).orElseThrow(CheckInPages::notFound);
        return show(me, checkIn, model, Map.of(), Map.of(), new CheckInAgreement(null, ""));
    }

    @PostMapping("/teams/{teamId}/check-ins/{checkInId}/levels")
    String assess(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID checkInId, CheckInAssessment form, BindingResult binding,
                  @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        CheckIn before = checkIns.checkIn(me.id(), teamId, checkInId).orElseThrow(CheckInPages::notFound);
        int expected = FormErrors.version(version);
        Outcome<CheckIn> outcome = formErrors.<CheckIn>unreadable(binding)
                .orElseGet(() -> checkIns.assess(me.id(), teamId, checkInId, form, expected));
        if (outcome.isSaved()) {
            return "redirect:/teams/" + teamId + "/check-ins/" + checkInId + (form.submit() ? "?submitted" : "?saved");
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>(FormErrors.rejected(outcome, response));
        // a level that could not be read names its topic's field, levels[topic]: the page shows one message for the table
        errors.keySet().stream().filter(field -> field.startsWith("levels[")).findFirst().ifPresent(field -> errors.putIfAbsent("levels", errors.get(field)));
        CheckIn current = outcome instanceof Outcome.Conflict<CheckIn>(String ignored, CheckIn now) && now != null ? now : before;
        // what they chose is shown again, so nothing typed is lost
        return show(me, current, model, errors, binding.hasErrors() ? Map.of() : form.levelsOrNone(), new CheckInAgreement(null, ""));
    }

    @PostMapping("/teams/{teamId}/check-ins/{checkInId}/agreement")
    String agree(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID checkInId, CheckInAgreement form, BindingResult binding,
                 @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        CheckIn before = checkIns.checkIn(me.id(), teamId, checkInId).orElseThrow(CheckInPages::notFound);
        int expected = FormErrors.version(version);
        Outcome<CheckIn> outcome = formErrors.<CheckIn>unreadable(binding)
                .orElseGet(() -> checkIns.agree(me.id(), teamId, checkInId, form, expected));
        if (outcome.isSaved()) {
            return "redirect:/teams/" + teamId + "/check-ins/" + checkInId + "?agreed";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        return show(me, checkIns.checkIn(me.id(), teamId, checkInId).orElse(before), model, errors, Map.of(), form);
    }

    @PostMapping("/teams/{teamId}/check-ins/{checkInId}/withdraw")
    String withdraw(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID checkInId,
                    @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        CheckIn before = checkIns.checkIn(me.id(), teamId, checkInId).orElseThrow(CheckInPages::notFound);
        Outcome<UUID> outcome = checkIns.withdraw(me.id(), teamId, checkInId, FormErrors.version(version));
        if (outcome instanceof Outcome.Saved<UUID>(UUID memberId)) {
            return "redirect:/teams/" + teamId + "/members/" + memberId + "/check-ins?withdrawn";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        return show(me, checkIns.checkIn(me.id(), teamId, checkInId).orElse(before), model, errors, Map.of(), new CheckInAgreement(null, ""));
    }

    private String history(CurrentAccount me, UUID teamId, UUID memberId, Model model, CheckInStart form, Map<String, String> errors) {
        model.addAttribute("page", checkIns.of(me.id(), teamId, memberId).orElseThrow(CheckInPages::notFound));
        model.addAttribute("me", me.id());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "teams/checkIns";
    }

    private String show(CurrentAccount me, CheckIn checkIn, Model model, Map<String, String> errors, Map<String, @Nullable Proficiency> draft,
                        CheckInAgreement agreement) {
        model.addAttribute("checkIn", checkIn);
        model.addAttribute("me", me.id());
        model.addAttribute("scale", Proficiency.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("errors", errors);
        model.addAttribute("draft", draft);
        model.addAttribute("agreement", agreement);
        return "teams/checkIn";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such check-in in this team.");
    }
}
