package dev.ascent.learning;

import dev.ascent.practice.ScenarioCompleted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learning module on its own, with the catalog and platform beans it uses and without practice:
 * practice's {@link ScenarioCompleted}, published in a transaction, reaches learning after it commits
 * and is credited as practice time and progress on the topics of the roadmap the learner follows.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class PracticeCreditModuleTests {

    @Autowired
    Learning learning;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCompletedScenarioIsCreditedOnlyOnTheTopicsOfTheRoadmapsTheLearnerFollows(Scenario scenario) {
        UUID learner = UUID.randomUUID();
        // the accounts module is not started here; its table is, with every module's migrations
        jdbc.sql("insert into accounts.accounts (id, email, display_name, password_hash, role) values (:id, :email, 'Mo Module', 'unused', 'LEARNER')")
                .param("id", learner).param("email", learner + "@module.test").update();
        UUID enrollment = ((dev.ascent.platform.Outcome.Saved<Enrollment>) learning.enroll(learner, "senior-judgment", new EnrollmentForm(null, null))).value().id();
        var completed = new ScenarioCompleted(learner, UUID.randomUUID(), "retry-storm", "Retry storm",
                List.of("senior-judgment/stability-patterns", "backend-growth-map/ms-fault-tolerance", "senior-judgment/incident-response"),
                20, learning.today());

        scenario.publish(completed)
                .andWaitForStateChange(() -> credited(enrollment), rows -> !rows.isEmpty())
                .andVerify(rows -> {
                    assertThat(rows).as("not the topic of a roadmap the learner does not follow")
                            .extracting(row -> row.get("topic_id")).containsExactlyInAnyOrder("stability-patterns", "incident-response");
                    assertThat(rows).allSatisfy(row -> {
                        assertThat(row.get("kind")).isEqualTo("PRACTICE");
                        assertThat(row.get("minutes")).as("the 20 minutes shared by the two topics").isEqualTo(10);
                        assertThat(row.get("status")).as("a topic not started is now being learned").isEqualTo("LEARNING");
                    });
                });
    }

    private List<Map<String, Object>> credited(UUID enrollment) {
        return jdbc.sql("""
                        select t.topic_id, t.kind, t.minutes, p.status from learning.time_entries t
                        left join learning.topic_progress p on p.enrollment_id = t.enrollment_id and p.topic_id = t.topic_id
                        where t.enrollment_id = :enrollment
                        """)
                .param("enrollment", enrollment).query().listOfRows();
    }
}
