package dev.ascent.teams;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.PublishResult;
import dev.ascent.catalog.RoadmapSource;
import dev.ascent.catalog.RoadmapSummary;
import dev.ascent.catalog.ValidationReport;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.Learning;
import dev.ascent.learning.TopicStatus;
import dev.ascent.learning.progress.Progress;
import dev.ascent.platform.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.UUID;

import static dev.ascent.teams.TeamFixtures.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Team roadmaps as a specification: a lead forks or starts one under an id no other roadmap has, checks it, sees
 * its changes and publishes versions only the team sees; members' progress survives a new version.
 */
@SpringBootTest
class TeamRoadmapsTests {

    @Autowired
    TeamRoadmaps roadmaps;

    @Autowired
    TeamFixtures fixtures;

    @Autowired
    Catalog catalog;

    @Autowired
    Learning learning;

    @Autowired
    Progress progress;

    @Autowired
    Assignments assignments;

    @Autowired
    Teams teams;

    private UUID lead;
    private UUID team;
    private UUID member;
    private UUID mentor;
    private UUID outsider;

    @BeforeEach
    void aTeam() {
        lead = fixtures.person("Rhea Lead");
        team = fixtures.team(lead, "Roadmap team");
        member = fixtures.join(lead, team, "Mo Member", TeamRole.MEMBER);
        mentor = fixtures.join(lead, team, "Mia Mentor", TeamRole.MENTOR);
        outsider = fixtures.person("Otto Outsider");
        fixtures.team(outsider, "Another team");
    }

