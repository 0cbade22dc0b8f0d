package dev.ascent.teams;

import dev.ascent.accounts.PersonalData;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Learning;
import dev.ascent.platform.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.ascent.teams.TeamFixtures.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lead's view as a specification: what members share and what leads and mentors see of it, roadmaps leads
 * assign and how members answer, and that leaving a team ends every access at once.
 */
@SpringBootTest
@RecordApplicationEvents
class LeadViewTests {

    @Autowired
    TeamFixtures fixtures;

    @Autowired
    Teams teams;

    @Autowired
    TeamPrivacy privacy;

    @Autowired
    Assignments assignments;

    @Autowired
    TeamOverview overviews;

    @Autowired
    Learning learning;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    dev.ascent.planning.Planner planner;

    @Autowired
    ApplicationEvents events;

    @Autowired
    List<PersonalData> personalData;

    private LocalDate today() {
        return learning.today();
    }

    private Overview overview(UUID me, UUID team) {
        return overviews.overview(me, team, null, null, null).orElseThrow();
    }

    private static Overview.Row row(Overview overview, UUID accountId) {
        return overview.rows().stream().filter(r -> r.accountId().equals(accountId)).findFirst().orElseThrow();
    }

    @Test
    void leadsAndMentorsSeeWhatEachMemberSharesAndNotShareRatherThanBlanks() {
        UUID lead = fixtures.person("Lena Lead");
        UUID team = fixtures.team(lead, "Shared squad");
        UUID mentor = fixtures.join(lead, team, "Mo Mentor", TeamRole.MENTOR);
        UUID open = fixtures.join(lead, team, "Olga Open", TeamRole.MEMBER);
        UUID shy = fixtures.join(lead, team, "Sam Shy", TeamRole.MEMBER);
        Enrollment olgas = fixtures.follow(open, today().minusWeeks(6), 10, 4);
        fixtures.follow(shy, today().minusWeeks(6), 10, 2);
        int version = privacy.privacy(shy, team).orElseThrow().version();
        saved(privacy.save(shy, team, new PrivacyForm(false, true, null), version));

        Overview byMentor = overview(mentor, team);
        Overview.Row olga = row(byMentor, open);
        Overview.Row sam = row(byMentor, shy);

        assertThat(byMentor.roadmap().id()).isEqualTo(TeamFixtures.ROADMAP);
        assertThat(olga.progress()).isEqualTo(Overview.Seen.SHOWN);
        assertThat(olga.percentDone()).isPositive();
        assertThat(olga.lastActivity()).isEqualTo(today());
        assertThat(olga.cells().getFirst().band()).isPositive();
        assertThat(olga.nextCheckpoint()).isNotNull();
        assertThat(olga.weeksAhead()).as("as her own plan page counts it")
                .isEqualTo(planner.projection(open, olgas.id(), null).orElseThrow().weeksAhead());
        assertThat(sam.progress()).isEqualTo(Overview.Seen.NOT_SHARED);
        assertThat(sam.percentDone()).isNull();
        assertThat(sam.level()).isNull();
        assertThat(sam.lastActivity()).isNull();
        assertThat(sam.cells()).allSatisfy(cell -> assertThat(cell.text()).isEqualTo("not shared"));
        assertThat(sam.plan()).isEqualTo(Overview.Seen.SHOWN);
        assertThat(sam.weeksAhead()).isNotNull();
        assertThat(sam.checkpoints()).isEqualTo(Overview.Seen.NOT_SHARED);
        assertThat(sam.nextCheckpoint()).isNull();
        assertThat(row(byMentor, lead).progress()).as("the lead follows nothing").isEqualTo(Overview.Seen.NOT_FOLLOWING);
        assertThat(byMentor.feed()).extracting(Overview.FeedItem::text)
                .anyMatch(t -> t.startsWith("Olga Open finished"))
                .anyMatch(t -> t.equals("Olga Open logged 1 h 30 min."))
                .noneMatch(t -> t.startsWith("Sam Shy finished") || t.startsWith("Sam Shy logged"))
                .anyMatch(t -> t.equals("Sam Shy joined as member."));
        assertThat(events.stream(PrivacyChanged.class)).anyMatch(e -> e.accountId().equals(shy) && !e.shareProgress());
    }

