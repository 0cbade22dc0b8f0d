package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.Review;
import dev.ascent.teams.ReviewComment;
import dev.ascent.teams.ReviewRequest;
import dev.ascent.teams.ReviewThread;
import dev.ascent.teams.Reviews;
import dev.ascent.teams.RubricScores;
import dev.ascent.teams.TeamDetails;
import dev.ascent.teams.TeamRole;
import dev.ascent.teams.Teams;
import dev.ascent.teams.VerdictForm;
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

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** My review requests (and asking for one), a team's mentor queue, and a review's thread with its forms. */
@Controller
class ReviewPages {

    /** Which form on the thread page a redrawn answer belongs to. */
    enum Section { COMMENT, SCORES, VERDICT, ITERATION, WITHDRAW }

    private final Reviews reviews;
    private final Teams teams;
    private final FormErrors formErrors;

    ReviewPages(Reviews reviews, Teams teams, FormErrors formErrors) {
        this.reviews = reviews;
        this.teams = teams;
        this.formErrors = formErrors;
    }

    /** Your reviews and the form to ask for one; {@code ?item=debrief:…} chooses what to ask review of (a link from the work). */
    @GetMapping("/teams/reviews")
    String mine(CurrentAccount me, @org.springframework.web.bind.annotation.RequestParam(required = false) @org.jspecify.annotations.Nullable String item,
                Model model) {
        String chosen = item == null || item.length() > 300 ? "" : item;
        return mine(me, model, null, new ReviewRequest(chosen, ""), Map.of());
    }

    @PostMapping("/teams/reviews")
    String request(CurrentAccount me, @RequestParam(required = false) @Nullable String team, ReviewRequest form, BindingResult binding,
                   HttpServletResponse response, Model model) {
        UUID teamId = uuid(team);
        Outcome<Review> outcome = teamId == null || teams.roleOf(me.id(), teamId).isEmpty()
                ? Outcome.invalid("team", "Choose one of your teams.")
                : formErrors.<Review>unreadable(binding).orElseGet(() -> reviews.request(me.id(), teamId, form));
        if (outcome instanceof Outcome.Saved<Review>(Review review)) {
            return "redirect:/teams/" + review.teamId() + "/reviews/" + review.id() + "?requested";
        }
        return mine(me, model, teamId, form, FormErrors.rejected(outcome, response));
    }

    @GetMapping("/teams/{teamId}/reviews")
    String queue(CurrentAccount me, @PathVariable UUID teamId, Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(ReviewPages::notFound);
        model.addAttribute("team", team);
        model.addAttribute("queue", reviews.queue(me.id(), teamId).orElseThrow(ReviewPages::notFound));
        model.addAttribute("answered", reviews.answered(me.id(), teamId).orElseThrow(ReviewPages::notFound));
        model.addAttribute("now", reviews.now());
        return "teams/reviewQueue";
    }

    @GetMapping("/teams/{teamId}/reviews/{reviewId}")
    String thread(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId, Model model) {
        ReviewThread thread = reviews.thread(me.id(), teamId, reviewId).orElseThrow(ReviewPages::notFound);
        return thread(model, thread, null, "", List.of(), null, Map.of());
    }

    @PostMapping("/teams/{teamId}/reviews/{reviewId}/comments")
    String comment(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId, ReviewComment form, BindingResult binding,
                   @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        return answer(me, teamId, reviewId, Section.COMMENT, form.clean(), List.of(), null, binding, response, model,
                () -> reviews.comment(me.id(), teamId, reviewId, form, FormErrors.version(version)));
    }

    @PostMapping("/teams/{teamId}/reviews/{reviewId}/iterations")
    String iterate(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId, ReviewComment form, BindingResult binding,
                   @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        return answer(me, teamId, reviewId, Section.ITERATION, form.clean(), List.of(), null, binding, response, model,
                () -> reviews.iterate(me.id(), teamId, reviewId, form, FormErrors.version(version)));
    }

