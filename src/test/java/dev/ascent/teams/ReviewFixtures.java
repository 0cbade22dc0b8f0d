package dev.ascent.teams;

import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.Learning;
import dev.ascent.learning.projects.ProjectSubmission;
import dev.ascent.learning.projects.Projects;
import dev.ascent.platform.Outcome;
import dev.ascent.practice.DecisionForm;
import dev.ascent.practice.DecisionJournal;
import dev.ascent.practice.DecisionRecord;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** People, a team and things to review, made through the modules' facades, for the review specifications. */
@Component
class ReviewFixtures {

    static final String ROADMAP = "backend-junior-to-senior";
    static final String PROJECT = "rest-api-with-authentication";
    static final String CHECKPOINT = "checkpoint-month-12";

    /** A team: its lead, a mentor, a member who asks, and another member. */
    record Crew(UUID team, UUID lead, UUID mentor, UUID member, UUID other) {
    }

    private final TestAccounts accounts;
    private final Teams teams;
    private final Invitations invitations;
    private final Learning learning;
    private final Projects projects;
    private final DecisionJournal decisions;

    ReviewFixtures(TestAccounts accounts, Teams teams, Invitations invitations, Learning learning, Projects projects, DecisionJournal decisions) {
        this.accounts = accounts;
        this.teams = teams;
        this.invitations = invitations;
        this.learning = learning;
        this.projects = projects;
        this.decisions = decisions;
    }

    UUID person(String name) {
        return accounts.signUp(name, WebSession.uniqueEmail(name.toLowerCase().replace(' ', '-')), WebSession.PASSWORD, "test").value().id();
    }

    Crew crew() {
        UUID lead = person("Lara Lead");
        UUID team = saved(teams.create(lead, new TeamForm("Review crew"))).id();
        return new Crew(team, lead, join(lead, team, "Max Mentor", TeamRole.MENTOR), join(lead, team, "Mia Member", TeamRole.MEMBER),
                join(lead, team, "Ole Other", TeamRole.MEMBER));
    }

    UUID join(UUID lead, UUID team, String name, TeamRole role) {
        UUID id = person(name);
        String path = saved(invitations.invite(lead, team, new InvitationForm(role, null))).path();
        saved(invitations.accept(id, path.substring("/invitations/".length())));
        return id;
    }

    Enrollment enrol(UUID account, String roadmapId) {
        return saved(learning.enroll(account, roadmapId, new EnrollmentForm(learning.today().minusMonths(11), 10)));
    }

    /** The project, submitted with every rubric line rated; answers the review item that names it. */
    String submittedProject(UUID account, Enrollment enrollment) {
        int lines = learning.roadmap(account, enrollment.id()).orElseThrow().project(PROJECT).orElseThrow().rubric().size();
        saved(projects.saveProject(account, enrollment.id(), PROJECT, new ProjectSubmission("https://example.org/notes-api", "",
                "A notes API with **JWT** sign-in.", Collections.nCopies(lines, "MET")), true, -1));
        return "project:" + enrollment.id() + ":" + PROJECT;
    }

    /** The project started and saved, not submitted. */
    String draftProject(UUID account, Enrollment enrollment) {
        saved(projects.saveProject(account, enrollment.id(), PROJECT, new ProjectSubmission("", "", "Half done.", List.of()), false, -1));
        return "project:" + enrollment.id() + ":" + PROJECT;
    }

    String decision(UUID account) {
        DecisionRecord record = saved(decisions.create(account, new DecisionForm("Queue the e-mails", DecisionRecord.Status.ACCEPTED, null,
                "Checkout waits on mail.", null, null, "Queue them.", null, "mail", List.of(), null)));
        return "decision:" + record.id();
    }

    static <T> T saved(Outcome<T> outcome) {
        assertThat(outcome).as("saved: %s", outcome).isInstanceOf(Outcome.Saved.class);
        return ((Outcome.Saved<T>) outcome).value();
    }
}
