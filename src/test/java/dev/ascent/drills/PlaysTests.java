package dev.ascent.drills;

import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.Learning;
import dev.ascent.platform.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays end to end on the service: the clock stepped by hand (a play starts paused, so no wall time is involved), alerts
 * firing from the replayed simulation, an action applying after its delay and the drill recovering, the numbers kept,
 * the debrief written and kept in the journal; and every refusal.
 */
@SpringBootTest
class PlaysTests {

    static final String DRILL = "bad-deploy-latency";

    @Autowired Plays plays;
    @Autowired Debriefs debriefs;
    @Autowired TestAccounts accounts;
    @Autowired Learning learning;
    @Autowired JdbcClient jdbc;

    private UUID person(String name) {
        return accounts.signUp(name, WebSession.uniqueEmail("drills"), WebSession.PASSWORD, "test").value().id();
    }

    static <T> T saved(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Saved.class);
        return ((Outcome.Saved<T>) outcome).value();
    }

    private Live step(UUID me, Live live, int minutes) {
        Live current = live;
        for (int i = 0; i < minutes; i++) {
            if (!current.play().running()) {
                return current;
            }
            current = saved(plays.clock(me, current.play().id(), Plays.ClockCommand.STEP_60, null, current.play().version()));
        }
        return current;
    }

    @Test
    void aPlayRecoversWhenTheOnCallRollsBackAndKeepsItsNumbers() {
        UUID me = person("Oona On-call");
        learning.enroll(me, "senior-judgment", new EnrollmentForm(null, 6));
        Play play = saved(plays.start(me, DRILL));
        Live live = plays.live(me, play.id()).orElseThrow();
        assertThat(live.paused()).isTrue();
        assertThat(live.clock()).isZero();
        assertThat(live.firings()).isEmpty();

        live = step(me, live, 4);
        assertThat(live.clock()).isEqualTo(240);
        assertThat(live.firing()).as("the page fired after the release").extracting(f -> f.alert().id()).contains("slow-site");
        assertThat(live.lines()).as("the deployer logged the release").anyMatch(l -> l.text().contains("4.8.0 rolled out"));
        assertThat(live.lines()).as("web's log says how slow, from the p99 at that second").filteredOn(l -> l.text().startsWith("slowest renders"))
                .isNotEmpty().allSatisfy(l -> assertThat(Integer.parseInt(l.text().replaceAll("\\D*(\\d+) ms .*", "$1"))).isGreaterThan(500));
        assertThat(live.assessment().recovered()).isFalse();

        live = saved(plays.acknowledge(me, play.id(), "slow-site", live.play().version()));
        live = saved(plays.act(me, play.id(), "rollback", live.play().version()));
        assertThat(live.actionsTaken()).hasSize(1);
        live = step(me, live, 5);

        assertThat(live.play().state()).isEqualTo(Play.State.RECOVERED);
        PlayResult result = live.play().result();
        assertThat(result).isNotNull();
        assertThat(result.timeToDetect()).isPositive();
        assertThat(result.timeToMitigate()).isGreaterThan(result.timeToDetect());
        assertThat(result.actions()).singleElement().satisfies(a -> {
            assertThat(a.actionId()).isEqualTo("rollback");
            assertThat(a.breachedWithout()).as("without the rollback the SLO stays out to the end").isGreaterThan(a.breachedWith() + 60);
            assertThat(a.helped()).isTrue();
        });
        assertThat(live.lines()).anyMatch(l -> l.text().contains("4.7.3 restored"));
        assertThat(jdbc.sql("select count(*) from learning.time_entries t join learning.enrollments e on e.id = t.enrollment_id where e.account_id = :a").param("a", me).query(Long.class).single())
                .as("the drill counts as practice on the topics followed").isPositive();

        Map<String, String> sections = new LinkedHashMap<>(debriefs.view(me, play.id()).orElseThrow().debrief().sections());
        assertThat(sections.get("impact")).contains("requests failed");
        Map<String, String> bad = new LinkedHashMap<>(sections);
        bad.put("summary", "x".repeat(DebriefSection.MAX_LENGTH + 1));
        bad.put("lucky", "a\u0000b");
        assertThat(debriefs.save(me, play.id(), bad, 0).fieldErrors()).containsOnlyKeys("summary", "lucky");
        bad.put("summary", " ");
        bad.remove("lucky");
        assertThat(debriefs.save(me, play.id(), bad, 0).fieldErrors()).as("the summary is required").containsOnlyKeys("summary");
        sections.put("summary", "A release made web fourteen times slower; rolling back fixed it.");
        Debriefs.View view = saved(debriefs.save(me, play.id(), sections, 0));
        assertThat(view.debrief().journalEntryId()).isNotNull();
        assertThat(jdbc.sql("select title from learning.journal_entries where id = :id").param("id", view.debrief().journalEntryId())
                .query(String.class).single()).isEqualTo("Incident drill: Checkout slows down after a routine release");
        assertThat(debriefs.save(me, play.id(), sections, 0)).as("a stale version").isInstanceOf(Outcome.Conflict.class);
        String markdown = Debriefs.markdown(view.live(), view.debrief());
        assertThat(markdown).contains("# Debrief: Checkout slows down", "## Summary", "## Timeline", "action: Roll web back to 4.7.3",
                "alert fired: Site p99 above 500 ms");

        // the export carries the play and its debrief; restored into a fresh account it reads the same and replays
        DrillsExport exported = data.export(me);
        assertThat(exported.plays()).singleElement().satisfies(p -> assertThat(p.debrief().get("summary")).startsWith("A release made web"));
        UUID fresh = person("Oona Again");
        data.restore(fresh, json.valueToTree(exported));
        assertThat(data.export(fresh)).isEqualTo(exported);
        Play restored = plays.plays(fresh).getFirst();
        assertThat(plays.live(fresh, restored.id()).orElseThrow().firings()).extracting(f -> f.alert().id()).contains("slow-site");
        assertThat(debriefs.view(fresh, restored.id()).orElseThrow().debrief().section(DebriefSection.SUMMARY)).startsWith("A release made web");

        // the debrief may be sent for review like other work
        assertThat(debriefReviews.candidates(me)).extracting(dev.ascent.teams.ReviewItem::item).containsExactly("debrief:" + play.id());
        assertThat(debriefReviews.resolve(me, "debrief:" + play.id())).hasValueSatisfying(subject -> assertThat(subject.content()).contains("## Summary"));
        assertThat(debriefReviews.resolve(fresh, "debrief:" + play.id())).as("not another person's").isEmpty();
        assertThat(debriefReviews.resolve(me, "debrief:not-a-uuid")).isEmpty();
    }

    @Autowired dev.ascent.teams.Teams teams;
    @Autowired dev.ascent.teams.TeamFixtures teamFixtures;

    @Test
    void aGameMasterIsALeadOrMentorOfTheMembersTeamAndLosesThePlayWhenTheyLeave() {
        UUID lead = person("Gia Lead");
        UUID mentor = person("Moe Mentor");
        UUID member = person("Mae Member");
        UUID peer = person("Pat Peer");
        UUID outsider = person("Oz Outsider");
        UUID team = teamFixtures.team(lead, "Drill team");
        teamFixtures.join(lead, team, mentor, dev.ascent.teams.TeamRole.MENTOR);
        teamFixtures.join(lead, team, member, dev.ascent.teams.TeamRole.MEMBER);
        teamFixtures.join(lead, team, peer, dev.ascent.teams.TeamRole.MEMBER);

        assertThat(plays.startAsGameMaster(outsider, team, member, DRILL)).as("outside the team").isInstanceOf(Outcome.NotFound.class);
        assertThat(plays.startAsGameMaster(peer, team, member, DRILL)).as("a member is no game master").isInstanceOf(Outcome.NotFound.class);
        assertThat(plays.startAsGameMaster(mentor, team, outsider, DRILL).fieldErrors()).as("not in the team").containsKey("member");
        assertThat(plays.startAsGameMaster(mentor, team, mentor, DRILL).fieldErrors()).as("not oneself").containsKey("member");

        Play play = saved(plays.startAsGameMaster(mentor, team, member, DRILL));
        assertThat(play.accountId()).isEqualTo(member);
        assertThat(notifications.list(member)).anySatisfy(n -> {
            assertThat(n.title()).isEqualTo("Moe Mentor started an incident drill for you: Checkout slows down after a routine release");
            assertThat(n.link()).isEqualTo("/drills/plays/" + play.id());
        });
        Live watched = plays.live(mentor, play.id()).orElseThrow();
        assertThat(watched.viewerIsGameMaster()).isTrue();
        assertThat(plays.live(lead, play.id())).as("another mentor or lead of the team is not its game master").isEmpty();
        assertThat(plays.act(mentor, play.id(), "rollback", watched.play().version())).as("only the on-call acts").isInstanceOf(Outcome.NotFound.class);
        assertThat(plays.hint(member, play.id(), "self-help", watched.play().version())).as("only the game master hints").isInstanceOf(Outcome.NotFound.class);
        assertThat(plays.inject(mentor, play.id(), "kill-replica", "nowhere", watched.play().version()).fieldErrors()).containsKey("target");
        assertThat(plays.hint(mentor, play.id(), "x".repeat(501), watched.play().version()).fieldErrors()).containsKey("hint");
        saved(plays.hint(mentor, play.id(), "Look at the deploys.", watched.play().version()));
        Live seen = plays.live(member, play.id()).orElseThrow();
        assertThat(seen.hints()).extracting(PlayEntry::detail).containsExactly("Look at the deploys.");
        assertThat(saved(plays.act(member, play.id(), "rollback", seen.play().version())).actionsTaken()).as("a hint never makes the action conflict").hasSize(1);

        saved(teams.leave(mentor, team));
        assertThat(plays.live(mentor, play.id())).as("leaving the team ends the game master's access at once").isEmpty();
        assertThat(plays.live(member, play.id())).isPresent();
    }

    @Autowired dev.ascent.teams.Notifications notifications;
    @Autowired DrillsData data;
    @Autowired DebriefReviews debriefReviews;
    @Autowired tools.jackson.databind.json.JsonMapper json;

    @Test
    void withoutActionsTheDrillRunsOutOfTime() {
        UUID me = person("Idle Ida");
        Play play = saved(plays.start(me, DRILL));
        Live live = step(me, plays.live(me, play.id()).orElseThrow(), 16);
        assertThat(live.play().state()).isEqualTo(Play.State.TIMED_OUT);
        assertThat(live.play().result().timeToMitigate()).isNull();
        assertThat(live.play().result().budgetSpent()).isPositive();
        assertThat(plays.act(me, play.id(), "rollback", live.play().version())).as("acting after the end").isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void badCommandsAreRefusedByFieldAndAStaleVersionIsAConflict() {
        UUID me = person("Tab Two");
        UUID other = person("Nosy Neighbour");
        Play play = saved(plays.start(me, DRILL));
        Live live = plays.live(me, play.id()).orElseThrow();
        int version = live.play().version();

        assertThat(plays.act(me, play.id(), "reboot-the-internet", version).fieldErrors()).containsKey("action");
        assertThat(plays.acknowledge(me, play.id(), "slow-site", version).fieldErrors()).as("not firing yet").containsKey("alert");
        assertThat(plays.clock(me, play.id(), null, 7.0, version).fieldErrors()).containsKey("speed");
        assertThat(plays.hint(me, play.id(), "try this", version)).as("no game master here").isInstanceOf(Outcome.NotFound.class);
        assertThat(plays.start(me, "no-such-drill").fieldErrors()).containsKey("drill");
        assertThat(plays.live(other, play.id())).isEmpty();
        assertThat(plays.act(other, play.id(), "rollback", version)).isInstanceOf(Outcome.NotFound.class);

        saved(plays.act(me, play.id(), "scale-web", version));
        Outcome<Live> second = plays.act(me, play.id(), "rollback", version);
        assertThat(second).as("a second tab acting on what it saw before").isInstanceOf(Outcome.Conflict.class);
        assertThat(plays.live(me, play.id()).orElseThrow().actionsTaken()).hasSize(1);
    }
}
