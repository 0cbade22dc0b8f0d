package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.Invitation;
import dev.ascent.teams.InvitationPreview;
import dev.ascent.teams.Invitations;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An invitation link as the person who got it opens it (signed in: a visitor signs in first and comes back):
 * which team, who invites, which role; accept or decline. A link that never was one answers 404, one that no
 * longer works 410, each with a page saying why.
 */
@Controller
class InvitationPages {

    private final Invitations invitations;

    InvitationPages(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitations/{token}")
    String show(CurrentAccount me, @PathVariable String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        return switch (invitations.preview(me.id(), token)) {
            case Outcome.Saved<InvitationPreview>(InvitationPreview preview) -> {
                if (preview.state() != Invitation.State.OPEN) {
                    response.setStatus(HttpStatus.GONE.value());
                    yield page(model, token, preview, Invitations.stateMessage(preview.invitation(), preview.state()));
                }
                yield page(model, token, preview, null);
            }
            case Outcome<InvitationPreview> other -> refused(other, token, response, model);
        };
    }

    @PostMapping("/invitations/{token}/accept")
    String accept(CurrentAccount me, @PathVariable String token, HttpServletResponse response, Model model) {
        Outcome<InvitationPreview> outcome = invitations.accept(me.id(), token);
        if (outcome instanceof Outcome.Saved<InvitationPreview>(InvitationPreview preview)) {
            return "redirect:/teams/" + preview.teamId() + "?joined";
        }
        return refused(outcome, token, response, model);
    }

    @PostMapping("/invitations/{token}/decline")
    String decline(CurrentAccount me, @PathVariable String token, HttpServletResponse response, Model model) {
        Outcome<InvitationPreview> outcome = invitations.decline(me.id(), token);
        if (outcome.isSaved()) {
            return "redirect:/teams?declined";
        }
        return refused(outcome, token, response, model);
    }

    /** A forged link: 404; one that no longer works: 410; a person already in the team: 409; each saying which. */
    private String refused(Outcome<InvitationPreview> outcome, String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        return switch (outcome) {
            case Outcome.Conflict<InvitationPreview> conflict when conflict.current() != null -> {
                response.setStatus(conflict.current().state() == Invitation.State.OPEN ? HttpStatus.CONFLICT.value() : HttpStatus.GONE.value());
                yield page(model, token, conflict.current(), conflict.message());
            }
            case Outcome.NotFound<InvitationPreview> notFound -> {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                yield page(model, token, null, notFound.message());
            }
            default -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                yield page(model, token, null, String.join(" ", outcome.fieldErrors().values()));
            }
        };
    }

    private static String page(Model model, String token, @Nullable InvitationPreview preview, @Nullable String message) {
        model.addAttribute("preview", preview);
        model.addAttribute("message", message);
        // only a well-formed token is put back into the page's form addresses
        model.addAttribute("token", token.matches("[A-Za-z0-9_-]{1,64}") ? token : "");
        return "teams/invitation";
    }
}
