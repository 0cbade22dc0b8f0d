package dev.ascent.security;

import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.catalog.Catalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every route the running app exposes (read from its handler mappings, so a new route
 * fails this test until it is classified here) as anonymous, a learner, another learner and an
 * admin, and checks who may do what: each API route with each actor's read token and read-write
 * token (scope × role), where a read token is refused (403 problem) on every change, admin routes
 * included, and a read-write token of the right role is allowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationTests {

    /** Who may use a route. */
    enum Access {
        /** anyone, signed in or not */
        PUBLIC,
        /** pages for a signed-in person; anonymous visitors are sent to sign in */
        SIGNED_IN_PAGE,
        /** the API for a token holder; anonymous calls get a 401 problem */
        SIGNED_IN_API,
        /** administration pages */
        ADMIN_PAGE,
        /** administration API and operational endpoints */
        ADMIN_API
    }

    /** Every route, by "METHOD pattern" ("*" when a mapping accepts every method). */
    static final Map<String, Access> ROUTES = new TreeMap<>(Map.ofEntries(
            // catalog
            Map.entry("GET /", Access.PUBLIC),
            Map.entry("GET /roadmaps/{id}", Access.PUBLIC),
            Map.entry("GET /roadmaps/{id}/topics/{topicId}", Access.PUBLIC),
            Map.entry("GET /api/v1/roadmaps", Access.PUBLIC),
            Map.entry("GET /api/v1/roadmaps/{id}", Access.PUBLIC),
            Map.entry("GET /api/v1/roadmaps/{id}/topics/{topicId}", Access.PUBLIC),
            Map.entry("GET /api/v1/roadmaps/{id}/releases", Access.PUBLIC),
            Map.entry("GET /api/v1/roadmaps/{id}/source", Access.PUBLIC),
            Map.entry("GET /admin/roadmaps", Access.ADMIN_PAGE),
            Map.entry("POST /admin/roadmaps", Access.ADMIN_PAGE),
            Map.entry("POST /api/v1/admin/roadmaps", Access.ADMIN_API),
            Map.entry("POST /api/v1/admin/roadmaps/validate", Access.ADMIN_API),
            // practice: the scenario library is open; attempts and the decision journal are the learner's own
            Map.entry("GET /scenarios", Access.PUBLIC),
            Map.entry("GET /scenarios/{id}", Access.PUBLIC),
            Map.entry("GET /api/v1/scenarios", Access.PUBLIC),
            Map.entry("GET /api/v1/scenarios/{id}", Access.PUBLIC),
            Map.entry("GET /admin/scenarios", Access.ADMIN_PAGE),
            Map.entry("POST /admin/scenarios", Access.ADMIN_PAGE),
            Map.entry("POST /api/v1/admin/scenarios", Access.ADMIN_API),
            Map.entry("POST /api/v1/admin/scenarios/validate", Access.ADMIN_API),
            Map.entry("GET /practice", Access.SIGNED_IN_PAGE),
            Map.entry("POST /practice/scenarios/{id}/attempts", Access.SIGNED_IN_PAGE),
            Map.entry("GET /practice/scenarios/{scenarioId}/compare", Access.SIGNED_IN_PAGE),
            Map.entry("GET /practice/attempts/{attemptId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /practice/attempts/{attemptId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /practice/attempts/{attemptId}/draft", Access.SIGNED_IN_PAGE),
            Map.entry("GET /practice/decisions", Access.SIGNED_IN_PAGE),
            Map.entry("POST /practice/decisions", Access.SIGNED_IN_PAGE),
            Map.entry("GET /practice/decisions/new", Access.SIGNED_IN_PAGE),
            Map.entry("GET /practice/decisions/export.zip", Access.SIGNED_IN_PAGE),
            Map.entry("GET /practice/decisions/{id}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /practice/decisions/{id}", Access.SIGNED_IN_PAGE),
            Map.entry("GET /practice/decisions/{id}/edit", Access.SIGNED_IN_PAGE),
            Map.entry("POST /practice/decisions/{id}/revisit", Access.SIGNED_IN_PAGE),
            Map.entry("POST /practice/decisions/{id}/delete", Access.SIGNED_IN_PAGE),
            Map.entry("POST /api/v1/scenarios/{id}/attempts", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/attempts", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/attempts/{id}", Access.SIGNED_IN_API),
            Map.entry("PATCH /api/v1/attempts/{id}", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/attempts/{id}/submit", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/decisions", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/decisions", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/decisions/export.zip", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/decisions/{id}", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/decisions/{id}", Access.SIGNED_IN_API),
            Map.entry("DELETE /api/v1/decisions/{id}", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/decisions/{id}/revisit", Access.SIGNED_IN_API),
            // lab: the models are open to read; runs are a signed-in learner's own (another's is 404)
            Map.entry("GET /lab", Access.PUBLIC),
            Map.entry("GET /lab/models/{id}", Access.PUBLIC),
            Map.entry("POST /lab/models/{id}/runs", Access.SIGNED_IN_PAGE),
            Map.entry("GET /lab/models/{id}/edit", Access.PUBLIC),
            Map.entry("POST /lab/edit", Access.SIGNED_IN_PAGE),
            Map.entry("GET /lab/runs/{runId}", Access.SIGNED_IN_PAGE),
            Map.entry("GET /lab/runs/{runId}.csv", Access.SIGNED_IN_PAGE),
            Map.entry("GET /lab/compare/{a}/{b}", Access.SIGNED_IN_PAGE),
            Map.entry("GET /api/v1/lab/models", Access.PUBLIC),
            Map.entry("GET /api/v1/lab/models/{id}", Access.PUBLIC),
            Map.entry("POST /api/v1/lab/validate", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/lab/models/{id}/runs", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/lab/runs", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/lab/runs", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/lab/runs/{runId}", Access.SIGNED_IN_API),
            // drills: the library is open; a play is its player's and its game master's (404 for anyone else)
            Map.entry("GET /drills", Access.PUBLIC),
            Map.entry("GET /drills/{drillId}", Access.PUBLIC),
            Map.entry("GET /drills/history", Access.SIGNED_IN_PAGE),
            Map.entry("POST /drills/{drillId}/plays", Access.SIGNED_IN_PAGE),
            Map.entry("POST /drills/{drillId}/game-master-plays", Access.SIGNED_IN_PAGE),
            Map.entry("GET /drills/plays/{playId}", Access.SIGNED_IN_PAGE),
            Map.entry("GET /drills/plays/{playId}/console", Access.SIGNED_IN_PAGE),
            Map.entry("POST /drills/plays/{playId}/clock", Access.SIGNED_IN_PAGE),
            Map.entry("POST /drills/plays/{playId}/actions", Access.SIGNED_IN_PAGE),
            Map.entry("POST /drills/plays/{playId}/acknowledgements", Access.SIGNED_IN_PAGE),
            Map.entry("POST /drills/plays/{playId}/looks", Access.SIGNED_IN_PAGE),
            Map.entry("POST /drills/plays/{playId}/hints", Access.SIGNED_IN_PAGE),
            Map.entry("POST /drills/plays/{playId}/injections", Access.SIGNED_IN_PAGE),
            Map.entry("POST /drills/plays/{playId}/abandon", Access.SIGNED_IN_PAGE),
            Map.entry("GET /drills/plays/{playId}/debrief", Access.SIGNED_IN_PAGE),
            Map.entry("POST /drills/plays/{playId}/debrief", Access.SIGNED_IN_PAGE),
            Map.entry("GET /drills/plays/{playId}/debrief.md", Access.SIGNED_IN_PAGE),
            Map.entry("GET /api/v1/drills", Access.PUBLIC),
            Map.entry("GET /api/v1/drills/{drillId}", Access.PUBLIC),
            Map.entry("GET /api/v1/drills/history", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/drills/plays", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/drills/plays", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/drills/plays/{playId}", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/drills/plays/{playId}/actions", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/drills/plays/{playId}/acknowledgements", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/drills/plays/{playId}/clock", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/drills/plays/{playId}/debrief", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/drills/plays/{playId}/debrief", Access.SIGNED_IN_API),
            // teams: a team's pages and API answer its members only (404 for anyone else); leads-only changes are 403 to members
            Map.entry("GET /teams", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams", Access.SIGNED_IN_PAGE),
            Map.entry("GET /teams/{teamId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/name", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/invitations", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/invitations/{invitationId}/revoke", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/members/{accountId}/role", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/members/{accountId}/remove", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/leave", Access.SIGNED_IN_PAGE),
            Map.entry("GET /teams/{teamId}/overview", Access.SIGNED_IN_PAGE),
            Map.entry("GET /teams/{teamId}/overview.csv", Access.SIGNED_IN_PAGE),
            Map.entry("GET /teams/{teamId}/privacy", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/privacy", Access.SIGNED_IN_PAGE),
            Map.entry("GET /teams/{teamId}/roadmaps", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/roadmaps", Access.SIGNED_IN_PAGE),
            Map.entry("GET /teams/{teamId}/roadmaps/{teamRoadmapId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/roadmaps/{teamRoadmapId}", Access.SIGNED_IN_PAGE),
            Map.entry("GET /api/v1/teams/{teamId}/roadmaps", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/roadmaps", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/roadmaps/{teamRoadmapId}/versions", Access.SIGNED_IN_API),
            Map.entry("GET /teams/{teamId}/assignments", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/assignments", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/assignments/{assignmentId}/accept", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/assignments/{assignmentId}/decline", Access.SIGNED_IN_PAGE),
            Map.entry("GET /invitations/{token}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /invitations/{token}/accept", Access.SIGNED_IN_PAGE),
            Map.entry("POST /invitations/{token}/decline", Access.SIGNED_IN_PAGE),
            Map.entry("GET /api/v1/teams", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/teams/{teamId}", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/teams/{teamId}", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/teams/{teamId}/invitations", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/invitations", Access.SIGNED_IN_API),
            Map.entry("DELETE /api/v1/teams/{teamId}/invitations/{invitationId}", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/leave", Access.SIGNED_IN_API),
            Map.entry("DELETE /api/v1/teams/{teamId}/members/{accountId}", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/teams/{teamId}/members/{accountId}/role", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/teams/{teamId}/overview", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/teams/{teamId}/privacy", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/teams/{teamId}/privacy", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/teams/{teamId}/assignments", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/assignments", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/assignments/{assignmentId}/accept", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/assignments/{assignmentId}/decline", Access.SIGNED_IN_API),
            // check-ins and 1:1 notes: the member and the team's mentors and leads; 1:1 notes the two people only
            Map.entry("GET /teams/{teamId}/members/{memberId}/check-ins", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/members/{memberId}/check-ins", Access.SIGNED_IN_PAGE),
            Map.entry("GET /teams/{teamId}/check-ins/{checkInId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/check-ins/{checkInId}/levels", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/check-ins/{checkInId}/agreement", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/check-ins/{checkInId}/withdraw", Access.SIGNED_IN_PAGE),
            Map.entry("GET /teams/{teamId}/one-on-ones/{otherId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/one-on-ones/{otherId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/one-on-ones/{otherId}/notes/{noteId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/one-on-ones/{otherId}/notes/{noteId}/delete", Access.SIGNED_IN_PAGE),
            Map.entry("GET /api/v1/teams/{teamId}/members/{memberId}/check-ins", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/members/{memberId}/check-ins", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/teams/{teamId}/check-ins/{checkInId}", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/teams/{teamId}/check-ins/{checkInId}/levels", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/teams/{teamId}/check-ins/{checkInId}/agreement", Access.SIGNED_IN_API),
            Map.entry("DELETE /api/v1/teams/{teamId}/check-ins/{checkInId}", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/teams/{teamId}/one-on-ones/{otherId}", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/one-on-ones/{otherId}", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/teams/{teamId}/one-on-ones/{otherId}/notes/{noteId}", Access.SIGNED_IN_API),
            Map.entry("DELETE /api/v1/teams/{teamId}/one-on-ones/{otherId}/notes/{noteId}", Access.SIGNED_IN_API),
            // notifications: each person's own (another's id is 404)
            Map.entry("GET /notifications", Access.SIGNED_IN_PAGE),
            Map.entry("POST /notifications/{id}/open", Access.SIGNED_IN_PAGE),
            Map.entry("POST /notifications/read", Access.SIGNED_IN_PAGE),
            Map.entry("POST /notifications/settings", Access.SIGNED_IN_PAGE),
            Map.entry("GET /api/v1/notifications", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/notifications/{id}/read", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/notifications/read", Access.SIGNED_IN_API),
            // reviews: the member who asked and the team's mentors and leads; walked in teams/ReviewPagesTests and ReviewsApiTests
            Map.entry("GET /teams/reviews", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/reviews", Access.SIGNED_IN_PAGE),
            Map.entry("GET /teams/{teamId}/reviews", Access.SIGNED_IN_PAGE),
            Map.entry("GET /teams/{teamId}/reviews/{reviewId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/reviews/{reviewId}/comments", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/reviews/{reviewId}/scores", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/reviews/{reviewId}/verdict", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/reviews/{reviewId}/iterations", Access.SIGNED_IN_PAGE),
            Map.entry("POST /teams/{teamId}/reviews/{reviewId}/withdraw", Access.SIGNED_IN_PAGE),
            Map.entry("GET /api/v1/teams/{teamId}/reviews", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/reviews", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/teams/{teamId}/reviews/{reviewId}", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/reviews/{reviewId}/comments", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/teams/{teamId}/reviews/{reviewId}/scores", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/reviews/{reviewId}/verdict", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/reviews/{reviewId}/sign-off", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/reviews/{reviewId}/decline", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/reviews/{reviewId}/iterations", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/teams/{teamId}/reviews/{reviewId}/withdraw", Access.SIGNED_IN_API),
            // accounts: public pages
            Map.entry("GET /sign-in", Access.PUBLIC),
            Map.entry("GET /sign-up", Access.PUBLIC),
            Map.entry("POST /sign-up", Access.PUBLIC),
            Map.entry("GET /forgot-password", Access.PUBLIC),
            Map.entry("POST /forgot-password", Access.PUBLIC),
            Map.entry("GET /reset-password", Access.PUBLIC),
            Map.entry("POST /reset-password", Access.PUBLIC),
            Map.entry("GET /account/verify", Access.PUBLIC),
            // accounts: the signed-in person's own
            Map.entry("GET /account", Access.SIGNED_IN_PAGE),
            Map.entry("POST /account/name", Access.SIGNED_IN_PAGE),
            Map.entry("POST /account/password", Access.SIGNED_IN_PAGE),
            Map.entry("POST /account/tokens", Access.SIGNED_IN_PAGE),
            Map.entry("POST /account/tokens/{tokenId}/revoke", Access.SIGNED_IN_PAGE),
            Map.entry("POST /account/verification", Access.SIGNED_IN_PAGE),
            Map.entry("GET /account/export", Access.SIGNED_IN_PAGE),
            Map.entry("POST /account/delete", Access.SIGNED_IN_PAGE),
            Map.entry("POST /account/import", Access.SIGNED_IN_PAGE),
            Map.entry("POST /api/v1/me/import", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/me", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/me/export", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/me/tokens", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/me/tokens", Access.SIGNED_IN_API),
            Map.entry("DELETE /api/v1/me/tokens/{tokenId}", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/me/activity", Access.SIGNED_IN_API),
            // learning: the signed-in person's own journey
            Map.entry("GET /learn", Access.SIGNED_IN_PAGE),
            Map.entry("GET /learn/start/{roadmapId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/start/{roadmapId}", Access.SIGNED_IN_PAGE),
            Map.entry("GET /learn/{enrollmentId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/topics/{topicId}/status", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/topics/{topicId}/review", Access.SIGNED_IN_PAGE),
            Map.entry("GET /learn/{enrollmentId}/phases/{phaseId}", Access.SIGNED_IN_PAGE),
            Map.entry("GET /learn/{enrollmentId}/assessment", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/assessment", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/status", Access.SIGNED_IN_PAGE),
            Map.entry("GET /learn/{enrollmentId}/projects/{projectId}", Access.SIGNED_IN_PAGE),
            Map.entry("GET /learn/{enrollmentId}/topics/{topicId}", Access.SIGNED_IN_PAGE),
            Map.entry("GET /learn/roadmaps/{roadmapId}/progress", Access.SIGNED_IN_PAGE),
            Map.entry("GET /learn/roadmaps/{roadmapId}/topics/{topicId}/status", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/roadmaps/{roadmapId}/topics/{topicId}/status", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/topics/{topicId}/notes", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/topics/{topicId}/notes/draft", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/topics/{topicId}/links", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/topics/{topicId}/links/{linkId}/delete", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/time", Access.SIGNED_IN_PAGE),
            Map.entry("GET /learn/{enrollmentId}/time", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/time/entries/{entryId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/time/entries/{entryId}/delete", Access.SIGNED_IN_PAGE),
            Map.entry("GET /learn/journal", Access.SIGNED_IN_PAGE),
            Map.entry("GET /learn/{enrollmentId}/plan", Access.SIGNED_IN_PAGE),
            Map.entry("GET /learn/{enrollmentId}/plan.ics", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/plan/weeks-off", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/plan/schedule", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/plan/pace", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/plan/weeks-off/{monday}/delete", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/plan/calendar", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/plan/calendar/revoke", Access.SIGNED_IN_PAGE),
            Map.entry("GET /calendar/{secret}.ics", Access.PUBLIC),
            Map.entry("GET /learn/export.md", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/journal", Access.SIGNED_IN_PAGE),
            Map.entry("GET /learn/journal/{entryId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/journal/{entryId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/journal/{entryId}/delete", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/projects/{projectId}", Access.SIGNED_IN_PAGE),
            Map.entry("POST /learn/{enrollmentId}/projects/{projectId}/draft", Access.SIGNED_IN_PAGE),
            Map.entry("GET /api/v1/enrollments", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/enrollments", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/enrollments/{id}", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/enrollments/{id}", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/enrollments/{id}/topics", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/enrollments/{id}/topics/{topicId}", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/enrollments/{id}/assessment", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/enrollments/{id}/checkpoints", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/enrollments/{id}/topics/{topicId}/review", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/enrollments/{id}/topics/{topicId}/links", Access.SIGNED_IN_API),
            Map.entry("DELETE /api/v1/enrollments/{id}/links/{linkId}", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/enrollments/{id}/time", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/enrollments/{id}/time", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/enrollments/{id}/time/entries", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/enrollments/{id}/time/entries/{entryId}", Access.SIGNED_IN_API),
            Map.entry("DELETE /api/v1/enrollments/{id}/time/entries/{entryId}", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/enrollments/{id}/topics/{topicId}/notes", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/enrollments/{id}/topics/{topicId}/notes", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/enrollments/{id}/projects/{projectId}", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/enrollments/{id}/projects/{projectId}", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/journal", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/enrollments/{id}/plan", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/enrollments/{id}/plan/schedule", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/enrollments/{id}/plan/schedule", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/enrollments/{id}/changes", Access.SIGNED_IN_API),
            Map.entry("GET /api/v1/enrollments/{id}/plan.ics", Access.SIGNED_IN_API),
            Map.entry("POST /api/v1/journal", Access.SIGNED_IN_API),
            Map.entry("PUT /api/v1/journal/{entryId}", Access.SIGNED_IN_API),
            Map.entry("DELETE /api/v1/journal/{entryId}", Access.SIGNED_IN_API),
            // accounts: administration
            Map.entry("GET /admin/users", Access.ADMIN_PAGE),
            Map.entry("POST /admin/users/{id}/enabled", Access.ADMIN_PAGE),
            Map.entry("POST /admin/users/{id}/role", Access.ADMIN_PAGE),
            Map.entry("GET /admin/audit", Access.ADMIN_PAGE),
            Map.entry("GET /api/v1/admin/users", Access.ADMIN_API),
            Map.entry("PUT /api/v1/admin/users/{id}/enabled", Access.ADMIN_API),
            Map.entry("PUT /api/v1/admin/users/{id}/role", Access.ADMIN_API),
            Map.entry("GET /api/v1/admin/audit", Access.ADMIN_API),
            // platform, API description, operations
            Map.entry("* /error", Access.PUBLIC),
            Map.entry("GET /formats", Access.PUBLIC),
            Map.entry("GET /formats/{name}", Access.PUBLIC),
            Map.entry("GET /v3/api-docs", Access.PUBLIC),
            Map.entry("GET /v3/api-docs.yaml", Access.PUBLIC),
            Map.entry("GET /v3/api-docs/swagger-config", Access.PUBLIC),
            Map.entry("GET /swagger-ui.html", Access.PUBLIC),
            Map.entry("GET /actuator", Access.ADMIN_API),
            Map.entry("GET /actuator/health", Access.PUBLIC),
            Map.entry("GET /actuator/health/**", Access.PUBLIC),
            Map.entry("GET /actuator/info", Access.ADMIN_API),
            Map.entry("GET /actuator/prometheus", Access.ADMIN_API)));

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Catalog catalog;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Actor> actors = new TreeMap<>();
    private WebSession visitor;
    private UUID target;
    private String topicId;

    record Actor(String name, WebSession pages, String readToken, String writeToken) {
    }

    @BeforeAll
    void createActors() {
        visitor = new WebSession(port);
        actors.put("learner", actor("learner"));
        actors.put("other", actor("other"));
        actors.put("admin", actor("admin"));
        target = accounts.signUp("Target", "target-" + UUID.randomUUID() + "@example.org", "lantern orbit maple quietly 7", "test").value().id();
        topicId = catalog.roadmap("senior-judgment").orElseThrow().topics().getFirst().id();
    }

    private Actor actor(String name) {
        String email = name + "-" + UUID.randomUUID() + "@example.org";
        String password = "lantern orbit maple quietly 7";
        UUID id = accounts.signUp("Test " + name, email, password, "test").value().id();
        actorIds.put(name, id);
        if (name.equals("admin")) {
            jdbc.sql("update accounts.accounts set role = 'ADMIN' where id = :id").param("id", id).update();
        }
        WebSession pages = new WebSession(port);
        assertThat(pages.signIn(email, password).headers().firstValue("Location").orElse("")).as(name + " signs in").doesNotContain("error");
        String read = accounts.createToken(id, name + " read", "READ", "test").value().secret();
        String write = accounts.createToken(id, name + " write", "READ_WRITE", "test").value().secret();
        return new Actor(name, pages, read, write);
    }

    /** Every route of every handler mapping in the running app, as "METHOD pattern". */
    private Set<String> discoveredRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.add("* " + pattern);
                    } else {
                        methods.forEach(method -> routes.add(method.name() + " " + pattern));
                    }
                }
            });
        }
        return routes;
    }

    @Test
    void everyRouteTheAppExposesIsClassified() {
        Set<String> unclassified = new TreeSet<>(discoveredRoutes());
        unclassified.removeAll(ROUTES.keySet());
        assertThat(unclassified).as("routes nobody has decided about: add them to ROUTES").isEmpty();
    }

    @Test
    void everyRouteAnswersEachKindOfCallerAsClassified() {
        List<String> wrong = new ArrayList<>();
        for (String route : discoveredRoutes()) {
            Access access = ROUTES.get(route);
            if (access == null) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = concrete(route.substring(route.indexOf(' ') + 1));
            if (method.equals("*")) {
                method = "GET";
            }
            boolean apiPath = path.startsWith("/api/") || path.startsWith("/actuator");
            check(wrong, route, "anonymous", access, apiPath ? call(method, path, null, null) : page(visitor, method, path));
            for (Actor actor : actors.values()) {
                if (!apiPath) {
                    check(wrong, route, actor.name(), access, page(actor, method, path));
                    continue;
                }
                // scope × role: each token of each actor; a read token changes nothing anywhere, admin routes included
                HttpResponse<String> withReadToken = call(method, path, actor.readToken(), null);
                if (method.equals("GET")) {
                    check(wrong, route, actor.name() + " (read token)", access, withReadToken);
                } else if (withReadToken.statusCode() != 403) {
                    wrong.add("%s as %s (read token): expected 403, got %d".formatted(route, actor.name(), withReadToken.statusCode()));
                } else {
                    checkProblem(wrong, route, actor.name() + " (read token)", withReadToken);
                    if (!withReadToken.body().contains("This token may only read.")) {
                        wrong.add("%s as %s (read token): the problem does not name the scope: %s".formatted(route, actor.name(), withReadToken.body()));
                    }
                }
                check(wrong, route, actor.name() + " (read-write token)", access, call(method, path, actor.writeToken(), null));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void oneLearnerCannotTouchAnotherLearnersTokens() {
        Actor learner = actors.get("learner");
        Actor other = actors.get("other");
        UUID learnersToken = accounts.tokens(accounts.search("learner-", 0, 50).stream()
                .filter(a -> a.displayName().equals("Test learner")).findFirst().orElseThrow().id()).getFirst().id();

        var apiAttempt = call("DELETE", "/api/v1/me/tokens/" + learnersToken, other.writeToken(), null);
        var pageAttempt = other.pages().post("/account", "/account/tokens/" + learnersToken + "/revoke", Map.of());

        assertThat(apiAttempt.statusCode()).isEqualTo(404);
        assertThat(pageAttempt.statusCode()).as("not a redirect that looks like success").isEqualTo(404);
        assertThat(call("GET", "/api/v1/me/tokens", learner.readToken(), null).body()).doesNotContain("\"revokedAt\":\"");
    }

    /**
     * Every route of one real team, walked by a lead of another team (404 everywhere, pages and token alike, so
     * a team id tells an outsider nothing) and by a member of it (its reads answer; what only leads do is 403).
     * Forms and bodies are complete, so each answer is the access decision and not a complaint about the input.
     */
    @Test
    void aTeamIsNotFoundForOutsidersAndLeadsOnlyChangesAreRefusedToMembers() {
        Actor lead = actors.get("learner");
        Actor member = actors.get("admin");
        Actor outsider = actors.get("other");
        UUID leadId = idOf(lead);
        UUID team = saved(teams.create(leadId, new dev.ascent.teams.TeamForm("Walked team"))).id();
        saved(teams.create(idOf(outsider), new dev.ascent.teams.TeamForm("The other team")));
        String link = saved(invitations.invite(leadId, team, new dev.ascent.teams.InvitationForm(dev.ascent.teams.TeamRole.MEMBER, null))).path();
        saved(invitations.accept(idOf(member), link.substring(link.lastIndexOf('/') + 1)));
        UUID invitation = saved(invitations.invite(leadId, team, new dev.ascent.teams.InvitationForm(dev.ascent.teams.TeamRole.MEMBER, null)))
                .invitation().id();
        // a roadmap assigned to the lead: the member may not answer it (not found), the outsider does not see the team
        UUID assignment = saved(assignments.assign(leadId, team, new dev.ascent.teams.AssignmentForm(leadId.toString(), "backend-growth-map",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1), 5))).getFirst().id();
        // a roadmap of the team: only its leads edit and publish it
        String teamRoadmap = "walked-" + team.toString().substring(0, 8);
        saved(teamRoadmaps.create(leadId, team, new dev.ascent.teams.TeamRoadmapForm(teamRoadmap, "Walked roadmap", "")));
        List<String> wrong = new ArrayList<>();
        Map<String, String> form = Map.of("name", "Taken over", "version", "0", "role", "LEAD");
        String body = "{\"name\":\"Taken over\",\"version\":0,\"role\":\"LEAD\"}";
        for (String route : discoveredRoutes()) {
            if (!route.contains("{teamId}") || MENTORING.matcher(route).find() || route.contains("/reviews")) {
                // check-ins and 1:1 notes have their own walk below: a member sees only their own; reviews have their own
                // rules (mentors and leads, the member who asked): teams/ReviewPagesTests and ReviewsApiTests
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replace("{teamId}", team.toString())
                    .replace("{invitationId}", invitation.toString()).replace("{accountId}", leadId.toString())
                    .replace("{assignmentId}", assignment.toString()).replace("{teamRoadmapId}", teamRoadmap);
            boolean api = path.startsWith("/api/");
            boolean read = method.equals("GET") && !path.endsWith("/invitations");
            for (Actor actor : List.of(outsider, member)) {
                if (actor == member && path.endsWith("/leave")) {
                    continue; // a member may leave; doing it here would end the walk
                }
                HttpResponse<String> answer = api
                        ? send(method, path, actor.writeToken(), body)
                        : method.equals("GET") ? actor.pages().get(path) : actor.pages().post("/account", path, form);
                int expected = actor == outsider ? 404
                        : path.contains("/overview") ? 403                                   // leads and mentors only
                        : path.endsWith("/roadmaps/" + teamRoadmap) ? 403                    // the editor: leads only
                        : path.endsWith("/accept") || path.endsWith("/decline") ? 404        // not the member's assignment
                        : read ? 200 : 403;
                boolean ownSettings = actor == member && path.endsWith("/privacy") && !method.equals("GET");
                if (ownSettings ? answer.statusCode() >= 400 && answer.statusCode() != 409 : answer.statusCode() != expected) {
                    wrong.add("%s as %s: expected %d, got %d".formatted(route, actor == outsider ? "a lead of another team" : "a member", expected,
                            answer.statusCode()));
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(teams.team(leadId, team).orElseThrow().team().name()).isEqualTo("Walked team");
        assertThat(teams.team(leadId, team).orElseThrow().members()).hasSize(2);
    }

    /**
     * Every route of one play, run by a lead as game master for a member of their team, walked by a lead of another
     * team, by another member of the same team and by another learner: 404 everywhere, pages and token alike; the
     * player and the game master read it.
     */
    @Test
    void aPlayIsNotFoundForAnyoneButItsPlayerAndItsGameMaster() {
        Actor lead = actor("drill-lead");
        Actor player = actor("drill-player");
        Actor peer = actor("drill-peer");
        Actor outsider = actor("drill-outsider");
        UUID team = saved(teams.create(idOf(lead), new dev.ascent.teams.TeamForm("Drill walk"))).id();
        saved(teams.create(idOf(outsider), new dev.ascent.teams.TeamForm("Another drill team")));
        for (Actor who : List.of(player, peer)) {
            String link = saved(invitations.invite(idOf(lead), team, new dev.ascent.teams.InvitationForm(dev.ascent.teams.TeamRole.MEMBER, null))).path();
            saved(invitations.accept(idOf(who), link.substring(link.lastIndexOf('/') + 1)));
        }
        UUID play = saved(plays.startAsGameMaster(idOf(lead), team, idOf(player), "bad-deploy-latency")).id();
        List<String> wrong = new ArrayList<>();
        int walked = 0;
        for (String route : discoveredRoutes()) {
            if (!route.contains("{playId}")) {
                continue;
            }
            walked++;
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replace("{playId}", play.toString());
            boolean api = path.startsWith("/api/");
            for (Actor actor : List.of(outsider, peer, actors.get("other"))) {
                HttpResponse<String> answer = api ? send(method, path, actor.writeToken(), "{\"version\":0,\"action\":\"rollback\"}")
                        : method.equals("GET") ? actor.pages().get(path)
                        : actor.pages().post("/account", path, Map.of("version", "0", "action", "rollback", "hint", "Look at the deploys"));
                if (answer.statusCode() != 404) {
                    wrong.add("%s as %s: expected 404, got %d".formatted(route, actor.name(), answer.statusCode()));
                }
            }
            if (method.equals("GET") && !path.endsWith("/console") && !path.endsWith(".md")) {
                for (Actor actor : List.of(player, lead)) {
                    int status = api ? send(method, path, actor.readToken(), null).statusCode() : actor.pages().get(path).statusCode();
                    if (status != 200) {
                        wrong.add("%s as %s: expected 200, got %d".formatted(route, actor.name(), status));
                    }
                }
            }
        }
        assertThat(walked).as("every play route was walked").isEqualTo(18);
        assertThat(wrong).isEmpty();
        assertThat(plays.live(idOf(player), play).orElseThrow().log()).isEmpty();
    }

    @Autowired
    dev.ascent.drills.Plays plays;

    /** Routes about one member's check-ins or one pair's 1:1 notes. */
    static final java.util.regex.Pattern MENTORING = java.util.regex.Pattern.compile("\\{(memberId|checkInId|otherId|noteId)}");

    /**
     * Every route of a member's check-ins and of a mentor's 1:1 notes with them, walked by a lead of another team and
     * by another member of the same team: 404 everywhere, pages and token alike, and nothing changes.
     */
    @Test
    void checkInsAndOneOnOneNotesAreNotFoundForOtherMembersAndOutsiders() {
        Actor lead = actors.get("learner");
        Actor member = actors.get("admin");
        Actor outsider = actors.get("other");
        UUID leadId = idOf(lead);
        UUID memberId = idOf(member);
        UUID team = saved(teams.create(leadId, new dev.ascent.teams.TeamForm("Mentoring walk"))).id();
        saved(teams.create(idOf(outsider), new dev.ascent.teams.TeamForm("The other mentoring team")));
        Actor peer = actor("peer");
        for (UUID who : List.of(memberId, idOf(peer))) {
            String link = saved(invitations.invite(leadId, team, new dev.ascent.teams.InvitationForm(dev.ascent.teams.TeamRole.MEMBER, null))).path();
            saved(invitations.accept(who, link.substring(link.lastIndexOf('/') + 1)));
        }
        learning.enroll(memberId, "backend-growth-map", new dev.ascent.learning.EnrollmentForm(null, 8));
        UUID checkIn = saved(checkIns.start(leadId, team, memberId, new dev.ascent.teams.CheckInStart("backend-growth-map/backend-foundations", null))).id();
        UUID note = saved(oneOnOnes.write(leadId, team, memberId, new dev.ascent.teams.OneOnOneNoteForm("Between us"))).notes().getFirst().id();
        List<String> wrong = new ArrayList<>();
        Map<String, String> form = Map.of("phase", "backend-growth-map/backend-foundations", "version", "0", "level", "SENIOR", "body", "Mine now",
                "submit", "false");
        String body = "{\"phase\":\"backend-growth-map/backend-foundations\",\"version\":0,\"level\":\"SENIOR\",\"body\":\"Mine now\",\"levels\":{}}";
        int walked = 0;
        for (String route : discoveredRoutes()) {
            if (!MENTORING.matcher(route).find()) {
                continue;
            }
            walked++;
            String method = route.substring(0, route.indexOf(' '));
            // the 1:1 notes walked are the lead's with the member, so the peer is outside that pair
            String path = route.substring(route.indexOf(' ') + 1).replace("{teamId}", team.toString()).replace("{memberId}", memberId.toString())
                    .replace("{checkInId}", checkIn.toString()).replace("{otherId}", memberId.toString()).replace("{noteId}", note.toString())
                    .replace("{id}", checkIn.toString());
            if (method.equals("DELETE")) {
                path += "?version=0";
            }
            for (Actor actor : List.of(outsider, peer)) {
                boolean api = path.startsWith("/api/");
                HttpResponse<String> answer = api
                        ? send(method, path, actor.writeToken(), body)
                        : method.equals("GET") ? actor.pages().get(path) : actor.pages().post("/account", path, form);
                if (answer.statusCode() != 404) {
                    wrong.add("%s as %s: expected 404, got %d".formatted(route, actor == outsider ? "a lead of another team" : "another member",
                            answer.statusCode()));
                }
            }
        }
        assertThat(walked).as("every mentoring route was walked").isEqualTo(20);
        assertThat(wrong).isEmpty();
        assertThat(checkIns.checkIn(leadId, team, checkIn)).isPresent();
        assertThat(oneOnOnes.thread(leadId, team, memberId).orElseThrow().notes()).extracting(dev.ascent.teams.OneOnOne.Note::body).containsExactly("Between us");
    }

    @Autowired
    dev.ascent.teams.CheckIns checkIns;

    @Autowired
    dev.ascent.teams.OneOnOnes oneOnOnes;

    @Autowired
    dev.ascent.learning.Learning learning;

    @Autowired
    dev.ascent.teams.Teams teams;

    @Autowired
    dev.ascent.teams.Invitations invitations;

    @Autowired
    dev.ascent.teams.Assignments assignments;

    @Autowired
    dev.ascent.teams.TeamRoadmaps teamRoadmaps;

    private final Map<String, UUID> actorIds = new TreeMap<>();

    private UUID idOf(Actor actor) {
        return actorIds.get(actor.name());
    }

    private static <T> T saved(dev.ascent.platform.Outcome<T> outcome) {
        return ((dev.ascent.platform.Outcome.Saved<T>) outcome).value();
    }

    private HttpResponse<String> send(String method, String path, String token, String json) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).header("Content-Type", path.endsWith("/versions") ? "application/yaml" : "application/json")
                .method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    private void check(List<String> wrong, String route, String who, Access access, HttpResponse<String> response) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        boolean toSignIn = status == 302 && location.endsWith("/sign-in");
        boolean refused = status == 401 || status == 403 || toSignIn;
        boolean anonymous = who.equals("anonymous");
        boolean admin = who.startsWith("admin");
        String expected = switch (access) {
            case PUBLIC -> refused ? "not refused" : null;
            case SIGNED_IN_PAGE -> anonymous ? (toSignIn ? null : "302 to /sign-in") : (refused ? "allowed" : null);
            case SIGNED_IN_API -> anonymous ? (status == 401 ? null : "401") : (refused ? "allowed" : null);
            case ADMIN_PAGE -> anonymous ? (toSignIn ? null : "302 to /sign-in") : admin ? (refused ? "allowed" : null) : (status == 403 ? null : "403");
            case ADMIN_API -> anonymous ? (status == 401 ? null : "401") : admin ? (refused ? "allowed" : null) : (status == 403 ? null : "403");
        };
        if (expected != null) {
            wrong.add("%s as %s: expected %s, got %d %s".formatted(route, who, expected, status, location));
        }
        if (status >= 500) {
            wrong.add("%s as %s: server error %d".formatted(route, who, status));
        }
        if ((status == 401 || status == 403) && (route.contains("/api/") || route.contains("/actuator"))) {
            checkProblem(wrong, route, who, response);
        }
    }

    private static void checkProblem(List<String> wrong, String route, String who, HttpResponse<String> response) {
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            wrong.add("%s as %s: %d without a problem document".formatted(route, who, response.statusCode()));
        }
    }

    private String concrete(String pattern) {
        return pattern
                .replace("/actuator/health/**", "/actuator/health/liveness")
                .replace("/formats/{name}", "/formats/roadmap")
                .replace("/roadmaps/{id}", "/roadmaps/senior-judgment")
                .replace("{topicId}", topicId)
                .replace("{tokenId}", UUID.randomUUID().toString())
                .replace("{teamRoadmapId}", "no-such-team-roadmap")
                .replace("{roadmapId}", "senior-judgment")
                .replace("{projectId}", "some-project")
                .replace("{phaseId}", "some-phase")
                .replace("{linkId}", UUID.randomUUID().toString())
                .replace("{entryId}", UUID.randomUUID().toString())
                .replace("{monday}", "2027-01-04")
                .replace("{secret}", "not-a-real-secret")
                .replace("{teamId}", UUID.randomUUID().toString())
                .replace("{invitationId}", UUID.randomUUID().toString())
                .replace("{assignmentId}", UUID.randomUUID().toString())
                .replace("{reviewId}", UUID.randomUUID().toString())
                .replace("{accountId}", UUID.randomUUID().toString())
                .replace("{memberId}", UUID.randomUUID().toString())
                .replace("{checkInId}", UUID.randomUUID().toString())
                .replace("{otherId}", UUID.randomUUID().toString())
                .replace("{noteId}", UUID.randomUUID().toString())
                .replace("{token}", "not-a-real-invitation")
                .replace("{enrollmentId}", UUID.randomUUID().toString())
                .replace("{attemptId}", UUID.randomUUID().toString())
                .replace("{scenarioId}", "retry-storm")
                .replace("{drillId}", "bad-deploy-latency")
                .replace("{playId}", UUID.randomUUID().toString())
                .replace("{runId}", UUID.randomUUID().toString())
                .replace("{a}", UUID.randomUUID().toString())
                .replace("{b}", UUID.randomUUID().toString())
                .replace("{id}", target.toString());
    }

    private HttpResponse<String> page(Actor actor, String method, String path) {
        return page(actor.pages(), method, path);
    }

    /** A browser's request: GETs as they are, forms with the CSRF token of a page (sign-in's for visitors). */
    private HttpResponse<String> page(WebSession session, String method, String path) {
        return switch (method) {
            case "GET" -> session.get(path);
            case "POST" -> session.post(session == visitor ? "/sign-in" : "/account", path, Map.of());
            default -> call(method, path, null, session.sessionCookie());
        };
    }

    private HttpResponse<String> call(String method, String path, String token, String cookie) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3") ? "application/json" : "text/html");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (cookie != null && !cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        boolean json = method.equals("PUT") || (method.equals("POST") && (path.startsWith("/api/v1/me") || path.startsWith("/api/v1/enrollments") || path.startsWith("/api/v1/journal")));
        boolean yaml = method.equals("POST") && path.startsWith("/api/v1/admin/roadmaps");
        request.header("Content-Type", json ? "application/json" : yaml ? "application/yaml" : "application/x-www-form-urlencoded");
        request.method(method, method.equals("GET") || method.equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json ? "{}" : ""));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }
}
