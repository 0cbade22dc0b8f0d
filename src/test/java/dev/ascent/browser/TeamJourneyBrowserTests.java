package dev.ascent.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.learning.Learning;
import dev.ascent.learning.ProjectWork;
import dev.ascent.learning.projects.ProjectSubmission;
import dev.ascent.learning.projects.Projects;
import dev.ascent.platform.Display;
import dev.ascent.platform.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Collections;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teams issue end to end, through its pages: a lead creates a team and invites a mentor and a member by link; the
 * member accepts, is assigned the backend roadmap and follows it (started seven months back, so the 6-month checkpoint
 * is due); the member's submitted project is reviewed, changes are asked for, the member sends the next iteration and
 * the mentor approves; the mentor signs off the 6-month checkpoint, the member's dashboard shows it, and the lead sees
 * the member in the overview and its skill matrix. Only saving the project's work (the learning issue's) goes through
 * the facade. Screenshots at 1280 px, and 390 px for the thread and the overview.
 */
class TeamJourneyBrowserTests extends BrowserTest {

    private static final String ROADMAP = "backend-junior-to-senior";
    private static final String PROJECT = "rest-api-with-authentication";

    @Autowired
    TestAccounts accounts;

    @Autowired
    Learning learning;

    @Autowired
    Projects projects;

    private record Person(UUID id, String name, String email) {
    }

