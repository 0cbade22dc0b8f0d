package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.teams.NotificationKind;
import dev.ascent.teams.NotificationSettingsForm;
import dev.ascent.teams.Notifications;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.util.UUID;

/** The signed-in person's notifications, newest first, and which kinds they get in the app and by email. */
@Controller
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(CurrentAccount me, Model model) {
        model.addAttribute("notifications", notifications.list(me.id()));
        model.addAttribute("settings", notifications.settings(me.id()));
        model.addAttribute("kinds", NotificationKind.values());
        return "teams/notifications";
    }

    /** Marks it read and goes where it points. */
    @PostMapping("/notifications/{id}/open")
    String open(CurrentAccount me, @PathVariable UUID id) {
        String link = notifications.open(me.id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such notification of yours."));
        // links are written by Ascent, always a path in the app; anything else goes to the list rather than elsewhere
        return link.startsWith("/") && !link.startsWith("//") ? "redirect:" + link : "redirect:/notifications";
    }

    @PostMapping("/notifications/read")
    String readAll(CurrentAccount me) {
        notifications.markAllRead(me.id());
        return "redirect:/notifications?read";
    }

    @PostMapping("/notifications/settings")
    String settings(CurrentAccount me, NotificationSettingsForm form, BindingResult binding) {
        if (binding.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form was incomplete; reload the page and try again.");
        }
        notifications.save(me.id(), form);
        return "redirect:/notifications?saved#settings";
    }
}