    @PostMapping("/teams/{teamId}/reviews/{reviewId}/scores")
    String score(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId, RubricScores form, BindingResult binding,
                 @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        return answer(me, teamId, reviewId, Section.SCORES, "", form.all(), null, binding, response, model,
                () -> reviews.score(me.id(), teamId, reviewId, form, FormErrors.version(version)));
    }

    @PostMapping("/teams/{teamId}/reviews/{reviewId}/verdict")
    String decide(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId, VerdictForm form, BindingResult binding,
                  @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        return answer(me, teamId, reviewId, Section.VERDICT, form.clean(), List.of(), form.verdict(), binding, response, model,
                () -> reviews.decide(me.id(), teamId, reviewId, form, FormErrors.version(version)));
    }

    /** The member withdraws a request that still waits for a mentor (the page asks to confirm first). */
    @PostMapping("/teams/{teamId}/reviews/{reviewId}/withdraw")
    String withdraw(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId,
                    @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        ReviewThread before = reviews.thread(me.id(), teamId, reviewId).orElseThrow(ReviewPages::notFound);
        Outcome<ReviewThread> outcome = reviews.withdraw(me.id(), teamId, reviewId, FormErrors.version(version));
        if (outcome.isSaved()) {
            return "redirect:/teams/" + teamId + "/reviews/" + reviewId + "?withdrawn";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        ReviewThread now = outcome instanceof Outcome.Conflict<ReviewThread>(String message, ReviewThread current) && current != null ? current
                : reviews.thread(me.id(), teamId, reviewId).orElse(before);
        return thread(model, now, Section.WITHDRAW, "", List.of(), null, errors);
    }

    private String answer(CurrentAccount me, UUID teamId, UUID reviewId, Section section, String text, List<@Nullable Integer> scores,
                          dev.ascent.teams.@Nullable Verdict verdict, BindingResult binding, HttpServletResponse response, Model model,
                          Supplier<Outcome<ReviewThread>> write) {
        ReviewThread before = reviews.thread(me.id(), teamId, reviewId).orElseThrow(ReviewPages::notFound);
        Outcome<ReviewThread> outcome = formErrors.<ReviewThread>unreadable(binding).orElseGet(write);
        if (outcome.isSaved()) {
            return "redirect:/teams/" + teamId + "/reviews/" + reviewId + "?" + section.name().toLowerCase(java.util.Locale.ROOT) + "-saved#thread";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        ReviewThread now = outcome instanceof Outcome.Conflict<ReviewThread>(String message, ReviewThread current) && current != null ? current
                : reviews.thread(me.id(), teamId, reviewId).orElse(before);
        // what was typed is drawn back into the form, also after a conflict, so nothing is lost
        return thread(model, now, section, text, scores, verdict, errors);
    }

    private String thread(Model model, ReviewThread thread, @Nullable Section section, String text, List<@Nullable Integer> scores,
                          dev.ascent.teams.@Nullable Verdict verdict, Map<String, String> errors) {
        model.addAttribute("thread", thread);
        model.addAttribute("section", section == null ? "" : section.name());
        model.addAttribute("text", text);
        model.addAttribute("scores", scores.isEmpty() ? thread.latestScores().stream().<@Nullable Integer>map(s -> s).toList() : scores);
        model.addAttribute("verdict", verdict == null ? "" : verdict.name());
        model.addAttribute("errors", errors);
        return "teams/review";
    }

    private String mine(CurrentAccount me, Model model, @Nullable UUID team, ReviewRequest form, Map<String, String> errors) {
        model.addAttribute("mine", reviews.mine(me.id()));
        model.addAttribute("teams", teams.teams(me.id()));
        model.addAttribute("reviewing", teams.teams(me.id()).stream().filter(t -> t.myRole() != TeamRole.MEMBER).toList());
        model.addAttribute("items", reviews.candidates(me.id()));
        model.addAttribute("team", team == null ? "" : team.toString());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "teams/reviews";
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such review in your teams.");
    }
}