    @Test
    void eachPersonsOpenReviewRequestsAndTheAgeOfTheOldestShowWhateverTheyShare() {
        UUID lead = fixtures.person("Rhea Lead");
        UUID team = fixtures.team(lead, "Reviewed squad");
        UUID mentor = fixtures.join(lead, team, "Rolf Mentor", TeamRole.MENTOR);
        UUID busy = fixtures.join(lead, team, "Bea Busy", TeamRole.MEMBER);
        UUID shy = fixtures.join(lead, team, "Sid Shy", TeamRole.MEMBER);
        fixtures.follow(busy, today().minusWeeks(4), 10, 2);
        saved(privacy.save(shy, team, new PrivacyForm(false, false, false), privacy.privacy(shy, team).orElseThrow().version()));
        OpenReviewRows.asked(jdbc, team, busy, ReviewState.OPEN, java.time.Duration.ofDays(5).plusHours(3));
        OpenReviewRows.asked(jdbc, team, busy, ReviewState.CHANGES_REQUESTED, java.time.Duration.ofDays(2));
        OpenReviewRows.asked(jdbc, team, busy, ReviewState.APPROVED, java.time.Duration.ofDays(9));
        OpenReviewRows.asked(jdbc, team, busy, ReviewState.WITHDRAWN, java.time.Duration.ofDays(8));
        OpenReviewRows.asked(jdbc, team, shy, ReviewState.OPEN, java.time.Duration.ofHours(1));
        UUID elsewhere = fixtures.team(busy, "Bea's own team");
        OpenReviewRows.asked(jdbc, elsewhere, busy, ReviewState.OPEN, java.time.Duration.ofDays(30));

        Overview overview = overview(mentor, team);

        Overview.OpenReviews busyOpen = row(overview, busy).reviews();
        assertThat(busyOpen.count()).as("waiting and in discussion; not decided, not withdrawn, not another team's").isEqualTo(2);
        assertThat(busyOpen.oldestDays()).isEqualTo(5);
        assertThat(busyOpen.text()).isEqualTo("2 open, oldest 5 days");
        assertThat(row(overview, shy).reviews().text()).as("shown though Sid shares nothing: the queue shows it too").isEqualTo("1 open, asked today");
        assertThat(row(overview, mentor).reviews()).isEqualTo(Overview.OpenReviews.NONE);
        assertThat(row(overview, mentor).reviews().text()).isEqualTo("none");
        assertThat(overviews.overview(lead, team, null, null, "reviews").orElseThrow().rows()).extracting(Overview.Row::name)
                .as("longest open first, none last").startsWith("Bea Busy", "Sid Shy");
        assertThat(overviews.overview(lead, team, null, null, "-reviews").orElseThrow().rows()).extracting(Overview.Row::name)
                .startsWith("Sid Shy", "Bea Busy");
    }

