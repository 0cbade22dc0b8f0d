package dev.ascent.teams;

import dev.ascent.StatementLog;
import dev.ascent.accounts.WebSession;
import dev.ascent.learning.Learning;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead's overview costs the same number of statements for a team of 2 as for a team of 20 (and so for 200):
 * no read per member, per topic or per phase. Members are made straight in the tables, as the bench's dataset is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementLog.class)
class OverviewStatementCountTests {

    @LocalServerPort
    int port;

    @Autowired
    TeamFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Learning learning;

    /** A lead signed in over HTTP with a team of {@code members} who each follow the roadmap, finished topics and logged time. */
    private List<String> statementsForTeamOf(int members) {
        String email = WebSession.uniqueEmail("counting");
        WebSession lead = new WebSession(port).signUp("Cora Counting", email, WebSession.PASSWORD);
        UUID leadId = jdbc.sql("select id from accounts.accounts where email = :e").param("e", email.toLowerCase()).query(UUID.class).single();
        UUID team = fixtures.team(leadId, "Counted " + members);
        List<String> topics = fixtures.roadmap().phases().getFirst().topicIds();
        for (int i = 0; i < members; i++) {
            UUID member = UUID.randomUUID();
            UUID enrollment = UUID.randomUUID();
            jdbc.sql("insert into teams.memberships (team_id, account_id, role) values (:t, :a, 'MEMBER')").param("t", team).param("a", member).update();
            jdbc.sql("insert into learning.enrollments (id, account_id, roadmap_id, start_date, weekly_hours) values (:e, :a, :r, :s, 10)")
                    .param("e", enrollment).param("a", member).param("r", TeamFixtures.ROADMAP).param("s", learning.today().minusWeeks(i + 1)).update();
            for (int t = 0; t < 1 + i % 3; t++) {
                jdbc.sql("insert into learning.topic_progress (enrollment_id, topic_id, status, done_on) values (:e, :t, 'DONE', :d)")
                        .param("e", enrollment).param("t", topics.get(t)).param("d", learning.today().minusDays(t)).update();
            }
            jdbc.sql("insert into learning.time_entries (enrollment_id, topic_id, day, minutes, kind) values (:e, :t, :d, 45, 'THEORY')")
                    .param("e", enrollment).param("t", topics.getFirst()).param("d", learning.today()).update();
            if (i % 4 == 3) {
                jdbc.sql("insert into teams.privacy (team_id, account_id, share_progress, version) values (:t, :a, false, 1)")
                        .param("t", team).param("a", member).update();
            }
        }
        lead.get("/teams/" + team);   // the session's first writes are not the point
        StatementLog.clear();
        HttpResponse<String> page = lead.get("/teams/" + team + "/overview?sort=-pace");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("not shared".substring(0, 3));
        return StatementLog.withoutSession();
    }

    @Test
    void theOverviewOfTwentyMembersTakesAsManyStatementsAsTheOverviewOfTwo() {
        List<String> two = statementsForTeamOf(2);
        List<String> twenty = statementsForTeamOf(20);

        assertThat(twenty).as("statements for 20 members: %s", twenty).hasSameSizeAs(two);
        // 12 since the open review requests joined the table (one read for the whole team), 11 before
        assertThat(twenty.size()).as("a small fixed number").isLessThanOrEqualTo(14);
    }
}