    private Person person(String name) {
        String email = WebSession.uniqueEmail(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return new Person(accounts.signUp(name, email, WebSession.PASSWORD, "test").value().id(), name, email);
    }

    private void signIn(Page page, Person person) {
        page.locator("input[name=email]").fill(person.email());
        page.locator("input[name=password]").fill(WebSession.PASSWORD);
        page.locator("main button[type=submit]").click();
        page.waitForURL(address -> !address.contains("/sign-in"));
    }

    private Page signedIn(Person person) {
        Page page = browser.open(1280, 900, "light");
        page.navigate(url("/sign-in"));
        signIn(page, person);
        return page;
    }

    private static void shootWide(Page page, String name) {
        BrowserSession.screenshot(page, name + "-1280");
    }

    /** Opens an invitation link signed out, signs in on the way, and accepts it. */
    private Page accept(String link, Person person, String role) {
        Page page = browser.open(1280, 900, "light");
        page.navigate(link);
        assertThat(page).hasURL(url("/sign-in"));
        signIn(page, person);
        assertThat(page).hasURL(link);
        assertThat(page.locator("main")).containsText("Lena Lead invites you to the team Payments backend as " + role + ".");
        return page;
    }

    private ProjectWork submit(Person member, UUID enrollment, String writeUp, int version) {
        int lines = learning.roadmap(member.id(), enrollment).orElseThrow().project(PROJECT).orElseThrow().rubric().size();
        Outcome<ProjectWork> saved = projects.saveProject(member.id(), enrollment, PROJECT, new ProjectSubmission(
                "https://example.org/notes-api", "", writeUp, Collections.nCopies(lines, "MET")), true, version);
        assertThat(saved.isSaved()).as("the project is submitted: %s", saved).isTrue();
        return ((Outcome.Saved<ProjectWork>) saved).value();
    }

    @Test
    void aLeadsTeamInvitesAssignsReviewsSignsOffAndSeesItInTheOverview() {
        Person leadPerson = person("Lena Lead");
        Person mentorPerson = person("Max Mentor");
        Person memberPerson = person("Mia Member");
        LocalDate today = learning.today();

        // 1. the lead creates the team and makes an invitation link for a mentor and one for a member
        Page lead = signedIn(leadPerson);
        lead.locator("header a", new Page.LocatorOptions().setHasText("Teams")).click();
        assertThat(lead).hasURL(url("/teams"));
        lead.locator("#create input[name=name]").fill("Payments backend");
        lead.locator("#create button[type=submit]").click();
        assertThat(lead.locator(".notice.success")).containsText("Team created");
        String teamUrl = lead.url().replace("?created", "");
        String teamId = teamUrl.substring(teamUrl.lastIndexOf('/') + 1);
        lead.locator("#invite select[name=role]").selectOption("MENTOR");
        lead.locator("#invite button", new Page.LocatorOptions().setHasText("Create invitation link")).click();
        String mentorLink = lead.locator("#invitation-link").textContent().strip();
        lead.navigate(teamUrl);
        lead.locator("#invite select[name=role]").selectOption("MEMBER");
        lead.locator("#invite button", new Page.LocatorOptions().setHasText("Create invitation link")).click();
        String memberLink = lead.locator("#invitation-link").textContent().strip();
        assertThat(memberLink).matches("http://localhost:\\d+/invitations/[A-Za-z0-9_-]{43}").isNotEqualTo(mentorLink);
        shootWide(lead, "journey-01-invitation-link");

        Page mentor = accept(mentorLink, mentorPerson, "mentor");
        mentor.locator("button", new Page.LocatorOptions().setHasText("Accept and join")).click();
        assertThat(mentor).hasURL(teamUrl + "?joined");

        // 2. the member, a new account, opens the link, accepts and is in the team
        Page member = accept(memberLink, memberPerson, "member");
        shootWide(member, "journey-02-invitation");
        member.locator("button", new Page.LocatorOptions().setHasText("Accept and join")).click();
        assertThat(member).hasURL(teamUrl + "?joined");
        assertThat(member.locator(".notice.success")).containsText("Welcome to Payments backend.");
        assertThat(member.locator("#members table")).containsText("Mia Member");
        assertThat(member.locator("#members table")).containsText("Max Mentor");
        shootWide(member, "journey-02-joined");

        // 3. the lead assigns the roadmap; a suggested start in the past is refused, so it starts today
        lead.navigate(teamUrl + "/assignments");
        lead.locator("#assign select[name=member]").selectOption(new SelectOption().setLabel("Mia Member (member)"));
        lead.locator("#assign select[name=roadmapId]").selectOption(ROADMAP);
        lead.locator("#assign input[name=startDate]").fill(today.minusMonths(7).toString());
        lead.locator("#assign input[name=weeklyHours]").fill("10");
        lead.locator("#assign button[type=submit]").click();
        assertThat(lead.locator("#assign .field-error")).containsText("Suggest a start between today and a year from now.");
        lead.locator("#assign input[name=startDate]").fill(today.toString());
        lead.locator("#assign button[type=submit]").click();
        assertThat(lead.locator(".notice.success")).containsText("Roadmap assigned.");
        assertThat(lead.locator("#assigned")).containsText("Waiting for an answer");
        shootWide(lead, "journey-03-assigned");

        member.navigate(url("/teams"));
        assertThat(member.locator(".waiting-assignments")).containsText("A roadmap waits for your answer");
        member.locator(".waiting-assignments a", new Page.LocatorOptions().setHasText("Answer")).click();
        member.locator("#for-you button", new Page.LocatorOptions().setHasText("Accept")).click();
        assertThat(member.locator(".notice.success")).containsText("you now follow this roadmap");
        String open = member.locator(".notice.success a").getAttribute("href");
        UUID enrollment = UUID.fromString(open.substring("/learn/".length()));
        shootWide(member, "journey-03-accepted");
        // the member has been at it for seven months: they date their start back on their plan, so the 6-month checkpoint is due
        member.navigate(url("/learn/" + enrollment + "/plan"));
        member.locator("#pace summary").click();
        member.locator("#pace input[name=startDate]").fill(today.minusMonths(7).toString());
        member.locator("#pace button[type=submit]").click();
        assertThat(member.locator("p.notice.success")).containsText("Re-planned: your plan now follows 10 h/week from "
                + Display.date(today.minusMonths(7)));
        shootWide(member, "journey-03-replanned");
        lead.navigate(teamUrl + "/assignments");
        assertThat(lead.locator("#assigned")).containsText("Accepted and enrolled");

        // 4. the member's project is submitted (the learning issue's work), and they ask for review of it
        ProjectWork work = submit(memberPerson, enrollment, "A notes API with JWT sign-in and per-user records.", -1);
        member.navigate(url("/teams/reviews"));
        member.locator("#ask select[name=item]").selectOption("project:" + enrollment + ":" + PROJECT);
        member.locator("#ask textarea[name=note]").fill("I am least sure about the **token expiry**.");
        member.locator("#ask button[type=submit]").click();
        assertThat(member.locator(".notice.success")).containsText("Review asked.");
        String thread = member.url().replace("?requested", "");
        shootWide(member, "journey-04-asked");

        // 5. the mentor opens it from the queue and asks for changes; the member revises; the mentor approves
        mentor.navigate(url("/teams/" + teamId + "/reviews"));
        assertThat(mentor.locator("#queue")).containsText("REST API with authentication");
        shootWide(mentor, "journey-05-queue");
        mentor.locator("#queue a.review-title").click();
        assertThat(mentor).hasURL(thread);
        mentor.locator("#verdict input[value=CHANGES_REQUESTED]").check();
        mentor.locator("#verdict textarea[name=body]").fill("Tokens never expire: add an expiry and a refresh flow, with a test.");
        mentor.locator("#verdict button[type=submit]").click();
        assertThat(mentor.locator(".notice.success")).containsText("Verdict sent.");
        assertThat(mentor.locator(".panel-head .chip")).containsText("Changes requested");
        shootWide(mentor, "journey-05-changes-requested");

        submit(memberPerson, enrollment, "A notes API with JWT sign-in, tokens that expire after 15 minutes and a refresh flow.",
                work.version());
        member.navigate(thread);
        assertThat(member.locator(".panel-head .chip")).containsText("Changes requested");
        assertThat(member.locator("#thread")).containsText("Tokens never expire");
        member.locator("#iteration textarea[name=body]").fill("Tokens expire after 15 minutes now; a refresh token renews them.");
        member.locator("#iteration button[type=submit]").click();
        assertThat(member.locator(".notice.success")).containsText("Next iteration sent");
        assertThat(member.locator("#thread")).containsText("sent iteration 2");
        assertThat(member.locator("#thread")).containsText("refresh flow");
        shoot(member, "journey-05-revised");

        mentor.navigate(url("/teams/" + teamId + "/reviews"));
        mentor.locator("#queue a.review-title").click();
        mentor.locator("#verdict input[value=APPROVED]").check();
        mentor.locator("#verdict textarea[name=body]").fill("Expiry and refresh are right now. Approved.");
        mentor.locator("#verdict button[type=submit]").click();
        assertThat(mentor.locator(".notice.success")).containsText("Verdict sent.");
        assertThat(mentor.locator(".panel-head .chip")).containsText("Approved");
        assertThat(mentor.locator("main")).containsText("iteration 2; approved by Max Mentor on " + Display.day(java.time.Instant.now()));
        shoot(mentor, "journey-05-approved");

        member.navigate(url("/teams/reviews"));
        assertThat(member.locator("#requests")).containsText("Approved");

        // 6. the member asks for the 6-month checkpoint's sign-off; the mentor signs it off; the dashboard shows it
        member.locator("#ask select[name=item]").selectOption("checkpoint:" + enrollment + ":checkpoint-month-6");
        member.locator("#ask button[type=submit]").click();
        assertThat(member.locator(".notice.success")).containsText("Review asked.");
        assertThat(member.locator("#thread")).containsText("Time logged");
        String checkpointThread = member.url().replace("?requested", "");
        shootWide(member, "journey-06-checkpoint-asked");

        mentor.navigate(url("/teams/" + teamId + "/reviews"));
        mentor.locator("#queue a.review-title").click();
        assertThat(mentor).hasURL(checkpointThread);
        assertThat(mentor.locator("#thread")).containsText("Projects the checkpoint expects");
        mentor.locator("#verdict input[value=SIGNED_OFF]").check();
        mentor.locator("#verdict button[type=submit]").click();
        assertThat(mentor.locator(".notice.success")).containsText("Signed off");
        shootWide(mentor, "journey-06-signed-off");

        member.navigate(url("/learn/" + enrollment + "#checkpoints"));
        Locator signed = member.locator("#checkpoints .signed-off");
        assertThat(signed).hasCount(1);
        assertThat(signed).containsText("Signed off by Max Mentor on " + Display.date(today));
        signed.scrollIntoViewIfNeeded();
        shootWide(member, "journey-06-dashboard");

        // 7. the lead opens the overview: the member's row, the matrix, and the 6-month checkpoint no longer next
        lead.navigate(teamUrl);
        lead.locator(".team-links a", new Page.LocatorOptions().setHasText("Overview")).click();
        assertThat(lead).hasURL(url("/teams/" + teamId + "/overview"));
        Locator row = lead.locator(".overview-table tbody tr", new Page.LocatorOptions().setHasText("Mia Member"));
        assertThat(row).hasCount(1);
        assertThat(row.locator("td[data-label=Done]")).containsText("%");
        Locator next = row.locator("td[data-label='Next checkpoint']");
        assertThat(next).not().containsText("Algorithm proficiency");
        assertThat(next).containsText("Cloud services and microservices experience");
        assertThat(lead.locator("svg.skill-matrix text.row-label", new Page.LocatorOptions().setHasText("Mia Member"))).hasCount(1);
        lead.locator("#matrix summary", new Page.LocatorOptions().setHasText("The matrix as a table")).click();
        assertThat(lead.locator(".matrix-table tbody tr", new Page.LocatorOptions().setHasText("Mia Member"))).hasCount(1);
        shoot(lead, "journey-07-overview");

        assertThat(browser.consoleErrors()).isEmpty();
    }
}
