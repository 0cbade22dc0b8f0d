package dev.ascent.drills.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.drills.Drill;
import dev.ascent.drills.DrillHistory;
import dev.ascent.drills.Play;
import dev.ascent.drills.Plays;
import dev.ascent.drills.internal.DrillCatalog;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Markdown;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.Member;
import dev.ascent.teams.TeamDetails;
import dev.ascent.teams.TeamRole;
import dev.ascent.teams.Teams;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The drill library (anyone may read it), a drill's page with its start buttons, and an engineer's history. */
@Controller
class DrillPages {

    private final DrillCatalog drills;
    private final Plays plays;
    private final DrillHistory history;
    private final Teams teams;
    private final Markdown markdown;

    DrillPages(DrillCatalog drills, Plays plays, DrillHistory history, Teams teams, Markdown markdown) {
        this.drills = drills;
        this.plays = plays;
        this.history = history;
        this.teams = teams;
        this.markdown = markdown;
    }

    @GetMapping("/drills")
    String library(@Nullable CurrentAccount me, Model model) {
        model.addAttribute("drills", drills.drills());
        model.addAttribute("plays", me == null ? List.of() : plays.plays(me.id()).stream().limit(8).toList());
        model.addAttribute("me", me == null ? null : me.id());
        return "drills/library";
    }

    @GetMapping("/drills/{drillId}")
    String drill(@Nullable CurrentAccount me, @PathVariable String drillId, Model model) {
        return page(me, drill(drillId), Map.of(), null, model);
    }

    /** A lead or mentor starts a play of the drill for a member of their team, and runs it as game master. */
    @PostMapping("/drills/{drillId}/game-master-plays")
    String runFor(CurrentAccount me, @PathVariable String drillId, @RequestParam(required = false) @Nullable String member,
                  HttpServletResponse response, Model model) {
        Drill drill = drill(drillId);
        String[] parts = member == null ? new String[0] : member.split(":", -1);
        Outcome<Play> started;
        try {
            started = parts.length == 2 ? plays.startAsGameMaster(me.id(), UUID.fromString(parts[0]), UUID.fromString(parts[1]), drillId)
                    : Outcome.invalid("member", "Choose whom to run the drill for.");
        } catch (IllegalArgumentException e) {
            started = Outcome.invalid("member", "Choose whom to run the drill for.");
        }
        if (started instanceof Outcome.Saved<Play>(Play play)) {
            return "redirect:/drills/plays/" + play.id();
        }
        if (started instanceof Outcome.NotFound<Play>(String message)) {
            started = Outcome.invalid("member", message);
        }
        return page(me, drill, FormErrors.rejected(started, response), member, model);
    }

    @GetMapping("/drills/history")
    String history(CurrentAccount me, Model model) {
        model.addAttribute("history", history.of(me.id()));
        return "drills/history";
    }

    private String page(@Nullable CurrentAccount me, Drill drill, Map<String, String> errors, @Nullable String member, Model model) {
        model.addAttribute("drill", drill);
        model.addAttribute("page", markdown.html(drill.page()));
        model.addAttribute("candidates", me == null ? List.of() : candidates(me.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("member", member);
        model.addAttribute("plays", me == null ? List.of() : plays.plays(me.id()).stream().filter(p -> p.drillId().equals(drill.id())).toList());
        model.addAttribute("signedIn", me != null);
        return "drills/drill";
    }

    /** Everyone in the teams the account leads or mentors, but themself. */
    private List<OnCallCandidate> candidates(UUID me) {
        List<OnCallCandidate> candidates = new ArrayList<>();
        for (var summary : teams.teams(me)) {
            if (summary.myRole() == TeamRole.MEMBER) {
                continue;
            }
            TeamDetails team = teams.team(me, summary.id()).orElse(null);
            if (team == null) {
                continue;
            }
            for (Member m : team.members()) {
                if (!m.accountId().equals(me)) {
                    candidates.add(new OnCallCandidate(team.team().id() + ":" + m.accountId(), m.displayName() + " (" + team.team().name() + ")"));
                }
            }
        }
        return candidates;
    }

    private Drill drill(String drillId) {
        return drills.drill(drillId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such drill."));
    }

}
