package dev.ascent.lab.engine;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Results are stored as JSON: what was stored before a field was added still reads. */
class StoredResultTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aComponentSecondStoredBeforeFailuresWereMeasuredReadsThemAsZero() {
        String stored = """
                {"component":"api","utilisation":0.5,"queueDepth":1.0,"inSystem":2.0,"workers":4.0}""";
        assertThat(json.readValue(stored, RunResult.ComponentSecond.class))
                .isEqualTo(new RunResult.ComponentSecond("api", 0.5, 1.0, 2.0, 4.0, 0));
    }

    @Test
    void aResultReadsBackAsItWasWritten() {
        SystemModel model = Queues.model(new Arrivals.Constant(100), 5, List.of(Queues.service("api", 1, 1, 0, Queues.ms(20))),
                List.of());
        RunResult result = Queues.run(model);
        assertThat(result.seconds().get(2).components().getFirst().failed()).isPositive();
        assertThat(json.readValue(json.writeValueAsString(result), RunResult.class)).isEqualTo(result);
    }
}
