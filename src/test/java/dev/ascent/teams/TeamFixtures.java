package dev.ascent.teams;

import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.catalog.Catalog;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.Learning;
import dev.ascent.learning.TopicStatus;
import dev.ascent.learning.progress.Progress;
import dev.ascent.learning.time.TimeForm;
import dev.ascent.learning.time.TimeLog;
import dev.ascent.platform.Outcome;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A team with real people, enrolments, finished topics and logged time, made through the modules' own facades. */
@Component
public class TeamFixtures {

    public static final String ROADMAP = "backend-growth-map";

    private final TestAccounts accounts;
    private final Teams teams;
    private final Invitations invitations;
    private final Learning learning;
    private final Progress progress;
    private final TimeLog time;
    private final Catalog catalog;

    TeamFixtures(TestAccounts accounts, Teams teams, Invitations invitations, Learning learning, Progress progress, TimeLog time, Catalog catalog) {
        this.accounts = accounts;
        this.teams = teams;
        this.invitations = invitations;
        this.learning = learning;
        this.progress = progress;
        this.time = time;
        this.catalog = catalog;
    }

    public static <T> T saved(Outcome<T> outcome) {
        assertThat(outcome).as("saved").isInstanceOf(Outcome.Saved.class);
        return ((Outcome.Saved<T>) outcome).value();
    }

    public UUID person(String name) {
        return accounts.signUp(name, WebSession.uniqueEmail(name.toLowerCase().replaceAll("[^a-z]", "")), WebSession.PASSWORD, "test").value().id();
    }

    public UUID team(UUID lead, String name) {
        return saved(teams.create(lead, new TeamForm(name))).id();
    }

    public UUID join(UUID lead, UUID teamId, String name, TeamRole role) {
        UUID id = person(name);
        join(lead, teamId, id, role);
        return id;
    }

    public void join(UUID lead, UUID teamId, UUID accountId, TeamRole role) {
        String path = saved(invitations.invite(lead, teamId, new InvitationForm(role, null))).path();
        saved(invitations.accept(accountId, path.substring("/invitations/".length())));
    }

    /** Follows the growth map from {@code start} and finishes its first {@code done} topics; logs an hour today when any. */
    public Enrollment follow(UUID accountId, LocalDate start, int hours, int done) {
        Enrollment enrollment = saved(learning.enroll(accountId, ROADMAP, new EnrollmentForm(start, hours)));
        List<String> topics = catalog.roadmap(ROADMAP).orElseThrow().phases().getFirst().topicIds();
        for (int i = 0; i < done && i < topics.size(); i++) {
            saved(progress.setStatus(accountId, enrollment.id(), topics.get(i), TopicStatus.DONE, -1, false));
        }
        if (done > 0) {
            saved(time.log(accountId, enrollment.id(), new TimeForm(topics.getFirst(), learning.today(), 90, null)));
        }
        return enrollment;
    }

    public dev.ascent.catalog.Roadmap roadmap() {
        return catalog.roadmap(ROADMAP).orElseThrow();
    }
}
