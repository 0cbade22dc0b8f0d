package dev.ascent.lab;

import dev.ascent.accounts.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab in the pages: the library and a model are open to read; a learner writes down a prediction, runs, reads
 * how close they were, changes one knob, runs again and compares; bad knobs come back as messages beside the field
 * with what was typed; a run is its owner's alone; the CSV has a row per second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LabPagesTests {

    static final String MODEL = "/lab/models/slow-consumer-queue";

    @LocalServerPort
    int port;

    private WebSession learner;

    @BeforeEach
    void signUp() {
        learner = new WebSession(port).signUp("Lena Lab", WebSession.uniqueEmail("lab-pages"), WebSession.PASSWORD);
    }

    private static void readsWell(String html) {
        String text = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ");
        assertThat(text).doesNotContainPattern("\\b(null|NaN|undefined)\\b");
    }

    @Test
    void theLibraryAndAModelAreOpenToReadAndRunningNeedsSignIn() {
        WebSession visitor = new WebSession(port);
        String library = visitor.get("/lab").body();
        assertThat(library).contains("Systems lab", "A queue in front of a slow consumer", "The pricing retry storm", "Sign up to run models");
        assertThat(library.split("class=\"card lab-card\"", -1)).hasSize(dev.ascent.lab.format.ModelLibrary.IDS.size() + 1);
        readsWell(library);

        HttpResponse<String> model = visitor.get(MODEL);
        assertThat(model.statusCode()).isEqualTo(200);
        assertThat(model.body()).contains("uploads-api", "processing-queue", "documents-db", "publishes to processing-queue",
                "Sign in to run models", "format: ascent/system@1");
        readsWell(model.body());
        assertThat(visitor.get("/lab/models/no-such-model").statusCode()).isEqualTo(404);
    }

    @Test
    void aLearnerPredictsRunsChangesOneKnobAndCompares() {
        String page = learner.get(MODEL).body();
        assertThat(page).contains("Before you run it: what do you expect?", "name=\"knobs[processing-queue.consumers]\"", "value=\"4\"");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("predictedP99Ms", "40");
        form.put("predictedBottleneck", "processing-queue");
        form.put("knobs[processing-queue.consumers]", "4");
        form.put("started", String.valueOf(System.currentTimeMillis() - 120_000));
        HttpResponse<String> ran = learner.post(MODEL, MODEL + "/runs", form);
        assertThat(ran.statusCode()).isEqualTo(302);
        String first = WebSession.target(ran);
        assertThat(first).startsWith("/lab/runs/");

        String run = learner.get(first).body();
        assertThat(run).contains("What happened", "You expected a p99 of <strong>40.0 ms</strong>", "p99 end to end", "Little's law, checked",
                "Requests a second", "Latency of completed requests", "How busy each component was", "class=\"signal-chart lab-svg\"",
                "data-chart=", "The model as built", "Change a knob and run again");
        readsWell(run);

        form.put("knobs[processing-queue.consumers]", "8");
        form.put("seed", "7");
        String second = WebSession.target(learner.post(first, MODEL + "/runs", form));
        String again = learner.get(second).body();
        assertThat(again).contains("<code>processing-queue.consumers</code> = <strong>8</strong>", "Compare with another run");

        String compare = learner.get("/lab/compare/" + first.substring("/lab/runs/".length()) + "/" + second.substring("/lab/runs/".length())).body();
        assertThat(compare).contains("Before and after", "Changed: processing-queue.consumers", "on the same seed", "p99 latency of completed requests");
        readsWell(compare);

        HttpResponse<byte[]> csv = learner.download(first + ".csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("second,arrived,completed,failed,timeout").contains("processing-queue_busy");
        assertThat(lines).as("a header and a row per simulated second").hasSize(301);

        assertThat(learner.get("/lab").body()).contains("Your latest runs", "Your predictions so far");

        WebSession other = new WebSession(port).signUp("Olaf Other", WebSession.uniqueEmail("lab-other"), WebSession.PASSWORD);
        assertThat(other.get(first).statusCode()).as("another person's run").isEqualTo(404);
        assertThat(other.download(first + ".csv").statusCode()).isEqualTo(404);
        assertThat(other.get("/lab/compare/" + first.substring(10) + "/" + second.substring(10)).statusCode()).isEqualTo(404);
    }

    @Test
    void badKnobsComeBackBesideTheirFieldsWithWhatWasTyped() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("knobs[processing-queue.consumers]", "lots");
        form.put("knobs[uploads-api.replicas]", "0");
        form.put("predictedP99Ms", "-3");
        HttpResponse<String> refused = learner.post(MODEL, MODEL + "/runs", form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("value=\"lots\"", "Consumers: give a number, such as 4.", "value=\"0\"",
                "Replicas: give a number from 1 to 1000.", "Expect a p99 above 0 ms.", "aria-invalid=\"true\"");
        readsWell(refused.body());
    }

    @Test
    void aLearnerEditsAModelSeesEveryProblemWithItsLineAndRunsTheirVersion() {
        String editor = learner.get(MODEL + "/edit").body();
        assertThat(editor).contains("Edit the model", "format: ascent/system@1", "Check and run");
        String yaml = org.springframework.web.util.HtmlUtils.htmlUnescape(editor.substring(editor.indexOf("name=\"yaml\""))
                .replaceFirst("(?s)^[^>]*>", "").replaceFirst("(?s)</textarea>.*", ""));
        assertThat(yaml).startsWith("format: ascent/system@1");

        String broken = yaml.replace("to: processing-queue", "to: procesing-queue").replace("consumers: 4", "consumers: -4");
        HttpResponse<String> checked = learner.post(MODEL + "/edit", "/lab/edit", Map.of("from", "slow-consumer-queue", "yaml", broken, "action", "run"));
        assertThat(checked.statusCode()).isEqualTo(422);
        assertThat(checked.body()).contains("problems</strong> — nothing ran", "procesing-queue", "line ", "procesing-queue", "consumers: -4");
        readsWell(checked.body());

        String mine = yaml.replace("title: A queue in front of a slow consumer", "title: My queue with six consumers").replace("consumers: 4", "consumers: 6");
        HttpResponse<String> valid = learner.post(MODEL + "/edit", "/lab/edit", Map.of("from", "slow-consumer-queue", "yaml", mine, "action", "check"));
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).contains("valid (slow-consumer-queue");
        HttpResponse<String> ran = learner.post(MODEL + "/edit", "/lab/edit", Map.of("from", "slow-consumer-queue", "yaml", mine, "action", "run"));
        assertThat(ran.statusCode()).isEqualTo(302);
        assertThat(learner.get(WebSession.target(ran)).body()).contains("My queue with six consumers", "What happened");
    }

    @Test
    void theModelPageStartsTheFormFromKnobsInItsAddress() {
        String page = learner.get("/lab/models/retry-storm?knobs%5Bpricing.replicas%5D=16&knobs%5Bcatalog%3Epricing.attempts%5D=1"
                + "&knobs%5Bno.such%5D=3&knobs%5Bgateway%3Ecatalog.attempts%5D=").body();

        assertThat(page).contains("name=\"knobs[pricing.replicas]\" value=\"16\"", "name=\"knobs[catalog>pricing.attempts]\" value=\"1\"",
                "name=\"knobs[gateway>catalog.attempts]\" value=\"3\"").doesNotContain("no.such");
        readsWell(page);
        // a value the knob refuses is kept as typed and refused beside its field when the learner runs it
        assertThat(learner.get("/lab/models/retry-storm?knobs%5Bpricing.replicas%5D=lots").body())
                .contains("name=\"knobs[pricing.replicas]\" value=\"lots\"");
    }
}