    @Test
    void membersDoNotSeeTheOverviewAndOutsidersDoNotSeeTheTeam() {
        UUID lead = fixtures.person("Lars Lead");
        UUID team = fixtures.team(lead, "Closed squad");
        UUID member = fixtures.join(lead, team, "Mia Member", TeamRole.MEMBER);
        UUID outsider = fixtures.person("Otto Outsider");

        assertThatThrownBy(() -> overviews.overview(member, team, null, null, null)).isInstanceOf(MentorsAndLeadsOnly.class);
        assertThat(overviews.overview(outsider, team, null, null, null)).isEmpty();
        assertThat(privacy.privacy(outsider, team)).isEmpty();
        assertThat(privacy.save(outsider, team, new PrivacyForm(true, true, true), 0)).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void aStalePrivacyFormIsAConflictAndNothingIsLost() {
        UUID lead = fixtures.person("Pia Lead");
        UUID team = fixtures.team(lead, "Private squad");
        UUID member = fixtures.join(lead, team, "Pat Private", TeamRole.MEMBER);

        Privacy first = saved(privacy.save(member, team, new PrivacyForm(false, false, false), 0));
        Outcome<Privacy> stale = privacy.save(member, team, new PrivacyForm(true, true, true), 0);

        assertThat(first.version()).isEqualTo(1);
        assertThat(stale).isInstanceOf(Outcome.Conflict.class);
        assertThat(privacy.privacy(member, team).orElseThrow()).extracting(Privacy::shareProgress, Privacy::version).containsExactly(false, 1);
        assertThat(saved(privacy.save(member, team, new PrivacyForm(true, null, null), 1)).version()).isEqualTo(2);
    }

    @Test
    void leavingATeamEndsEveryAccessAtOnce() {
        UUID lead = fixtures.person("Leo Lead");
        UUID team = fixtures.team(lead, "Leaving squad");
        UUID mentor = fixtures.join(lead, team, "Max Mentor", TeamRole.MENTOR);
        UUID member = fixtures.join(lead, team, "Meg Member", TeamRole.MEMBER);
        fixtures.follow(member, today().minusWeeks(2), 8, 1);
        saved(privacy.save(member, team, new PrivacyForm(true, false, true), 0));
        saved(assignments.assign(lead, team, new AssignmentForm(member.toString(), "backend-junior-to-senior", today(), 6)));

        saved(teams.leave(mentor, team));
        saved(teams.leave(member, team));

        assertThat(overviews.overview(mentor, team, null, null, null)).as("the mentor sees nothing any more").isEmpty();
        assertThat(overview(lead, team).rows()).extracting(Overview.Row::accountId).doesNotContain(member);
        assertThat(overview(lead, team).feed()).extracting(Overview.FeedItem::text).contains("Meg Member left the team.", "Max Mentor left the team.");
        assertThat(jdbc.sql("select count(*) from teams.privacy where account_id = :a").param("a", member).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from teams.assignments where account_id = :a").param("a", member).query(Integer.class).single()).isZero();
        assertThat(assignments.ofTeam(member, team)).isEmpty();
    }

    @Test
    void aLeadAssignsAndTheMemberIsEnrolledWithTheSuggestedStartAndHours() {
        UUID lead = fixtures.person("Ada Lead");
        UUID team = fixtures.team(lead, "Assigning squad");
        UUID member = fixtures.join(lead, team, "Ann Assigned", TeamRole.MEMBER);
        LocalDate start = today().plusDays(7);

        Assignment made = saved(assignments.assign(lead, team, new AssignmentForm(member.toString(), "backend-junior-to-senior", start, 7))).getFirst();
        assertThat(assignments.mine(member)).extracting(Assignment::id, Assignment::state).containsExactly(org.assertj.core.groups.Tuple.tuple(made.id(), Assignment.State.OPEN));
        Assignments.Answer answer = saved(assignments.accept(member, team, made.id(), made.version()));

        Enrollment enrollment = learning.enrollment(member, answer.enrollmentId()).orElseThrow();
        assertThat(answer.kept()).isFalse();
        assertThat(enrollment.startDate()).isEqualTo(start);
        assertThat(enrollment.weeklyHours()).isEqualTo(7);
        assertThat(assignments.ofTeam(lead, team).orElseThrow()).extracting(Assignment::state).containsExactly(Assignment.State.ENROLLED);
        assertThat(events.stream(RoadmapAssigned.class)).anyMatch(e -> e.assignmentId().equals(made.id()) && e.by().equals(lead));
        assertThat(events.stream(AssignmentAccepted.class)).anyMatch(e -> e.assignmentId().equals(made.id()) && !e.kept());
        assertThat(assignments.accept(member, team, made.id(), made.version())).as("answered already").isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void aMemberAlreadyFollowingTheRoadmapKeepsTheirEnrolmentAndAnyoneMayDecline() {
        UUID lead = fixtures.person("Kim Lead");
        UUID team = fixtures.team(lead, "Keeping squad");
        UUID keeper = fixtures.join(lead, team, "Kai Keeper", TeamRole.MEMBER);
        UUID decliner = fixtures.join(lead, team, "Dee Decliner", TeamRole.MEMBER);
        Enrollment own = fixtures.follow(keeper, today().minusWeeks(3), 12, 1);

        List<Assignment> made = saved(assignments.assign(lead, team, new AssignmentForm("all", TeamFixtures.ROADMAP, today(), 5)));
        Assignment toKeeper = made.stream().filter(a -> a.accountId().equals(keeper)).findFirst().orElseThrow();
        Assignment toDecliner = made.stream().filter(a -> a.accountId().equals(decliner)).findFirst().orElseThrow();
        Assignments.Answer kept = saved(assignments.accept(keeper, team, toKeeper.id(), toKeeper.version()));
        Assignment declined = saved(assignments.decline(decliner, team, toDecliner.id(), toDecliner.version()));

        assertThat(made).hasSize(2).extracting(Assignment::accountId).doesNotContain(lead);
        assertThat(kept.kept()).isTrue();
        assertThat(kept.enrollmentId()).isEqualTo(own.id());
        assertThat(learning.enrollment(keeper, own.id()).orElseThrow().weeklyHours()).as("their own hours stay").isEqualTo(12);
        assertThat(declined.state()).isEqualTo(Assignment.State.DECLINED);
        assertThat(learning.enrollmentFor(decliner, TeamFixtures.ROADMAP)).isEmpty();
        assertThat(events.stream(AssignmentDeclined.class)).anyMatch(e -> e.assignmentId().equals(toDecliner.id()));
        assertThat(assignments.decline(keeper, team, toDecliner.id(), 0)).as("not theirs").isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void badAssignmentsAreRefusedByField() {
        UUID lead = fixtures.person("Bea Lead");
        UUID team = fixtures.team(lead, "Strict squad");
        UUID member = fixtures.join(lead, team, "Ben Member", TeamRole.MEMBER);
        UUID other = fixtures.person("Otis Other");
        UUID otherTeam = fixtures.team(other, "Other squad");
        UUID otherMember = fixtures.join(other, otherTeam, "Oda Elsewhere", TeamRole.MEMBER);

        assertThat(assignments.assign(lead, team, new AssignmentForm(UUID.randomUUID().toString(), TeamFixtures.ROADMAP, today(), 5)).fieldErrors())
                .containsKey("member");
        assertThat(assignments.assign(lead, team, new AssignmentForm(otherMember.toString(), TeamFixtures.ROADMAP, today(), 5)).fieldErrors())
                .containsEntry("member", "Choose someone in this team.");
        assertThat(assignments.assign(lead, team, new AssignmentForm("not-an-id", TeamFixtures.ROADMAP, today(), 5)).fieldErrors()).containsKey("member");
        assertThat(assignments.assign(lead, team, new AssignmentForm(member.toString(), "no-such-roadmap", today(), 5)).fieldErrors())
                .containsKey("roadmapId");
        assertThat(assignments.assign(lead, team, new AssignmentForm(member.toString(), TeamFixtures.ROADMAP, today().minusDays(1), 5)).fieldErrors())
                .containsKey("startDate");
        assertThat(assignments.assign(lead, team, new AssignmentForm(member.toString(), TeamFixtures.ROADMAP, today().plusYears(3), 5)).fieldErrors())
                .containsKey("startDate");
        assertThat(assignments.assign(lead, team, new AssignmentForm(member.toString(), TeamFixtures.ROADMAP, today(), 0)).fieldErrors())
                .containsEntry("weeklyHours", "Choose between 1 and 80 hours a week.");
        assertThat(assignments.assign(lead, team, new AssignmentForm(member.toString(), TeamFixtures.ROADMAP, today(), 500)).fieldErrors())
                .containsKey("weeklyHours");
        assertThat(assignments.assign(lead, team, new AssignmentForm(null, null, null, null)).fieldErrors())
                .containsKeys("member", "roadmapId", "startDate", "weeklyHours");
        assertThatThrownBy(() -> assignments.assign(member, team, new AssignmentForm(member.toString(), TeamFixtures.ROADMAP, today(), 5)))
                .isInstanceOf(LeadsOnly.class);
        assertThat(assignments.assign(other, team, new AssignmentForm(member.toString(), TeamFixtures.ROADMAP, today(), 5)))
                .isInstanceOf(Outcome.NotFound.class);
        Assignment made = saved(assignments.assign(lead, team, new AssignmentForm(member.toString(), TeamFixtures.ROADMAP, today(), 5))).getFirst();
        assertThat(assignments.assign(lead, team, new AssignmentForm(member.toString(), TeamFixtures.ROADMAP, today(), 5)).fieldErrors())
                .as("one open assignment of a roadmap at a time").containsKey("member");
        assertThat(assignments.accept(member, team, made.id(), made.version() + 1)).as("stale").isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void theExportCarriesPrivacyAndAssignmentsAndErasureRemovesThem() {
        UUID lead = fixtures.person("Eve Lead");
        UUID team = fixtures.team(lead, "Exported squad");
        UUID member = fixtures.join(lead, team, "Eli Exported", TeamRole.MEMBER);
        saved(privacy.save(member, team, new PrivacyForm(false, true, true), 0));
        saved(assignments.assign(lead, team, new AssignmentForm(member.toString(), TeamFixtures.ROADMAP, today(), 5)));
        PersonalData section = personalData.stream().filter(p -> p.section().equals("teams")).findFirst().orElseThrow();

        TeamsExport export = (TeamsExport) section.export(member);
        assertThat(export.privacy()).singleElement().satisfies(p -> assertThat(p.shareProgress()).isFalse());
        assertThat(export.assignments()).singleElement().satisfies(a -> assertThat(a.roadmapId()).isEqualTo(TeamFixtures.ROADMAP));

        section.erase(lead);
        assertThat(jdbc.sql("select count(*) from teams.assignments where assigned_by = :a").param("a", lead).query(Integer.class).single()).isZero();
        assertThat(assignments.mine(member)).as("the assignment stays with the member").hasSize(1);
        section.erase(member);
        assertThat(section.holdsData(member)).isFalse();
        assertThat(jdbc.sql("select count(*) from teams.departures where account_id = :a").param("a", member).query(Integer.class).single()).isZero();
    }
}
