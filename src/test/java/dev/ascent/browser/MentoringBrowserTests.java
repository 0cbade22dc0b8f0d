package dev.ascent.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.Learning;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.InvitationForm;
import dev.ascent.teams.InvitationLink;
import dev.ascent.teams.Invitations;
import dev.ascent.teams.Team;
import dev.ascent.teams.TeamForm;
import dev.ascent.teams.TeamRole;
import dev.ascent.teams.Teams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mentor starts a check-in from the team page, the member and the mentor each rate the phase's topics in their own
 * browser, the page puts the two side by side with the differences marked, the mentor records the agreed level and
 * both see it in the history; then the two keep a 1:1 note. Screenshots at 1280 and 390 px.
 */
class MentoringBrowserTests extends BrowserTest {

    @Autowired TestAccounts accounts;
    @Autowired Teams teams;
    @Autowired Invitations invitations;
    @Autowired Learning learning;

    private final java.util.Map<String, UUID> ids = new java.util.HashMap<>();

    private String person(String name) {
        String email = WebSession.uniqueEmail(name.toLowerCase().replace(' ', '-'));
        ids.put(email, accounts.signUp(name, email, WebSession.PASSWORD, "test").value().id());
        return email;
    }

    private UUID id(String email) {
        return ids.get(email);
    }

    private Page signedIn(String email) {
        Page page = browser.open(1280, 900, "light");
        page.navigate(url("/sign-in"));
        page.locator("input[name=email]").fill(email);
        page.locator("input[name=password]").fill(WebSession.PASSWORD);
        page.locator("main button[type=submit]").click();
        page.waitForURL(address -> !address.contains("/sign-in"));
        return page;
    }

    private static void rateAll(Page page, String level) {
        Locator selects = page.locator("#levels-form select");
        for (int i = 0; i < selects.count(); i++) {
            selects.nth(i).selectOption(level);
        }
    }

    @Test
    void aMentorAndAMemberAgreeALevelAndKeepA1To1Note() {
        String leadEmail = person("Lia Lead");
        String mentorEmail = person("Mo Mentor");
        String memberEmail = person("Mina Member");
        UUID lead = id(leadEmail);
        UUID member = id(memberEmail);
        Team team = ((Outcome.Saved<Team>) teams.create(lead, new TeamForm("Platform guild"))).value();
        for (var who : new Object[][] {{id(mentorEmail), TeamRole.MENTOR}, {member, TeamRole.MEMBER}}) {
            String path = ((Outcome.Saved<InvitationLink>) invitations.invite(lead, team.id(), new InvitationForm((TeamRole) who[1], null))).value().path();
            invitations.accept((UUID) who[0], path.substring(path.lastIndexOf('/') + 1));
        }
        learning.enroll(member, "backend-growth-map", new EnrollmentForm(null, 8));

        Page mentor = signedIn(mentorEmail);
        mentor.navigate(url("/teams/" + team.id()));
        assertThat(mentor.locator("#mentoring")).containsText("Mina Member");
        mentor.locator("#mentoring a", new Page.LocatorOptions().setHasText("check-ins of Mina Member")).click();
        assertThat(mentor.locator(".empty").first()).containsText("No check-in yet");
        mentor.locator("#start select[name=phase]").selectOption("backend-growth-map/backend-foundations");
        mentor.locator("#start button[type=submit]").click();
        assertThat(mentor.locator(".notice.success")).containsText("Check-in started");
        String checkIn = mentor.url().replace("?started", "");
        rateAll(mentor, "PROFICIENT");
        mentor.locator("#levels-form select").nth(1).selectOption("WORKING");
        mentor.locator("button", new Page.LocatorOptions().setHasText("Submit my levels")).click();
        assertThat(mentor.locator(".notice.success")).containsText("You will see the other side once it is in too");
        shoot(mentor, "mentoring-01-mentor-submitted");
        mentor.setViewportSize(390, 844);
        double right = ((Number) mentor.evaluate("() => Math.max(...[...document.querySelectorAll('#levels-form select')]"
                + ".map(s => s.getBoundingClientRect().right))")).doubleValue();
        assertThat(right).as("on a phone every level picker is on screen, not cut off at its edge").isLessThanOrEqualTo(390);
        mentor.setViewportSize(1280, 900);

        Page learner = signedIn(memberEmail);
        learner.navigate(checkIn);
        assertThat(learner.locator(".check-in-lines")).containsText("in — shown once both are");
        learner.locator("#levels-form select").first().selectOption("AWARE");
        learner.locator("button", new Page.LocatorOptions().setHasText("Submit my levels")).click();
        assertThat(learner.locator("#levels-error")).containsText("Give a level for every topic before you submit");
        rateAll(learner, "WORKING");
        learner.locator("button", new Page.LocatorOptions().setHasText("Submit my levels")).click();
        assertThat(learner.locator(".notice.success")).containsText("Both sides are in");
        assertThat(learner.locator("tr.differs").first()).containsText("assessor higher");
        shoot(learner, "mentoring-02-side-by-side");

        mentor.navigate(checkIn);
        mentor.locator("#agreement select[name=level]").selectOption("INTERMEDIATE");
        mentor.locator("#agreement textarea[name=note]").fill("Strong on the basics; next, own an on-call week.");
        mentor.locator("#agreement button[type=submit]").click();
        assertThat(mentor.locator("#agreed")).containsText("Intermediate");
        shoot(mentor, "mentoring-03-agreed");

        learner.navigate(url("/teams/" + team.id() + "/members/" + member + "/check-ins"));
        assertThat(learner.locator("#history table")).containsText("Intermediate");
        shoot(learner, "mentoring-04-history");

        learner.navigate(url("/teams/" + team.id()));
        learner.locator("#mentoring a", new Page.LocatorOptions().setHasText("1:1 notes with Mo Mentor")).click();
        learner.locator("#latest textarea[name=body]").fill("Questions for Thursday:\n\n- how do we *load test* a queue?\n- what is our retry budget?");
        learner.locator("#latest button[type=submit]").click();
        assertThat(learner.locator(".note-card")).containsText("load test");
        shoot(learner, "mentoring-05-one-on-one");

        // the member heard of the check-in twice: opened with them, then agreed
        learner.locator(".notifications-link").click();
        assertThat(learner.locator(".notification.unread")).hasCount(2);
        shoot(learner, "mentoring-06-notifications");
        learner.locator(".notification-button", new Page.LocatorOptions().setHasText("recorded your agreed level")).click();
        assertThat(learner).hasURL(checkIn);
        assertThat(learner.locator(".notifications-link .badge")).containsText("1");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
