package dev.ascent.drills.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.drills.Live;
import dev.ascent.drills.Play;
import dev.ascent.drills.Plays;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A play's console: the pager, the dashboards, the system's log, the actions and the clock, for the on-call and for a
 * game master. With scripts the console redraws itself every two seconds while the clock runs (htmx) and every form
 * answers with the console; without, every form goes back to the page.
 */
@Controller
class PlayPages {

    private final Plays plays;
    private final PlayConsole console;

    PlayPages(Plays plays, PlayConsole console) {
        this.plays = plays;
        this.console = console;
    }

    @PostMapping("/drills/{drillId}/plays")
    String start(CurrentAccount me, @PathVariable String drillId) {
        Outcome<Play> started = plays.start(me.id(), drillId);
        if (started instanceof Outcome.Saved<Play>(Play play)) {
            return "redirect:/drills/plays/" + play.id();
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such drill.");
    }

    @GetMapping("/drills/plays/{playId}")
    String play(CurrentAccount me, @PathVariable UUID playId, Model model) {
        Live live = plays.live(me.id(), playId).orElseThrow(PlayPages::noPlay);
        console.add(live, Map.of(), null, model);
        return "drills/play";
    }

    /** The console alone, for the page to redraw itself. */
    @GetMapping("/drills/plays/{playId}/console")
    String consolePart(CurrentAccount me, @PathVariable UUID playId,
                       @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        Live live = plays.live(me.id(), playId).orElseThrow(PlayPages::noPlay);
        if (htmx == null) {
            return "redirect:/drills/plays/" + playId;
        }
        console.add(live, Map.of(), null, model);
        return "drills/console";
    }

    @PostMapping("/drills/plays/{playId}/clock")
    Object clock(CurrentAccount me, @PathVariable UUID playId, @RequestParam(required = false) @Nullable String command,
                 @RequestParam(required = false) @Nullable String speed, @RequestParam(required = false) @Nullable Integer version,
                 @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletResponse response, Model model) {
        int expected = FormErrors.version(version);
        return answer(me, playId, htmx, response, model, () -> {
            Double parsed = speed == null || speed.isBlank() ? null : parse(speed);
            if (speed != null && !speed.isBlank() && parsed == null) {
                return Outcome.invalid("speed", "Choose a speed of 1, 5, 10, 30 or 60 simulated seconds a second.");
            }
            Plays.ClockCommand c = Plays.ClockCommand.of(command).orElse(null);
            if (command != null && !command.isBlank() && c == null) {
                return Outcome.invalid("clock", "Run, pause, or step the clock by 10 s or a minute.");
            }
            return plays.clock(me.id(), playId, c, parsed, expected);
        });
    }

    @PostMapping("/drills/plays/{playId}/actions")
    Object act(CurrentAccount me, @PathVariable UUID playId, @RequestParam(required = false) @Nullable String action,
               @RequestParam(required = false) @Nullable Integer version,
               @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletResponse response, Model model) {
        int expected = FormErrors.version(version);
        return answer(me, playId, htmx, response, model, () -> plays.act(me.id(), playId, action == null ? "" : action, expected));
    }

    @PostMapping("/drills/plays/{playId}/acknowledgements")
    Object acknowledge(CurrentAccount me, @PathVariable UUID playId, @RequestParam(required = false) @Nullable String alert,
                       @RequestParam(required = false) @Nullable Integer version,
                       @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletResponse response, Model model) {
        int expected = FormErrors.version(version);
        return answer(me, playId, htmx, response, model, () -> plays.acknowledge(me.id(), playId, alert == null ? "" : alert, expected));
    }

    @PostMapping("/drills/plays/{playId}/looks")
    Object look(CurrentAccount me, @PathVariable UUID playId, @RequestParam(required = false) @Nullable String dashboard,
                @RequestParam(required = false) @Nullable Integer version,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletResponse response, Model model) {
        int expected = FormErrors.version(version);
        return answer(me, playId, htmx, response, model, () -> plays.look(me.id(), playId, dashboard == null ? "" : dashboard, expected));
    }

    @PostMapping("/drills/plays/{playId}/hints")
    Object hint(CurrentAccount me, @PathVariable UUID playId, @RequestParam(required = false) @Nullable String hint,
                @RequestParam(required = false) @Nullable Integer version,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletResponse response, Model model) {
        int expected = FormErrors.version(version);
        return answer(me, playId, htmx, response, model, () -> plays.hint(me.id(), playId, hint, expected));
    }

    @PostMapping("/drills/plays/{playId}/injections")
    Object inject(CurrentAccount me, @PathVariable UUID playId, @RequestParam(required = false) @Nullable String injection,
                  @RequestParam(required = false) @Nullable String target, @RequestParam(required = false) @Nullable Integer version,
                  @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletResponse response, Model model) {
        int expected = FormErrors.version(version);
        return answer(me, playId, htmx, response, model, () -> plays.inject(me.id(), playId, injection, target, expected));
    }

    @PostMapping("/drills/plays/{playId}/abandon")
    Object abandon(CurrentAccount me, @PathVariable UUID playId, @RequestParam(required = false) @Nullable Integer version,
                   @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletResponse response, Model model) {
        int expected = FormErrors.version(version);
        return answer(me, playId, htmx, response, model, () -> plays.abandon(me.id(), playId, expected));
    }

    /**
     * Saved: the console (htmx) or back to the page. Not saved: the console or the page with the message beside what
     * it is about, answered 409 or 422.
     */
    private Object answer(CurrentAccount me, UUID playId, @Nullable String htmx, HttpServletResponse response, Model model,
                          Supplier<Outcome<Live>> command) {
        Outcome<Live> outcome = command.get();
        if (outcome.isSaved() && htmx == null) {
            return "redirect:/drills/plays/" + playId;
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        Live live = switch (outcome) {
            case Outcome.Saved<Live>(Live l) -> l;
            case Outcome.Conflict<Live>(String message, Live current) when current != null -> current;
            default -> plays.live(me.id(), playId).orElseThrow(PlayPages::noPlay);
        };
        String notice = outcome instanceof Outcome.Conflict<Live>(String message, Live ignored) ? message : null;
        console.add(live, errors, notice, model);
        return htmx == null ? "drills/play" : "drills/console";
    }

    private static @Nullable Double parse(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static ResponseStatusException noPlay() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such play of yours.");
    }
}
