package dev.ascent.teams;

import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Level;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.Learning;
import dev.ascent.learning.Proficiency;
import dev.ascent.learning.progress.Assessment;
import dev.ascent.learning.progress.Progress;
import dev.ascent.platform.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.ascent.teams.TeamsTests.saved;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check-ins and 1:1 notes as a specification: who sees what (each side's levels hidden until both are in, a member's
 * check-ins only to them and the team's mentors and leads, 1:1 notes only to the two), what submitting and agreeing
 * need, that one check-in is open at a time, that stale versions are conflicts, and what erasure leaves.
 */
@SpringBootTest
@RecordApplicationEvents
class CheckInsTests {

    static final String ROADMAP = "backend-growth-map";
    static final String PHASE = "backend-foundations";

    @Autowired CheckIns checkIns;
    @Autowired OneOnOnes oneOnOnes;
    @Autowired Teams teams;
    @Autowired Invitations invitations;
    @Autowired TestAccounts accounts;
    @Autowired Learning learning;
    @Autowired Progress progress;
    @Autowired Catalog catalog;
    @Autowired ApplicationEvents events;
    @Autowired dev.ascent.accounts.PersonalData[] personalData;

    UUID lead;
    UUID mentor;
    UUID member;
    UUID otherMember;
    UUID team;
    List<String> topics;

    private UUID person(String name) {
        return accounts.signUp(name, WebSession.uniqueEmail(name.toLowerCase().replace(' ', '-')), WebSession.PASSWORD, "test").value().id();
    }

    private void join(UUID who, TeamRole role) {
        String path = saved(invitations.invite(lead, team, new InvitationForm(role, null))).path();
        saved(invitations.accept(who, path.substring(path.lastIndexOf('/') + 1)));
    }

    @BeforeEach
    void aTeamWithAMentorAndTwoMembers() {
        lead = person("Lena Lead");
        mentor = person("Milo Mentor");
        member = person("Mara Member");
        otherMember = person("Otto Other");
        team = saved(teams.create(lead, new TeamForm("Check-in team"))).id();
        join(mentor, TeamRole.MENTOR);
        join(member, TeamRole.MEMBER);
        join(otherMember, TeamRole.MEMBER);
        UUID enrollment = saved(learning.enroll(member, ROADMAP, new EnrollmentForm(null, 8))).id();
        topics = catalog.roadmap(ROADMAP).orElseThrow().phases().stream().filter(p -> p.id().equals(PHASE)).findFirst().orElseThrow().topicIds();
        assertThat(progress.assess(member, enrollment, new Assessment(Map.of(topics.get(0), Proficiency.WORKING))).isSaved()).isTrue();
    }

    private Map<String, Proficiency> all(Proficiency level) {
        Map<String, Proficiency> levels = new HashMap<>();
        topics.forEach(topic -> levels.put(topic, level));
        return levels;
    }

    private CheckIn started() {
        return saved(checkIns.start(mentor, team, member, new CheckInStart(ROADMAP + "/" + PHASE, null)));
    }

    @Test
    void aMentorStartsOneOnAPhaseTheMemberFollowsWithTheMembersOwnLevelsAsTheirStart() {
        CheckIn checkIn = started();

        assertThat(checkIn.assessorId()).isEqualTo(mentor);
        assertThat(checkIn.lines()).extracting(CheckIn.Line::topicId).containsExactlyElementsOf(topics);
        assertThat(checkIn.lines().getFirst().self()).as("the mentor does not see the member's side yet").isNull();
        CheckIn asMember = checkIns.checkIn(member, team, checkIn.id()).orElseThrow();
        assertThat(asMember.lines().getFirst().self()).isEqualTo(Proficiency.WORKING);
        assertThat(asMember.lines().get(1).self()).as("topics they never rated start unrated").isNull();
        assertThat(checkIn.state()).isEqualTo(CheckIn.State.WAITING_FOR_BOTH);
        assertThat(events.stream(CheckInStarted.class)).containsExactly(new CheckInStarted(team, checkIn.id(), member, mentor, mentor));
    }

    @Test
    void eachSideIsHiddenFromTheOtherUntilBothAreInThenTheAssessorAgreesALevel() {
        CheckIn checkIn = started();
        Map<String, Proficiency> mine = all(Proficiency.WORKING);
        mine.put(topics.get(1), Proficiency.PROFICIENT);

        CheckIn afterMember = saved(checkIns.assess(member, team, checkIn.id(), new CheckInAssessment(new HashMap<>(mine), true), checkIn.version()));
        CheckIn mentorView = checkIns.checkIn(mentor, team, checkIn.id()).orElseThrow();
        assertThat(mentorView.lines()).allMatch(line -> line.self() == null);
        assertThat(afterMember.state()).isEqualTo(CheckIn.State.WAITING_FOR_ASSESSOR);
        CheckIn leadView = checkIns.checkIn(lead, team, checkIn.id()).orElseThrow();
        assertThat(leadView.lines()).as("another lead of the team sees neither side before both are in").allMatch(l -> l.self() == null && l.assessor() == null);

        CheckIn both = saved(checkIns.assess(mentor, team, checkIn.id(), new CheckInAssessment(new HashMap<>(all(Proficiency.WORKING)), true),
                mentorView.version()));
        assertThat(both.state()).isEqualTo(CheckIn.State.READY_TO_AGREE);
        assertThat(both.differences()).isEqualTo(1);
        assertThat(both.lines().get(1).difference()).isEqualTo(-1);
        assertThat(checkIns.checkIn(lead, team, checkIn.id()).orElseThrow().lines().get(1).self()).isEqualTo(Proficiency.PROFICIENT);

        assertThat(checkIns.assess(member, team, checkIn.id(), new CheckInAssessment(Map.of(), true), both.version()))
                .as("both are in: the levels no longer change").isInstanceOf(Outcome.Conflict.class);
        Outcome<CheckIn> notTheirs = checkIns.agree(member, team, checkIn.id(), new CheckInAgreement(Level.SENIOR, null), both.version());
        assertThat(notTheirs.fieldErrors()).containsKey("level");
        CheckIn agreed = saved(checkIns.agree(mentor, team, checkIn.id(), new CheckInAgreement(Level.INTERMEDIATE, "  Solid on the basics.  "),
                both.version()));

        assertThat(agreed.state()).isEqualTo(CheckIn.State.AGREED);
        assertThat(agreed.agreedNote()).isEqualTo("Solid on the basics.");
        assertThat(events.stream(CheckInAgreed.class)).containsExactly(new CheckInAgreed(team, checkIn.id(), member, mentor, Level.INTERMEDIATE));
        MemberCheckIns history = checkIns.of(member, team, member).orElseThrow();
        assertThat(history.history()).singleElement().satisfies(summary -> {
            assertThat(summary.agreedLevel()).isEqualTo(Level.INTERMEDIATE);
            assertThat(summary.differences()).isEqualTo(1);
            assertThat(summary.topics()).isEqualTo(topics.size());
        });
        assertThat(checkIns.agree(mentor, team, checkIn.id(), new CheckInAgreement(Level.SENIOR, null), agreed.version()))
                .isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void submittingNeedsEveryTopicRatedAndADraftDoesNot() {
        CheckIn checkIn = started();
        Map<String, Proficiency> partly = new HashMap<>();
        partly.put(topics.get(2), Proficiency.AWARE);

        Outcome<CheckIn> early = checkIns.assess(member, team, checkIn.id(), new CheckInAssessment(partly, true), checkIn.version());
        assertThat(early.fieldErrors().get("levels")).startsWith("Give a level for every topic before you submit: " + (topics.size() - 2));
        CheckIn draft = saved(checkIns.assess(member, team, checkIn.id(), new CheckInAssessment(partly, false), checkIn.version()));

        assertThat(draft.memberSubmittedAt()).isNull();
        assertThat(draft.lines().get(2).self()).isEqualTo(Proficiency.AWARE);
        assertThat(draft.lines().get(0).self()).as("the draft left the rest alone").isEqualTo(Proficiency.WORKING);
        assertThat(checkIns.assess(member, team, checkIn.id(), new CheckInAssessment(Map.of("no-such-topic", Proficiency.AWARE), false),
                draft.version()).fieldErrors().get("levels")).contains("no-such-topic", "is not a topic of this check-in");
        assertThat(checkIns.assess(member, team, checkIn.id(), new CheckInAssessment(partly, false), checkIn.version()))
                .as("a stale version").isInstanceOf(Outcome.Conflict.class);
        assertThat(checkIns.assess(lead, team, checkIn.id(), new CheckInAssessment(partly, false), draft.version()).fieldErrors())
                .as("a lead who is not the assessor reads but does not rate").containsKey("levels");
    }

    @Test
    void oneCheckInIsOpenAtATimeAndAStartNamesWhatIsWrongByField() {
        CheckIn first = started();

        assertThat(checkIns.start(lead, team, member, new CheckInStart(ROADMAP + "/" + PHASE, null))).isInstanceOf(Outcome.Conflict.class);
        assertThat(checkIns.start(mentor, team, member, new CheckInStart(ROADMAP + "/no-such-phase", null)).fieldErrors()).containsKey("phase");
        assertThat(checkIns.start(mentor, team, member, new CheckInStart("senior-judgment/" + PHASE, null)).fieldErrors())
                .as("a roadmap the member does not follow").containsKey("phase");
        assertThat(checkIns.start(member, team, member, new CheckInStart("", otherMember)).fieldErrors())
                .as("a member is no assessor, and a phase is needed").containsKeys("phase", "assessor");
        assertThat(saved(checkIns.withdraw(member, team, first.id(), first.version()))).isEqualTo(member);
        CheckIn byMember = saved(checkIns.start(member, team, member, new CheckInStart(ROADMAP + "/" + PHASE, lead)));
        assertThat(byMember.assessorId()).isEqualTo(lead);
    }

    @Test
    void aMembersCheckInsAreNotFoundForOtherMembersOutsidersAndAfterLeaving() {
        CheckIn checkIn = started();
        UUID outsider = person("Oona Outsider");

        assertThat(checkIns.of(otherMember, team, member)).isEmpty();
        assertThat(checkIns.checkIn(otherMember, team, checkIn.id())).isEmpty();
        assertThat(checkIns.checkIn(outsider, team, checkIn.id())).isEmpty();
        assertThat(checkIns.assess(otherMember, team, checkIn.id(), new CheckInAssessment(Map.of(), false), checkIn.version()))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(checkIns.start(outsider, team, member, new CheckInStart(ROADMAP + "/" + PHASE, null))).isInstanceOf(Outcome.NotFound.class);
        assertThat(checkIns.of(otherMember, team, otherMember)).as("their own history").isPresent();

        saved(teams.leave(mentor, team));
        assertThat(checkIns.checkIn(mentor, team, checkIn.id())).as("leaving ends access at once").isEmpty();
    }

    @Test
    void oneOnOneNotesAreReadByTheTwoOnlyAndEachEditsTheirOwn() {
        OneOnOne thread = saved(oneOnOnes.write(mentor, team, member, new OneOnOneNoteForm("We talked about **queues**.")));
        OneOnOne.Note note = thread.notes().getFirst();
        saved(oneOnOnes.write(member, team, mentor, new OneOnOneNoteForm("I will read the chapter on backpressure.")));

        assertThat(oneOnOnes.thread(member, team, mentor).orElseThrow().notes()).extracting(OneOnOne.Note::mine).containsExactly(false, true);
        assertThat(oneOnOnes.thread(lead, team, member).orElseThrow().notes()).as("the lead's own pair with the member is empty").isEmpty();
        assertThat(oneOnOnes.thread(member, team, otherMember)).as("two members keep no 1:1 notes").isEmpty();
        assertThat(oneOnOnes.edit(member, team, mentor, note.id(), new OneOnOneNoteForm("Mine now"), note.version()))
                .as("not their note").isInstanceOf(Outcome.NotFound.class);
        assertThat(oneOnOnes.write(mentor, team, member, new OneOnOneNoteForm("   ")).fieldErrors()).containsKey("body");
        assertThat(oneOnOnes.write(mentor, team, member, new OneOnOneNoteForm("x".repeat(OneOnOneNoteForm.MAX_BODY + 1))).fieldErrors())
                .containsKey("body");
        saved(oneOnOnes.edit(mentor, team, member, note.id(), new OneOnOneNoteForm("We talked about queues and retries."), note.version()));
        assertThat(oneOnOnes.edit(mentor, team, member, note.id(), new OneOnOneNoteForm("Lost update"), note.version()))
                .isInstanceOf(Outcome.Conflict.class);
        assertThat(oneOnOnes.thread(member, team, mentor).orElseThrow().notes().getFirst().body()).isEqualTo("We talked about queues and retries.");

        saved(teams.leave(member, team));
        assertThat(oneOnOnes.thread(mentor, team, member)).as("leaving ends access at once").isEmpty();
    }

    @Test
    void erasingAMemberTakesTheirCheckInsAndNotesAndAnErasedAssessorBecomesAFormerMentor() {
        CheckIn ofMember = started();
        saved(oneOnOnes.write(mentor, team, member, new OneOnOneNoteForm("Private to us")));
        saved(learning.enroll(otherMember, ROADMAP, new EnrollmentForm(null, 8)));
        CheckIn ofOther = saved(checkIns.start(mentor, team, otherMember, new CheckInStart(ROADMAP + "/" + PHASE, null)));
        dev.ascent.accounts.PersonalData mentoring = java.util.Arrays.stream(personalData).filter(p -> p.section().equals("mentoring")).findFirst()
                .orElseThrow();

        assertThat(mentoring.holdsData(member)).isTrue();
        mentoring.erase(member);
        assertThat(mentoring.holdsData(member)).isFalse();
        assertThat(checkIns.checkIn(mentor, team, ofMember.id())).isEmpty();
        assertThat(oneOnOnes.thread(mentor, team, member).orElseThrow().notes()).isEmpty();

        mentoring.erase(mentor);
        CheckIn kept = checkIns.checkIn(otherMember, team, ofOther.id()).orElseThrow();
        assertThat(kept.assessorId()).isNull();
        assertThat(kept.assessorName()).isEqualTo(CheckIn.FORMER_MENTOR);
    }
}