    private static String newId() {
        return "team-map-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A small roadmap of two topics, {@code first} and {@code second}, where {@code second} may be left out. */
    private static String twoTopics(String id, String secondTitle, boolean withFirst) {
        return """
                format: ascent/roadmap@1
                id: %s
                version: 1
                title: "Our path"
                summary: What our team learns first.
                levels: {from: junior, to: intermediate}
                phases:
                  - id: basics
                    title: Basics
                    groups: [{id: core, title: Core, topics: [%s]}]
                topics:
                %s  - {id: second, title: %s, level: junior, kind: practice, hours: 5, summary: Then this.}
                """.formatted(id, withFirst ? "first, second" : "second",
                withFirst ? "  - {id: first, title: First things, level: junior, kind: theory, hours: 5, summary: Learn this first.}\n" : "",
                secondTitle);
    }

    private TeamRoadmap started(String id, String from) {
        return saved(roadmaps.create(lead, team, new TeamRoadmapForm(id, "Our path", from)));
    }

    private TeamRoadmapPublished publish(String id, String text) {
        int version = roadmaps.draft(lead, team, id).orElseThrow().roadmap().version();
        return saved(roadmaps.publish(lead, team, id, new TeamRoadmapEdit(text), version));
    }

    @Test
    void aForkIsTheBuiltInUnderTheTeamsIdAndTitleAtVersionOneAndNobodyElseSeesItBeforeItIsPublished() {
        String id = newId();

        TeamRoadmap fork = started(id, "senior-judgment");

        String text = roadmaps.draft(lead, team, id).orElseThrow().text();
        assertThat(text).contains("id: " + id + "\n", "title: \"Our path\"\n", "version: 1\n").doesNotContain("id: senior-judgment\n");
        assertThat(text.lines().count()).isEqualTo(catalog.source("senior-judgment").orElseThrow().lines().count());
        assertThat(roadmaps.check(id, text).valid()).isTrue();
        assertThat(fork.forkedFrom()).isEqualTo("senior-judgment");
        assertThat(fork.published()).isFalse();
        assertThat(roadmaps.roadmaps(lead, team).orElseThrow()).extracting(TeamRoadmap::id).contains(id);
        assertThat(roadmaps.roadmaps(member, team).orElseThrow()).as("drafts are the leads'").isEmpty();
        assertThat(roadmaps.roadmaps(outsider, team)).isEmpty();
        assertThat(catalog.roadmap(id, member)).isEmpty();
    }

    @Test
    void anIdIsUniqueAcrossEveryRoadmapOnTheServerAndWrittenInKebabCase() {
        String id = newId();
        started(id, "");
        UUID otherTeam = fixtures.team(outsider, "Third team");

        assertThat(roadmaps.create(lead, team, new TeamRoadmapForm("senior-judgment", "Mine", "")).fieldErrors())
                .containsEntry("id", TeamRoadmaps.TAKEN);
        assertThat(roadmaps.create(outsider, otherTeam, new TeamRoadmapForm(id, "Mine too", "")).fieldErrors())
                .as("another team's, even unpublished").containsEntry("id", TeamRoadmaps.TAKEN);
        assertThat(roadmaps.create(lead, team, new TeamRoadmapForm("Not Kebab", "Mine", "")).fieldErrors())
                .containsEntry("id", TeamRoadmapForm.ID_RULE);
        assertThat(roadmaps.create(lead, team, new TeamRoadmapForm(newId(), "", "no-such-roadmap")).fieldErrors())
                .containsKeys("title", "from");
    }

    @Test
    void onlyLeadsStartAndEditAndOutsidersFindNoTeam() {
        String id = newId();
        started(id, "");

        assertThatThrownBy(() -> roadmaps.create(member, team, new TeamRoadmapForm(newId(), "Mine", ""))).isInstanceOf(LeadsOnly.class);
        assertThatThrownBy(() -> roadmaps.draft(mentor, team, id)).isInstanceOf(LeadsOnly.class);
        assertThatThrownBy(() -> roadmaps.publish(member, team, id, new TeamRoadmapEdit("x: 1"), 0)).isInstanceOf(LeadsOnly.class);
        assertThat(roadmaps.create(outsider, team, new TeamRoadmapForm(newId(), "Mine", ""))).isInstanceOf(Outcome.NotFound.class);
        assertThat(roadmaps.draft(outsider, team, id)).isEmpty();
        assertThat(roadmaps.save(outsider, team, id, new TeamRoadmapEdit("x: 1"), 0)).isInstanceOf(Outcome.NotFound.class);
        assertThat(roadmaps.draft(lead, team, "senior-judgment")).as("not a roadmap of this team").isEmpty();
    }

    @Test
    void checkNamesEveryProblemWithItsLineAndAnIdThatWasChanged() {
        String id = newId();
        started(id, "");
        String text = roadmaps.draft(lead, team, id).orElseThrow().text();

        ValidationReport broken = roadmaps.check(id, text.replace("kind: theory", "kind: lecture").replace("hours: 4", "hours: -1"));
        ValidationReport renamed = roadmaps.check(id, text.replace("id: " + id, "id: something-else"));

        assertThat(broken.valid()).isFalse();
        assertThat(broken.problems()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p.path()).contains("kind"));
        assertThat(renamed.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("id");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("keeps the id it was started with", id);
        });
    }

    @Test
    void changesAreTheLineDiffAgainstTheForkedFileThenAgainstTheLastPublishedVersion() {
        String id = newId();
        started(id, "senior-judgment");
        String text = roadmaps.draft(lead, team, id).orElseThrow().text();

        RoadmapChanges fork = roadmaps.changes(lead, team, id, text).orElseThrow();
        assertThat(fork.against()).contains("senior-judgment");
        assertThat(fork.lines()).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(RoadmapChanges.Kind.ADDED);
            assertThat(l.text()).isEqualTo("id: " + id);
            assertThat(l.after()).isEqualTo(5);
        }).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(RoadmapChanges.Kind.REMOVED);
            assertThat(l.text()).isEqualTo("id: senior-judgment");
            assertThat(l.before()).isEqualTo(5);
        });

        publish(id, text);
        RoadmapChanges none = roadmaps.changes(lead, team, id, roadmaps.draft(lead, team, id).orElseThrow().text()).orElseThrow();
        RoadmapChanges one = roadmaps.changes(lead, team, id, roadmaps.draft(lead, team, id).orElseThrow().text()
                .replace("title: \"Our path\"", "title: \"Our better path\"")).orElseThrow();
        assertThat(none.against()).contains("version 1");
        assertThat(none.none()).isTrue();
        assertThat(one.added()).isEqualTo(1);
        assertThat(one.removed()).isEqualTo(1);
        assertThat(one.lines()).filteredOn(l -> l.kind() == RoadmapChanges.Kind.HUNK).hasSize(1);
    }

    @Test
    void aStaleSaveIsAConflictThatKeepsTheSavedDraft() {
        String id = newId();
        TeamRoadmap start = started(id, "");
        String text = roadmaps.draft(lead, team, id).orElseThrow().text();

        TeamRoadmapDraft first = saved(roadmaps.save(lead, team, id, new TeamRoadmapEdit(text + "# first\n"), start.version()));
        Outcome<TeamRoadmapDraft> stale = roadmaps.save(lead, team, id, new TeamRoadmapEdit(text + "# second\n"), start.version());

        assertThat(stale).isInstanceOfSatisfying(Outcome.Conflict.class, c -> assertThat(((TeamRoadmapDraft) c.current()).text()).endsWith("# first\n"));
        assertThat(roadmaps.draft(lead, team, id).orElseThrow().text()).endsWith("# first\n");
        assertThat(roadmaps.draft(lead, team, id).orElseThrow().roadmap().version()).isEqualTo(first.roadmap().version());
        assertThat(roadmaps.publish(lead, team, id, new TeamRoadmapEdit(text), start.version())).isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void aPublishedVersionIsSeenByTheTeamOnlyAndNeverListedPublicly() {
        String id = newId();
        started(id, "");

        TeamRoadmapPublished published = publish(id, twoTopics(id, "Second things", true));

        assertThat(published.release().version()).isEqualTo(1);
        assertThat(published.roadmap().publishedVersion()).isEqualTo(1);
        assertThat(published.roadmap().unpublishedChanges()).isFalse();
        assertThat(catalog.roadmaps()).extracting(RoadmapSummary::id).doesNotContain(id);
        assertThat(catalog.roadmapsOf(team)).extracting(RoadmapSummary::id).containsExactly(id);
        assertThat(catalog.roadmap(id, lead)).isPresent();
        assertThat(catalog.roadmap(id, member)).isPresent();
        assertThat(catalog.roadmap(id, mentor)).isPresent();
        assertThat(catalog.roadmap(id, outsider)).isEmpty();
        assertThat(catalog.roadmap(id, null)).isEmpty();
        assertThat(roadmaps.roadmaps(member, team).orElseThrow()).extracting(TeamRoadmap::id).containsExactly(id);
        assertThat(learning.enroll(outsider, id, new EnrollmentForm(null, 5))).isInstanceOf(Outcome.NotFound.class);
        assertThat(learning.enroll(member, id, new EnrollmentForm(null, 5))).isInstanceOf(Outcome.Saved.class);
        assertThat(catalog.source(id).orElseThrow()).contains("version: 1");
    }

    @Test
    void membersProgressSurvivesANewVersionAndTheReleaseNamesWhatWasRemoved() {
        String id = newId();
        started(id, "");
        publish(id, twoTopics(id, "Second things", true));
        Enrollment enrollment = saved(learning.enroll(member, id, new EnrollmentForm(null, 5)));
        saved(progress.setStatus(member, enrollment.id(), "first", TopicStatus.DONE, -1, false));

        TeamRoadmapPublished second = publish(id, twoTopics(id, "Second things renamed", true));
        assertThat(second.release().version()).isEqualTo(2);
        assertThat(second.release().changed()).extracting(c -> c.id()).contains("second");
        assertThat(learning.journey(member, enrollment.id()).orElseThrow().of("first").status()).isEqualTo(TopicStatus.DONE);
        assertThat(learning.journey(member, enrollment.id()).orElseThrow().roadmap().version()).isEqualTo(2);

        TeamRoadmapPublished third = publish(id, twoTopics(id, "Second things renamed", false));
        assertThat(third.release().version()).isEqualTo(3);
        assertThat(third.release().removed()).extracting(c -> c.kind() + " " + c.id()).containsExactly("topic first");
        assertThat(third.message()).contains("1 removed");
        assertThat(learning.journey(member, enrollment.id()).orElseThrow().roadmap().topic("first")).isEmpty();
    }

    @Test
    void publishingNothingNewOrAFileWithProblemsPublishesNothing() {
        String id = newId();
        started(id, "");
        String text = twoTopics(id, "Second things", true);
        publish(id, text);
        int version = roadmaps.draft(lead, team, id).orElseThrow().roadmap().version();

        Outcome<TeamRoadmapPublished> same = roadmaps.publish(lead, team, id, new TeamRoadmapEdit(text), version);
        Outcome<TeamRoadmapPublished> broken = roadmaps.publish(lead, team, id, new TeamRoadmapEdit(text.replace("kind: practice", "kind: nope")), version);
        Outcome<TeamRoadmapPublished> empty = roadmaps.publish(lead, team, id, new TeamRoadmapEdit("  "), version);

        assertThat(same.fieldErrors().get("yaml")).startsWith("Nothing changed since version 1");
        assertThat(broken.fieldErrors().get("yaml")).contains("1 problem", "nothing was published");
        assertThat(empty.fieldErrors()).containsKey("yaml");
        assertThat(catalog.roadmap(id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aTeamRoadmapsIdCannotBeTakenOverByAnUploadOrAnotherTeam() {
        String id = newId();
        started(id, "");
        publish(id, twoTopics(id, "Second things", true));
        UUID otherTeam = fixtures.team(outsider, "Takeover team");

        PublishResult upload = catalog.publish("x.yaml", twoTopics(id, "Ours now", true).replace("version: 1", "version: 9"), RoadmapSource.UPLOAD);
        PublishResult other = catalog.publish("x.yaml", twoTopics(id, "Ours now", true).replace("version: 1", "version: 9"), otherTeam);
        PublishResult builtIn = catalog.publish("x.yaml", twoTopics("senior-judgment", "Ours now", true).replace("version: 1", "version: 99"), team);

        assertThat(upload.outcome()).isEqualTo(PublishResult.Outcome.REFUSED);
        assertThat(upload.message()).contains("already taken by another roadmap");
        assertThat(other.outcome()).isEqualTo(PublishResult.Outcome.REFUSED);
        assertThat(builtIn.outcome()).isEqualTo(PublishResult.Outcome.REFUSED);
        assertThat(catalog.roadmap(id).orElseThrow().version()).isEqualTo(1);
        assertThat(catalog.roadmaps()).extracting(RoadmapSummary::id).contains("senior-judgment");
    }

    @Test
    void aLeadAssignsTheTeamsOwnRoadmapButNotAnotherTeams() {
        String id = newId();
        started(id, "");
        publish(id, twoTopics(id, "Second things", true));
        UUID otherTeam = fixtures.team(outsider, "Assigning team");
        UUID otherMember = fixtures.join(outsider, otherTeam, "Oli Other", TeamRole.MEMBER);
        LocalDate start = learning.today().plusDays(1);

        assertThat(assignments.roadmaps(team)).extracting(r -> r.id()).contains(id, "senior-judgment");
        assertThat(assignments.roadmaps(otherTeam)).extracting(r -> r.id()).doesNotContain(id);
        Assignment assigned = saved(assignments.assign(lead, team, new AssignmentForm(member.toString(), id, start, 4))).getFirst();
        assertThat(saved(assignments.accept(member, team, assigned.id(), assigned.version())).kept()).isFalse();
        assertThat(assignments.assign(outsider, otherTeam, new AssignmentForm(otherMember.toString(), id, start, 4)).fieldErrors())
                .containsEntry("roadmapId", Assignments.UNKNOWN_ROADMAP);
    }

    @Test
    void theRoadmapIsTheTeamsWhenItsLeadLeavesAndHiddenFromEveryoneWhenTheTeamIsGone() {
        String id = newId();
        started(id, "");
        publish(id, twoTopics(id, "Second things", true));
        Enrollment enrollment = saved(learning.enroll(member, id, new EnrollmentForm(null, 5)));
        saved(teams.changeRole(lead, team, mentor, new TeamRoleChange(TeamRole.LEAD), teams.team(lead, team).orElseThrow().team().version()));

        saved(teams.leave(lead, team));
        assertThat(roadmaps.roadmaps(mentor, team).orElseThrow()).extracting(TeamRoadmap::id).containsExactly(id);
        assertThat(roadmaps.draft(mentor, team, id)).as("the new lead edits it").isPresent();
        assertThat(catalog.roadmap(id, lead)).as("the lead who left no longer reads it").isEmpty();

        saved(teams.leave(member, team));
        saved(teams.leave(mentor, team));
        assertThat(catalog.roadmap(id, mentor)).isEmpty();
        assertThat(catalog.taken(id)).as("the id stays taken").isTrue();
        assertThat(learning.journey(member, enrollment.id())).as("a former member keeps what they followed").isPresent();
    }
}
