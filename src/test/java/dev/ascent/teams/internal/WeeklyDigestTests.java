package dev.ascent.teams.internal;

import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.Learning;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.InvitationForm;
import dev.ascent.teams.InvitationLink;
import dev.ascent.teams.Invitations;
import dev.ascent.teams.Notification;
import dev.ascent.teams.NotificationKind;
import dev.ascent.teams.NotificationSettingsForm;
import dev.ascent.teams.Notifications;
import dev.ascent.teams.Team;
import dev.ascent.teams.TeamForm;
import dev.ascent.teams.TeamRole;
import dev.ascent.teams.Teams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Monday digest: a member hears their week (what is planned, the next checkpoint), a lead hears who in their team
 * is behind their plan, a second run in the same week sends nothing again, and a kind turned off is not sent.
 */
@SpringBootTest
class WeeklyDigestTests {

    @Autowired WeeklyDigest digest;
    @Autowired Notifications notifications;
    @Autowired Teams teams;
    @Autowired Invitations invitations;
    @Autowired TestAccounts accounts;
    @Autowired Learning learning;

    private UUID person(String name) {
        return accounts.signUp(name, WebSession.uniqueEmail("digest"), WebSession.PASSWORD, "test").value().id();
    }

    private List<Notification> of(UUID accountId, NotificationKind kind) {
        return notifications.list(accountId).stream().filter(n -> n.kind() == kind).toList();
    }

    @Test
    void membersHearTheirWeekLeadsHearWhoFellBehindOnceAWeek() {
        UUID lead = person("Dora Digest");
        UUID member = person("Lars Late");
        UUID quiet = person("Quinn Quiet");
        UUID team = ((Outcome.Saved<Team>) teams.create(lead, new TeamForm("Digest team"))).value().id();
        for (UUID who : List.of(member, quiet)) {
            String path = ((Outcome.Saved<InvitationLink>) invitations.invite(lead, team, new InvitationForm(TeamRole.MEMBER, null))).value().path();
            assertThat(invitations.accept(who, path.substring(path.lastIndexOf('/') + 1)).isSaved()).isTrue();
        }
        // started ten weeks ago and done nothing since: behind the plan made from their own hours
        LocalDate tenWeeksAgo = LocalDate.now().minusWeeks(10);
        assertThat(learning.enroll(member, "backend-growth-map", new EnrollmentForm(tenWeeksAgo, 8)).isSaved()).isTrue();
        assertThat(learning.enroll(quiet, "backend-growth-map", new EnrollmentForm(null, 8)).isSaved()).isTrue();
        notifications.save(quiet, new NotificationSettingsForm(Arrays.stream(NotificationKind.values())
                .filter(k -> k != NotificationKind.WEEKLY_DIGEST).toList(), List.of()));

        digest.sendAll();

        List<Notification> week = of(member, NotificationKind.WEEKLY_DIGEST);
        assertThat(week).singleElement().satisfies(n -> {
            assertThat(n.title()).startsWith("Your week of ").contains("Backend growth map", "items planned, starting with", "next checkpoint “");
            assertThat(n.link()).isEqualTo("/learn");
        });
        assertThat(of(quiet, NotificationKind.WEEKLY_DIGEST)).as("turned off").isEmpty();
        assertThat(of(lead, NotificationKind.WEEKLY_DIGEST)).as("follows no roadmap: nothing to say").isEmpty();
        assertThat(of(lead, NotificationKind.TEAM_DIGEST)).singleElement().satisfies(n -> {
            assertThat(n.title()).startsWith("Digest team: 1 behind their plan on Backend growth map").contains("Lars Late (", "weeks behind)");
            assertThat(n.link()).isEqualTo("/teams/" + team + "/overview?sort=pace");
        });

        digest.sendAll();
        assertThat(of(member, NotificationKind.WEEKLY_DIGEST)).as("once a week").hasSize(1);
        assertThat(of(lead, NotificationKind.TEAM_DIGEST)).hasSize(1);
    }
}
