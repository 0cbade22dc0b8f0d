package dev.ascent.learning;

import dev.ascent.accounts.ImportProblems;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.learning.portability.LearningData;
import dev.ascent.learning.portability.LearningExport;
import dev.ascent.platform.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-offs in learning: recorded through the facade, carried by the journey, exported, imported and erased with the enrolment. */
@SpringBootTest
class CheckpointSignOffDataTests {

    @Autowired
    Learning learning;

    @Autowired
    LearningData data;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JsonMapper json;

    private UUID person(String name) {
        return accounts.signUp(name, WebSession.uniqueEmail("signoff"), WebSession.PASSWORD, "test").value().id();
    }

    private Enrollment enrol(UUID account) {
        return ((Outcome.Saved<Enrollment>) learning.enroll(account, "backend-junior-to-senior", new EnrollmentForm(learning.today().minusMonths(6), 10))).value();
    }

    @Test
    void aSignOffIsRecordedOnlyForAFollowedRoadmapsCheckpointThatAsksForIt() {
        UUID account = person("Sia Signed");
        Enrollment enrollment = enrol(account);

        assertThat(learning.recordSignOff(account, "backend-junior-to-senior", "checkpoint-month-12", "Lara Lead", learning.today(), "- evidence")
                .isSaved()).isTrue();
        assertThat(learning.recordSignOff(account, "backend-junior-to-senior", "no-such-checkpoint", "Lara Lead", learning.today(), "")
                .fieldErrors()).containsKey("checkpoint");
        assertThat(learning.recordSignOff(account, "senior-judgment", "anything", "Lara Lead", learning.today(), "").fieldErrors())
                .containsEntry("roadmap", Learning.SIGN_OFF_UNFOLLOWED);

        assertThat(learning.journey(account, enrollment.id()).orElseThrow().signOff("checkpoint-month-12"))
                .hasValueSatisfying(s -> assertThat(s.signedBy()).isEqualTo("Lara Lead"));
        learning.setEnrollmentStatus(account, enrollment.id(), Enrollment.Status.LEFT);
        assertThat(learning.recordSignOff(account, "backend-junior-to-senior", "checkpoint-month-18", "Lara Lead", learning.today(), "")
                .fieldErrors()).containsEntry("roadmap", Learning.SIGN_OFF_UNFOLLOWED);
    }

    @Test
    void signOffsAreExportedImportedAndErasedWithTheEnrolment() {
        UUID account = person("Sia Export");
        enrol(account);
        learning.recordSignOff(account, "backend-junior-to-senior", "checkpoint-month-6", "Lara Lead", learning.today().minusDays(2), "- 3 topics");

        LearningExport export = data.export(account);
        assertThat(export.enrollments().getFirst().signOffs()).singleElement().satisfies(s -> {
            assertThat(s.checkpointId()).isEqualTo("checkpoint-month-6");
            assertThat(s.evidence()).isEqualTo("- 3 topics");
        });

        UUID restored = person("Sia Restored");
        data.restore(restored, json.valueToTree(export));
        Enrollment copy = learning.enrollments(restored).getFirst();
        assertThat(learning.journey(restored, copy.id()).orElseThrow().signOff("checkpoint-month-6"))
                .hasValueSatisfying(s -> assertThat(s.signedOn()).isEqualTo(learning.today().minusDays(2)));

        data.erase(restored);
        assertThat(learning.enrollments(restored)).isEmpty();
    }

    @Test
    void anImportedSignOffOfACheckpointThatAsksForNoneIsRefused() {
        UUID account = person("Sia Forged");
        enrol(account);
        learning.recordSignOff(account, "backend-junior-to-senior", "checkpoint-month-6", "Lara Lead", learning.today(), "");
        ObjectNode section = json.valueToTree(data.export(account));
        ((ObjectNode) section.get("enrollments").get(0).get("signOffs").get(0)).put("checkpointId", "checkpoint-nowhere");

        UUID other = person("Sia Other");
        assertThatThrownBy(() -> data.restore(other, section)).isInstanceOfSatisfying(ImportProblems.class, problems ->
                assertThat(problems.problems()).containsEntry("enrollments[0].signOffs[0].checkpointId",
                        "The roadmap has no checkpoint 'checkpoint-nowhere' that a mentor signs off."));
        assertThat(learning.enrollments(other)).isEmpty();
    }
}
