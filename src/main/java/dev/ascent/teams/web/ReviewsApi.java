package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.platform.ApiOutcomes;
import dev.ascent.teams.Review;
import dev.ascent.teams.ReviewComment;
import dev.ascent.teams.ReviewRequest;
import dev.ascent.teams.ReviewThread;
import dev.ascent.teams.Reviews;
import dev.ascent.teams.RubricScores;
import dev.ascent.teams.Verdict;
import dev.ascent.teams.VerdictForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.UUID;

/**
 * Reviews through the API: a team someone is not in, and a review they may not see, answer 404; the queue is for
 * mentors and leads (403 to members). Every write sends the version it read; 409 when someone answered meanwhile.
 */
@RestController
@RequestMapping(path = "/api/v1/teams/{teamId}/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Team reviews")
@SecurityRequirement(name = "token")
class ReviewsApi {

    private final Reviews reviews;

    ReviewsApi(Reviews reviews) {
        this.reviews = reviews;
    }

    record Text(@Nullable String body, @Nullable Integer version) {
    }

    record Scores(@Nullable List<@Nullable Integer> scores, @Nullable Integer version) {
    }

    record Version(@Nullable Integer version) {
    }

    record Decision(@Nullable Verdict verdict, @Nullable String body, @Nullable Integer version) {
    }

    @GetMapping
    @Operation(summary = "The team's review queue (mentors and leads): requests waiting for a mentor, longest waiting first (at most 100)")
    List<Review> queue(CurrentAccount me, @PathVariable UUID teamId) {
        return reviews.queue(me.id(), teamId).orElseThrow(ReviewsApi::notFound);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask the team for review of your own item ({\"item\", \"note\"?}): project:<enrolment>:<project> (submitted), "
            + "decision:<id>, attempt:<id> (finished) or checkpoint:<enrolment>:<checkpoint> (one with signOff); one open request per item")
    ResponseEntity<?> request(CurrentAccount me, @PathVariable UUID teamId, @RequestBody ReviewRequest body) {
        return ApiOutcomes.respond(reviews.request(me.id(), teamId, body), HttpStatus.CREATED);
    }

    @GetMapping("/{reviewId}")
    @Operation(summary = "A review with its thread (the member who asked, and the team's mentors and leads)")
    ReviewThread read(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId) {
        return reviews.thread(me.id(), teamId, reviewId).orElseThrow(ReviewsApi::notFound);
    }

    @PostMapping(path = "/{reviewId}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Comment ({\"body\": Markdown, \"version\"}); 409 when the review changed since that version")
    ResponseEntity<?> comment(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId, @RequestBody Text body) {
        return ApiOutcomes.respond(reviews.comment(me.id(), teamId, reviewId, new ReviewComment(body.body()), ApiOutcomes.version(body.version())));
    }

    @PutMapping(path = "/{reviewId}/scores", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Score a project's rubric (mentors and leads, not your own): {\"scores\": [1-4 per rubric line], \"version\"}; 422 names scores[i] out of range")
    ResponseEntity<?> score(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId, @RequestBody Scores body) {
        return ApiOutcomes.respond(reviews.score(me.id(), teamId, reviewId, new RubricScores(body.scores()), ApiOutcomes.version(body.version())));
    }

    @PostMapping(path = "/{reviewId}/verdict", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide an open review (mentors and leads, not your own): {\"verdict\": APPROVED|CHANGES_REQUESTED "
            + "(SIGNED_OFF|DECLINED for checkpoints), \"body\", \"version\"}")
    ResponseEntity<?> decide(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId, @RequestBody Decision body) {
        return ApiOutcomes.respond(reviews.decide(me.id(), teamId, reviewId, new VerdictForm(body.verdict(), body.body()),
                ApiOutcomes.version(body.version())));
    }

    @PostMapping(path = "/{reviewId}/sign-off", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign off a checkpoint (mentors and leads): records your name, today and the evidence in the member's learning; "
            + "422 when the member no longer follows the roadmap")
    ResponseEntity<?> signOff(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId, @RequestBody Text body) {
        return ApiOutcomes.respond(reviews.decide(me.id(), teamId, reviewId, new VerdictForm(Verdict.SIGNED_OFF, body.body()),
                ApiOutcomes.version(body.version())));
    }

    @PostMapping(path = "/{reviewId}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decline a checkpoint's sign-off with a reason ({\"body\", \"version\"})")
    ResponseEntity<?> decline(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId, @RequestBody Text body) {
        return ApiOutcomes.respond(reviews.decide(me.id(), teamId, reviewId, new VerdictForm(Verdict.DECLINED, body.body()),
                ApiOutcomes.version(body.version())));
    }

    @PostMapping(path = "/{reviewId}/iterations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send your next iteration after changes were requested ({\"body\": what you changed, \"version\"}); the item is taken as it is now")
    ResponseEntity<?> iterate(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId, @RequestBody Text body) {
        return ApiOutcomes.respond(reviews.iterate(me.id(), teamId, reviewId, new ReviewComment(body.body()), ApiOutcomes.version(body.version())));
    }

    @PostMapping(path = "/{reviewId}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw your own request while it waits for a mentor ({\"version\"}): it leaves the queue, its thread closes, "
            + "and you can ask again later; 403 for a mentor or lead, 409 when the review changed since that version, 422 once it has a verdict")
    ResponseEntity<?> withdraw(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID reviewId, @RequestBody Version body) {
        return ApiOutcomes.respond(reviews.withdraw(me.id(), teamId, reviewId, ApiOutcomes.version(body.version())));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such review in your teams.");
    }
}
