package dev.ascent.accounts;

import dev.ascent.accounts.internal.PersonalTokens;
import dev.ascent.learning.Learning;
import dev.ascent.planning.Planner;
import dev.ascent.practice.Attempt;
import dev.ascent.practice.AttemptForm;
import dev.ascent.practice.DecisionForm;
import dev.ascent.practice.DecisionJournal;
import dev.ascent.practice.Practice;
import dev.ascent.practice.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export file is a format ({@code ascent/export@1}), not a dump: its fields are pinned here, and
 * a file written before the export records were made explicit still imports and reads the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportFormatTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PersonalTokens personalTokens;

    @Autowired
    JsonMapper json;

    @Autowired
    Learning learning;

    @Autowired
    dev.ascent.learning.time.PracticeCredit practiceCredit;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    Planner planner;

    @Autowired
    Practice practice;

    @Autowired
    DecisionJournal decisions;

    /** An account holding every kind of data the export has a place for; answers its API client. */
    private ApiClient everyKindOfData() {
        ApiClient api = new ApiClient(port, accounts, "Fixture Learner");
        LocalDate today = learning.today();
        String id = json.readTree(api.call("POST", "/api/v1/enrollments",
                "{\"roadmapId\":\"senior-judgment\",\"startDate\":\"%s\",\"weeklyHours\":\"5\"}".formatted(today.minusMonths(4))).body()).get("id").asString();
        String base = "/api/v1/enrollments/" + id;
        String second = json.readTree(api.call("GET", base + "/topics", null).body()).get(1).get("topicId").asString();
        api.call("PUT", base + "/topics/system-context-map", "{\"status\":\"DONE\",\"version\":-1}");
        api.call("POST", base + "/assessment", "{\"ratings\":{\"" + second + "\":\"WORKING\"}}");
        api.call("PUT", base + "/topics/system-context-map/notes", "{\"body\":\"# Fixture notes\\nNothing real here.\",\"version\":-1}");
        api.call("POST", base + "/topics/system-context-map/links", "{\"title\":\"An example link\",\"url\":\"https://example.org/fixture\"}");
        api.call("POST", base + "/time", "{\"topicId\":\"system-context-map\",\"minutes\":\"50\",\"day\":\"%s\"}".formatted(today.minusDays(3)));
        api.call("POST", base + "/time", "{\"minutes\":\"20\",\"day\":\"%s\",\"kind\":\"community\"}".formatted(today.minusDays(2)));
        practiceCredit.credit(api.accountId, UUID.randomUUID(), "retry-storm", "Retry storm",
                List.of("senior-judgment/system-context-map"), 25, today.minusDays(2));
        api.call("PUT", base, "{\"weeklyHours\":\"7\",\"startDate\":\"%s\",\"version\":0}".formatted(today.minusMonths(4).plusDays(5)));
        JsonNode projects = json.readTree(api.call("GET", "/api/v1/roadmaps/senior-judgment", null).body()).get("projects");
        String ratings = String.join(",", java.util.Collections.nCopies(projects.get(0).get("rubric").size(), "\"PARTLY\""));
        var submitted = api.call("PUT", base + "/projects/" + projects.get(0).get("id").asString(), "{\"repositoryUrl\":\"https://example.org/fixture-repo\","
                + "\"liveUrl\":\"https://example.org/fixture-live\",\"writeUp\":\"A fixture write-up.\",\"selfReview\":[%s],\"submit\":true,\"version\":-1}".formatted(ratings));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        api.call("PUT", base + "/projects/" + projects.get(1).get("id").asString(), "{\"writeUp\":\"Started, not submitted.\",\"selfReview\":[\"MET\"],\"version\":-1}");
        api.call("POST", "/api/v1/journal", "{\"title\":\"A fixture day\",\"body\":\"Fixture text.\",\"tags\":[\"fixture\"],"
                + "\"topics\":[\"senior-judgment/system-context-map\"],\"day\":\"%s\"}".formatted(today.minusDays(4)));
        planner.addWeekOff(api.accountId, UUID.fromString(id), new dev.ascent.planning.WeekOff(today.plusWeeks(2)));
        api.call("PUT", base + "/plan/schedule", "{\"days\":[\"TUESDAY\",\"SATURDAY\"],\"start\":\"18:30\"}");
        practise(api.accountId);
        team(api.accountId);
        var run = lab.run(api.accountId, "slow-consumer-queue", new dev.ascent.lab.RunForm(Map.of("processing-queue.consumers", "6"), 40.0,
                "processing-queue", 3L, null));
        assertThat(run).as(run.toString()).isInstanceOf(dev.ascent.platform.Outcome.Saved.class);
        drill(api.accountId);
        jdbc.sql("update accounts.accounts set email_verified_at = now() where id = :id").param("id", api.accountId).update();
        UUID readToken = accounts.tokens(api.accountId).stream().filter(t -> t.name().equals("read")).findFirst().orElseThrow().id();
        assertThat(personalTokens.revokeToken(api.accountId, readToken, "test")).isTrue();
        return api;
    }

    @Autowired
    dev.ascent.drills.Plays plays;

    @Autowired
    dev.ascent.drills.Debriefs debriefs;

    /** A drill played to recovery (an alert acknowledged, an action taken) and its debrief, every section written. */
    private void drill(UUID accountId) {
        var play = ((dev.ascent.platform.Outcome.Saved<dev.ascent.drills.Play>) plays.start(accountId, "bad-deploy-latency")).value();
        var live = plays.live(accountId, play.id()).orElseThrow();
        for (int minute = 0; minute < 14 && live.play().running(); minute++) {
            if (minute == 4) {
                live = ((dev.ascent.platform.Outcome.Saved<dev.ascent.drills.Live>) plays.acknowledge(accountId, play.id(), "slow-site", live.play().version())).value();
                live = ((dev.ascent.platform.Outcome.Saved<dev.ascent.drills.Live>) plays.act(accountId, play.id(), "rollback", live.play().version())).value();
            }
            live = ((dev.ascent.platform.Outcome.Saved<dev.ascent.drills.Live>) plays.clock(accountId, play.id(), dev.ascent.drills.Plays.ClockCommand.STEP_60,
                    null, live.play().version())).value();
        }
        assertThat(live.play().state()).isEqualTo(dev.ascent.drills.Play.State.RECOVERED);
        Map<String, String> sections = new java.util.LinkedHashMap<>();
        for (var section : dev.ascent.drills.DebriefSection.values()) {
            sections.put(section.key(), "Fixture " + section.title().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        assertThat(debriefs.save(accountId, play.id(), sections, 0).isSaved()).isTrue();
    }

    @Autowired
    dev.ascent.teams.Teams teams;

    @Autowired
    dev.ascent.lab.Lab lab;

    @Autowired
    dev.ascent.teams.Invitations invitations;

    /** A team the account leads, with an invitation mailed and revoked, one used and one declined, and a review it asked for. */
    private void team(UUID accountId) {
        var team = ((dev.ascent.platform.Outcome.Saved<dev.ascent.teams.Team>) teams.create(accountId, new dev.ascent.teams.TeamForm("Fixture team"))).value();
        java.util.function.Function<String, String> invite = email -> ((dev.ascent.platform.Outcome.Saved<dev.ascent.teams.InvitationLink>) invitations
                .invite(accountId, team.id(), new dev.ascent.teams.InvitationForm(dev.ascent.teams.TeamRole.MEMBER, email))).value().path().substring(13);
        String mailed = invite.apply("fixture-invitee@example.org");
        UUID other = accounts.signUp("Fixture Teammate", WebSession.uniqueEmail("teammate"), WebSession.PASSWORD, "test").value().id();
        invitations.revoke(accountId, team.id(), ((dev.ascent.platform.Outcome.Saved<dev.ascent.teams.InvitationPreview>) invitations
                .preview(accountId, mailed)).value().invitation().id());
        assertThat(invitations.accept(other, invite.apply(null)).isSaved()).isTrue();
        assertThat(invitations.decline(other, invite.apply(null)).isSaved()).isTrue();
        // what the account shares with its team, and a roadmap assigned to it that it declined
        assertThat(privacy.save(accountId, team.id(), new dev.ascent.teams.PrivacyForm(true, false, true), 0).isSaved()).isTrue();
        var assigned = ((dev.ascent.platform.Outcome.Saved<List<dev.ascent.teams.Assignment>>) assignments.assign(accountId, team.id(),
                new dev.ascent.teams.AssignmentForm(accountId.toString(), "senior-judgment", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1), 6)))
                .value().getFirst();
        assertThat(assignments.decline(accountId, team.id(), assigned.id(), assigned.version()).isSaved()).isTrue();
        // a check-in the account assessed, agreed, and a 1:1 note each way
        assertThat(learning.enroll(other, "backend-growth-map", new dev.ascent.learning.EnrollmentForm(null, 8)).isSaved()).isTrue();
        var checkIn = ((dev.ascent.platform.Outcome.Saved<dev.ascent.teams.CheckIn>) checkIns.start(accountId, team.id(), other,
                new dev.ascent.teams.CheckInStart("backend-growth-map/backend-foundations", null))).value();
        java.util.Map<String, dev.ascent.learning.Proficiency> levels = new java.util.HashMap<>();
        checkIn.lines().forEach(line -> levels.put(line.topicId(), dev.ascent.learning.Proficiency.WORKING));
        assertThat(checkIns.assess(other, team.id(), checkIn.id(), new dev.ascent.teams.CheckInAssessment(levels, true), 0).isSaved()).isTrue();
        assertThat(checkIns.assess(accountId, team.id(), checkIn.id(), new dev.ascent.teams.CheckInAssessment(levels, true), 1).isSaved()).isTrue();
        assertThat(checkIns.agree(accountId, team.id(), checkIn.id(), new dev.ascent.teams.CheckInAgreement(dev.ascent.catalog.Level.JUNIOR, "A start"), 2)
                .isSaved()).isTrue();
        assertThat(oneOnOnes.write(accountId, team.id(), other, new dev.ascent.teams.OneOnOneNoteForm("First 1:1")).isSaved()).isTrue();
        assertThat(oneOnOnes.write(other, team.id(), accountId, new dev.ascent.teams.OneOnOneNoteForm("Thanks")).isSaved()).isTrue();
        // the lead heard that the teammate joined (after the join committed), read it, and turned check-in mail off
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !notifications.list(accountId).isEmpty());
        notifications.open(accountId, notifications.list(accountId).getFirst().id());
        notifications.save(accountId, new dev.ascent.teams.NotificationSettingsForm(
                java.util.List.of(dev.ascent.teams.NotificationKind.values()), java.util.List.of(dev.ascent.teams.NotificationKind.TEAM_JOINED)));
        var decision = decisions.records(accountId, null, null, null).getFirst();
        var asked = reviews.request(accountId, team.id(), new dev.ascent.teams.ReviewRequest("decision:" + decision.id(), "A fixture note."));
        assertThat(asked.isSaved()).as(asked.toString()).isTrue();
    }

    @Autowired
    dev.ascent.teams.TeamPrivacy privacy;

    @Autowired
    dev.ascent.teams.Assignments assignments;

    @Autowired
    dev.ascent.teams.Notifications notifications;

    @Autowired
    dev.ascent.teams.CheckIns checkIns;

    @Autowired
    dev.ascent.teams.OneOnOnes oneOnOnes;

    @Autowired
    dev.ascent.teams.Reviews reviews;

    /** A finished attempt and a decision record that was revisited. */
    private void practise(UUID accountId) {
        Attempt attempt = practice.start(accountId, "retry-storm").orElseThrow();
        Scenario scenario = practice.scenario("retry-storm").orElseThrow();
        List<AttemptForm> steps = List.of(
                new AttemptForm("A made-up outage for the fixture file", "Which made-up layer retries first?", null, null, null, null, null, null, Map.of(), null),
                new AttemptForm(null, null, "cut-amplification-and-degrade", null, null, null, null, null, Map.of(), null),
                new AttemptForm(null, null, null, null, null, null, "Cut the made-up amplification. Because fixtures need a reason.",
                        "Made-up errors fall, made-up prices go stale", Map.of(), null),
                new AttemptForm(null, null, null, null, null, null, null, null,
                        scenario.rubric().stream().collect(Collectors.toMap(Scenario.Criterion::id, c -> 3)), null));
        for (AttemptForm step : steps) {
            var saved = practice.submit(accountId, attempt.id(), step, attempt.version());
            assertThat(saved).as(saved.toString()).isInstanceOf(dev.ascent.platform.Outcome.Saved.class);
            attempt = ((dev.ascent.platform.Outcome.Saved<dev.ascent.practice.Practice.Submitted>) saved).value().attempt();
        }
        assertThat(attempt.done()).isTrue();
        var decision = decisions.create(accountId, new DecisionForm("A fixture decision", dev.ascent.practice.DecisionRecord.Status.ACCEPTED, null,
                "Fixture context.", "Fixture drivers.", "Fixture options.", "Fixture outcome.", "Fixture consequences.", "fixture",
                List.of("senior-judgment/system-context-map"), learning.today().plusMonths(3)));
        assertThat(decision).as(decision.toString()).isInstanceOf(dev.ascent.platform.Outcome.Saved.class);
        var record = ((dev.ascent.platform.Outcome.Saved<dev.ascent.practice.DecisionRecord>) decision).value();
        var revisited = decisions.revisit(accountId, record.id(), new dev.ascent.practice.DecisionRevisit("Fixture actual outcome.",
                "Fixture: the same again.", learning.today().plusMonths(6)), record.version());
        assertThat(revisited.isSaved()).as(revisited.toString()).isTrue();
    }

    /**
     * Every field the file has, as paths with array indices collapsed ({@code []}) and the keys of
     * maps that hold data (a rubric line's id) written {@code *}. A renamed column, a renamed record
     * component or a getter Jackson finds by itself (such as {@code isNew()}, once written as
     * {@code "new"}) changes this list, and must then be a deliberate change of the format.
     */
    static final List<String> FIELDS = List.of(
            "format", "exportedAt",
            "account", "account.id", "account.email", "account.displayName", "account.role", "account.enabled",
            "account.emailVerifiedAt", "account.createdAt",
            "apiTokens", "apiTokens[].id", "apiTokens[].name", "apiTokens[].prefix", "apiTokens[].scope", "apiTokens[].createdAt",
            "apiTokens[].lastUsedAt", "apiTokens[].revokedAt",
            "securityEvents", "securityEvents[].id", "securityEvents[].accountId", "securityEvents[].type", "securityEvents[].detail",
            "securityEvents[].client", "securityEvents[].at",
            "learning", "learning.enrollments", "learning.enrollments[].enrollment",
            "learning.enrollments[].enrollment.id", "learning.enrollments[].enrollment.accountId", "learning.enrollments[].enrollment.roadmapId",
            "learning.enrollments[].enrollment.startDate", "learning.enrollments[].enrollment.weeklyHours",
            "learning.enrollments[].enrollment.status", "learning.enrollments[].enrollment.createdAt", "learning.enrollments[].enrollment.version",
            "learning.enrollments[].topics", "learning.enrollments[].topics[].topicId", "learning.enrollments[].topics[].status",
            "learning.enrollments[].topics[].proficiency", "learning.enrollments[].topics[].byAssessment",
            "learning.enrollments[].topics[].startedOn", "learning.enrollments[].topics[].doneOn", "learning.enrollments[].topics[].reviewStep",
            "learning.enrollments[].topics[].reviewDue", "learning.enrollments[].topics[].version",
            "learning.enrollments[].projects", "learning.enrollments[].projects[].projectId", "learning.enrollments[].projects[].status",
            "learning.enrollments[].projects[].startedOn", "learning.enrollments[].projects[].submittedOn",
            "learning.enrollments[].projects[].repositoryUrl", "learning.enrollments[].projects[].liveUrl",
            "learning.enrollments[].projects[].writeUp", "learning.enrollments[].projects[].selfReview",
            "learning.enrollments[].projects[].version",
            "learning.enrollments[].notes", "learning.enrollments[].notes[].topic_id", "learning.enrollments[].notes[].body",
            "learning.enrollments[].notes[].updated_at",
            "learning.enrollments[].links", "learning.enrollments[].links[].topic_id", "learning.enrollments[].links[].title",
            "learning.enrollments[].links[].url",
            "learning.enrollments[].time", "learning.enrollments[].time[].id", "learning.enrollments[].time[].topicId",
            "learning.enrollments[].time[].day", "learning.enrollments[].time[].minutes", "learning.enrollments[].time[].kind",
            "learning.enrollments[].time[].scenarioId", "learning.enrollments[].time[].scenarioTitle", "learning.enrollments[].time[].version",
            "learning.enrollments[].changes", "learning.enrollments[].changes[].changedAt", "learning.enrollments[].changes[].fromHours",
            "learning.enrollments[].changes[].toHours", "learning.enrollments[].changes[].fromStart", "learning.enrollments[].changes[].toStart",
            "learning.journal", "learning.journal[].id", "learning.journal[].day", "learning.journal[].title", "learning.journal[].body",
            "learning.journal[].tags", "learning.journal[].topics", "learning.journal[].version",
            "planning", "planning.weeksOff", "planning.studySchedules", "planning.studySchedules[].enrollmentId",
            "planning.studySchedules[].days", "planning.studySchedules[].start", "planning.studySchedules[].roadmapId",
            "planning.weeksOffByRoadmap", "planning.weeksOffByRoadmap[].roadmapId", "planning.weeksOffByRoadmap[].weeks",
            "practice", "practice.attempts", "practice.attempts[].id", "practice.attempts[].scenarioId", "practice.attempts[].scenarioVersion",
            "practice.attempts[].number", "practice.attempts[].step", "practice.attempts[].framing", "practice.attempts[].questions",
            "practice.attempts[].optionId", "practice.attempts[].ownOption", "practice.attempts[].recordContext",
            "practice.attempts[].recordOptions", "practice.attempts[].recordDecision", "practice.attempts[].recordConsequences",
            "practice.attempts[].ratings", "practice.attempts[].ratings.*", "practice.attempts[].reflection",
            "practice.attempts[].startedAt", "practice.attempts[].completedAt", "practice.attempts[].updatedAt", "practice.attempts[].version",
            "practice.decisions", "practice.decisions[].id", "practice.decisions[].number", "practice.decisions[].title",
            "practice.decisions[].status", "practice.decisions[].decidedOn", "practice.decisions[].context", "practice.decisions[].drivers",
            "practice.decisions[].options", "practice.decisions[].outcome", "practice.decisions[].consequences", "practice.decisions[].tags",
            "practice.decisions[].topics", "practice.decisions[].revisitOn", "practice.decisions[].revisitedOn",
            "practice.decisions[].actualOutcome", "practice.decisions[].wouldDecideNow", "practice.decisions[].version",
            "teams", "teams.memberships", "teams.memberships[].teamId", "teams.memberships[].teamName", "teams.memberships[].role",
            "teams.memberships[].joinedAt",
            "teams.invitations", "teams.invitations[].id", "teams.invitations[].teamId", "teams.invitations[].role", "teams.invitations[].email",
            "teams.invitations[].createdAt", "teams.invitations[].expiresAt", "teams.invitations[].usedAt", "teams.invitations[].declinedAt",
            "teams.invitations[].revokedAt",
            "teams.privacy", "teams.privacy[].teamId", "teams.privacy[].shareProgress", "teams.privacy[].sharePlan",
            "teams.privacy[].shareCheckpoints",
            "teams.assignments", "teams.assignments[].id", "teams.assignments[].teamId", "teams.assignments[].roadmapId",
            "teams.assignments[].startDate", "teams.assignments[].weeklyHours", "teams.assignments[].assignedAt", "teams.assignments[].state",
            "teams.assignments[].answeredAt",
            "teams.reviews", "teams.reviews[].id", "teams.reviews[].teamId", "teams.reviews[].kind", "teams.reviews[].item",
            "teams.reviews[].title", "teams.reviews[].state", "teams.reviews[].iteration", "teams.reviews[].requestedAt",
            "teams.reviews[].thread", "teams.reviews[].thread[].kind", "teams.reviews[].thread[].iteration", "teams.reviews[].thread[].by",
            "teams.reviews[].thread[].body", "teams.reviews[].thread[].content", "teams.reviews[].thread[].at", "teams.reviewComments",
            "mentoring", "mentoring.checkIns", "mentoring.checkIns[].id", "mentoring.checkIns[].teamId", "mentoring.checkIns[].side",
            "mentoring.checkIns[].roadmapId", "mentoring.checkIns[].roadmapTitle", "mentoring.checkIns[].phaseId", "mentoring.checkIns[].phaseTitle",
            "mentoring.checkIns[].openedAt", "mentoring.checkIns[].memberSubmittedAt", "mentoring.checkIns[].assessorSubmittedAt",
            "mentoring.checkIns[].agreedLevel", "mentoring.checkIns[].agreedNote", "mentoring.checkIns[].agreedAt", "mentoring.checkIns[].topics",
            "mentoring.checkIns[].topics[].topicId", "mentoring.checkIns[].topics[].title", "mentoring.checkIns[].topics[].selfLevel",
            "mentoring.checkIns[].topics[].assessorLevel",
            "mentoring.oneOnOneNotes", "mentoring.oneOnOneNotes[].id", "mentoring.oneOnOneNotes[].teamId", "mentoring.oneOnOneNotes[].withAccountId",
            "mentoring.oneOnOneNotes[].writtenByMe", "mentoring.oneOnOneNotes[].body", "mentoring.oneOnOneNotes[].writtenAt",
            "mentoring.oneOnOneNotes[].updatedAt",
            "notifications", "notifications.notifications", "notifications.notifications[].kind", "notifications.notifications[].title",
            "notifications.notifications[].link", "notifications.notifications[].createdAt", "notifications.notifications[].readAt",
            "notifications.mutedInApp", "notifications.mutedByEmail",
            "lab", "lab.runs", "lab.runs[].model", "lab.runs[].title", "lab.runs[].changes", "lab.runs[].changes.*", "lab.runs[].seed",
            "lab.runs[].predictedP99Ms", "lab.runs[].predictedBottleneck", "lab.runs[].p99Ms", "lab.runs[].errorRatio", "lab.runs[].bottleneck",
            "lab.runs[].minutes", "lab.runs[].at",
            "drills", "drills.plays", "drills.plays[].drill", "drills.plays[].title", "drills.plays[].drillVersion", "drills.plays[].seed",
            "drills.plays[].faultTimes", "drills.plays[].faultTimes.*", "drills.plays[].speed", "drills.plays[].clockSeconds",
            "drills.plays[].state", "drills.plays[].startedAt", "drills.plays[].endedAt", "drills.plays[].result",
            "drills.plays[].result.firstFaultSecond", "drills.plays[].result.firstAlertSecond", "drills.plays[].result.detectedSecond",
            "drills.plays[].result.mitigatedSecond", "drills.plays[].result.failed", "drills.plays[].result.errorBudget",
            "drills.plays[].result.actions", "drills.plays[].result.actions[].seq", "drills.plays[].result.actions[].action",
            "drills.plays[].result.actions[].title", "drills.plays[].result.actions[].atSecond", "drills.plays[].result.actions[].failedWith",
            "drills.plays[].result.actions[].failedWithout", "drills.plays[].result.actions[].breachedWith",
            "drills.plays[].result.actions[].breachedWithout", "drills.plays[].log", "drills.plays[].log[].seq", "drills.plays[].log[].atSecond",
            "drills.plays[].log[].kind", "drills.plays[].log[].ref", "drills.plays[].debrief", "drills.plays[].debrief.summary",
            "drills.plays[].debrief.impact", "drills.plays[].debrief.trigger", "drills.plays[].debrief.root-causes",
            "drills.plays[].debrief.detection", "drills.plays[].debrief.resolution", "drills.plays[].debrief.action-items",
            "drills.plays[].debrief.went-well", "drills.plays[].debrief.went-wrong", "drills.plays[].debrief.lucky");

    /** Fields the format gained after {@link #BEFORE_RECORDS} was written, in sections it had: an older file simply lacks them. */
    static final Set<String> ADDED_SINCE_BEFORE_RECORDS = Set.of("planning.studySchedules[].roadmapId",
            "planning.weeksOffByRoadmap", "planning.weeksOffByRoadmap[].roadmapId", "planning.weeksOffByRoadmap[].weeks");

    /** Sections the format gained after {@link #BEFORE_RECORDS} was written, every field of them. */
    static final Set<String> SECTIONS_SINCE_BEFORE_RECORDS = Set.of("teams", "mentoring", "notifications", "lab", "drills");

    static boolean addedSinceBeforeRecords(String field) {
        return ADDED_SINCE_BEFORE_RECORDS.contains(field) || SECTIONS_SINCE_BEFORE_RECORDS.contains(field.split("[.\\[]")[0]);
    }

    /** Maps whose keys are data, not format. */
    static final Set<String> DATA_KEYED = Set.of("practice.attempts[].ratings", "lab.runs[].changes", "drills.plays[].faultTimes");

    /** Ids, versions and moments of writing: a restored copy has its own. */
    static final Set<String> VOLATILE = Set.of("id", "accountId", "version", "createdAt", "updated_at", "updatedAt", "new");

    /** Written by the code before the export records (commit 04ca6dc) from {@link #everyKindOfData}, with the e-mail address replaced. */
    static final String BEFORE_RECORDS = "/export/ascent-export-1-before-records.json";

    private JsonNode export(ApiClient api) {
        var answer = api.call("GET", "/api/v1/me/export", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    @Test
    void theFileHasExactlyTheFieldsOfTheFormat() {
        JsonNode export = export(everyKindOfData());

        assertThat(fields(export)).containsExactlyInAnyOrderElementsOf(FIELDS);
        assertThat(export.get("format").asString()).isEqualTo("ascent/export@1");
    }

    @Test
    void theFileWritesDaysMomentsAndKindsAsDocumented() {
        JsonNode export = export(everyKindOfData());
        JsonNode enrollment = export.get("learning").get("enrollments").get(0);

        assertThat(export.get("exportedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(enrollment.get("notes").get(0).get("updated_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(enrollment.get("changes").get(0).get("changedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(enrollment.get("enrollment").get("startDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(enrollment.get("time").valueStream().map(t -> t.get("kind").asString())).contains("practice", "community");
        assertThat(enrollment.get("topics").valueStream().map(t -> t.get("status").asString())).contains("DONE");
        assertThat(export.get("practice").get("attempts").get(0).get("step").asString()).isEqualTo("DONE");
        assertThat(export.get("learning").propertyNames()).as("the order of the records").containsExactly("enrollments", "journal");
        assertThat(enrollment.propertyNames()).containsExactly("enrollment", "topics", "projects", "notes", "links", "time", "changes");
    }

    @Test
    void aFileWrittenBeforeTheExportRecordsStillImportsAndReadsTheSame() throws Exception {
        String before;
        try (var in = getClass().getResourceAsStream(BEFORE_RECORDS)) {
            before = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        JsonNode old = json.readTree(before);
        ApiClient fresh = new ApiClient(port, accounts, "Fixture Importer");

        var imported = fresh.call("POST", "/api/v1/me/import", before);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode now = export(fresh);
        assertThat(strip(now.get("learning"))).as("learning, written again in today's format").isEqualTo(strip(old.get("learning")));
        assertThat(strip(now.get("practice"))).as("practice, written again in today's format").isEqualTo(strip(old.get("practice")));
        assertThat(fields(old)).as("the old file had only today's fields, and the ones Jackson added by accident")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(FIELDS.stream().filter(f -> !addedSinceBeforeRecords(f)),
                        java.util.stream.Stream.of("learning.enrollments[].topics[].new", "learning.enrollments[].projects[].new")).toList());
    }

    /** The paths of every field in a document: {@code learning.enrollments[].topics[].topicId}. */
    static Set<String> fields(JsonNode document) {
        Set<String> paths = new java.util.TreeSet<>();
        collect(document, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                String at = DATA_KEYED.contains(path) ? path + ".*" : path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                paths.add(at);
                collect(field.getValue(), at, paths);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, path + "[]", paths));
        }
    }

    private static JsonNode strip(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip0(copy);
        return copy;
    }

    private static void strip0(JsonNode node) {
        if (node instanceof tools.jackson.databind.node.ObjectNode object) {
            VOLATILE.forEach(object::remove);
            object.properties().forEach(entry -> strip0(entry.getValue()));
        } else if (node instanceof tools.jackson.databind.node.ArrayNode array) {
            array.forEach(ExportFormatTests::strip0);
        }
    }
}
