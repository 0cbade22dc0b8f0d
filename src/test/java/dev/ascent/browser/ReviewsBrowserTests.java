package dev.ascent.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.Learning;
import dev.ascent.learning.projects.ProjectSubmission;
import dev.ascent.learning.projects.Projects;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.InvitationForm;
import dev.ascent.teams.Invitations;
import dev.ascent.teams.TeamForm;
import dev.ascent.teams.TeamRole;
import dev.ascent.teams.Teams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Collections;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A member asks for review of a submitted project; a mentor finds it in the queue, scores the rubric and approves;
 * the member sees the verdict. Then the member asks for the 12-month checkpoint's sign-off, the lead signs it off,
 * and the dashboard shows "Signed off by … on …". Screenshots at 1280 and 390 px.
 */
class ReviewsBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Teams teams;

    @Autowired
    Invitations invitations;

    @Autowired
    Learning learning;

    @Autowired
    Projects projects;

    private record Person(UUID id, String email) {
    }

    private Person person(String name) {
        String email = WebSession.uniqueEmail(name.toLowerCase().replace(' ', '-'));
        return new Person(accounts.signUp(name, email, WebSession.PASSWORD, "test").value().id(), email);
    }

    private void join(UUID lead, UUID team, Person person, TeamRole role) {
        String path = ((Outcome.Saved<dev.ascent.teams.InvitationLink>) invitations.invite(lead, team, new InvitationForm(role, null))).value().path();
        invitations.accept(person.id(), path.substring("/invitations/".length()));
    }

    private Page signedIn(Person person) {
        Page page = browser.open(1280, 900, "light");
        page.navigate(url("/sign-in"));
        page.locator("input[name=email]").fill(person.email());
        page.locator("input[name=password]").fill(WebSession.PASSWORD);
        page.locator("main button[type=submit]").click();
        assertThat(page).not().hasURL(url("/sign-in"));
        return page;
    }

    @Test
    void aMentorScoresAndApprovesASubmittedProjectAndALeadSignsOffACheckpoint() {
        Person lead = person("Lena Lead");
        Person mentorPerson = person("Max Mentor");
        Person memberPerson = person("Mia Member");
        UUID team = ((Outcome.Saved<dev.ascent.teams.Team>) teams.create(lead.id(), new TeamForm("Payments backend"))).value().id();
        join(lead.id(), team, mentorPerson, TeamRole.MENTOR);
        join(lead.id(), team, memberPerson, TeamRole.MEMBER);
        Enrollment enrollment = ((Outcome.Saved<Enrollment>) learning.enroll(memberPerson.id(), "backend-junior-to-senior",
                new EnrollmentForm(learning.today().minusMonths(11), 10))).value();
        int lines = learning.roadmap(memberPerson.id(), enrollment.id()).orElseThrow().project("rest-api-with-authentication").orElseThrow().rubric().size();
        org.assertj.core.api.Assertions.assertThat(projects.saveProject(memberPerson.id(), enrollment.id(), "rest-api-with-authentication", new ProjectSubmission(
                "https://example.org/notes-api", "", "A notes API with JWT sign-in, refresh tokens and per-user records.",
                Collections.nCopies(lines, "MET")), true, -1).isSaved()).isTrue();

        Page member = signedIn(memberPerson);
        member.navigate(url("/teams/reviews"));
        assertThat(member.locator("#requests .empty")).containsText("You have not asked for a review yet");
        member.locator("#ask select[name=item]").selectOption("project:" + enrollment.id() + ":rest-api-with-authentication");
        member.locator("#ask textarea[name=note]").fill("I am least sure about the **refresh tokens**.");
        shoot(member, "reviews-01-ask");
        member.locator("#ask button[type=submit]").click();
        assertThat(member.locator(".notice.success")).containsText("Review asked.");
        assertThat(member.locator("#thread")).containsText("refresh tokens");
        shoot(member, "reviews-02-asked");

        Page mentor = signedIn(mentorPerson);
        mentor.navigate(url("/teams/" + team + "/reviews"));
        assertThat(mentor.locator("#queue")).containsText("REST API with authentication");
        assertThat(mentor.locator("#queue .chip.waiting")).containsText("waiting a few minutes");
        shoot(mentor, "reviews-03-queue");
        mentor.locator("#queue a.review-title").click();
        Locator selects = mentor.locator("#scores select[name=scores]");
        for (int i = 0; i < lines; i++) {
            selects.nth(i).selectOption(i == 1 ? "3" : "4");
        }
        mentor.locator("#scores button[type=submit]").click();
        assertThat(mentor.locator(".notice.success")).containsText("Scores saved.");
        mentor.locator("#verdict input[value=APPROVED]").check();
        mentor.locator("#verdict textarea[name=body]").fill("Clean and well tested. The refresh flow is right.");
        shoot(mentor, "reviews-04-verdict-form");
        mentor.locator("#verdict button[type=submit]").click();
        assertThat(mentor.locator(".notice.success")).containsText("Verdict sent.");

        member.navigate(url("/teams/reviews"));
        assertThat(member.locator("#requests")).containsText("Approved");
        member.locator("#requests a", new Page.LocatorOptions().setHasText("REST API with authentication")).click();
        assertThat(member.locator(".panel-head .chip")).containsText("Approved");
        assertThat(member.locator("#thread")).containsText("Clean and well tested.");
        assertThat(member.locator("#thread")).containsText("3 · Mostly");
        shoot(member, "reviews-05-approved");

        member.navigate(url("/teams/reviews"));
        member.locator("#ask select[name=item]").selectOption("checkpoint:" + enrollment.id() + ":checkpoint-month-12");
        member.locator("#ask button[type=submit]").click();
        assertThat(member.locator("#thread")).containsText("Time logged");
        String checkpointThread = member.url().replace("?requested", "");

        Page leadPage = signedIn(lead);
        leadPage.navigate(checkpointThread);
        assertThat(leadPage.locator("#thread")).containsText("Projects the checkpoint expects");
        leadPage.locator("#verdict input[value=SIGNED_OFF]").check();
        leadPage.locator("#verdict button[type=submit]").click();
        assertThat(leadPage.locator(".notice.success")).containsText("Signed off");
        shoot(leadPage, "reviews-06-signed-off");

        member.navigate(url("/learn/" + enrollment.id() + "#checkpoints"));
        Locator signed = member.locator("#checkpoints .signed-off");
        assertThat(signed).containsText("Signed off by Lena Lead on " + dev.ascent.platform.Display.date(learning.today()));
        signed.scrollIntoViewIfNeeded();
        BrowserSession.screenshot(member, "reviews-07-dashboard-1280");
        member.setViewportSize(390, 844);
        signed.scrollIntoViewIfNeeded();
        BrowserSession.screenshot(member, "reviews-07-dashboard-390");
        member.setViewportSize(1280, 900);

        // asked by mistake: withdrawn while it still waits, after confirming
        member.navigate(url("/teams/reviews"));
        member.locator("#ask select[name=item]").selectOption("checkpoint:" + enrollment.id() + ":checkpoint-month-18");
        member.locator("#ask button[type=submit]").click();
        member.locator("#withdraw summary").click();
        assertThat(member.locator("#withdraw")).containsText("It leaves the mentors' queue");
        shoot(member, "reviews-08-withdraw-confirm");
        member.locator("#withdraw button[type=submit]").click();
        assertThat(member.locator(".notice.success")).containsText("Request withdrawn.");
        assertThat(member.locator("#thread")).containsText("Withdrawn by the member on " + dev.ascent.platform.Display.date(learning.today()));
        assertThat(member.locator("#comment")).hasCount(0);
        shoot(member, "reviews-09-withdrawn");
        mentor.navigate(url("/teams/" + team + "/reviews"));
        assertThat(mentor.locator("main")).containsText("Nobody is waiting for a review");
    }
}
