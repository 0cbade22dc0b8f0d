package dev.ascent.platform.formats;

import dev.ascent.accounts.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The format pages over real HTTP, for a visitor who has not signed in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormatPagesTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) {
        return new WebSession(port).get(path);
    }

    /** What a reader sees: tags dropped, entities decoded, whitespace collapsed. */
    private static String visible(String html) {
        return html.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<head>.*?</head>", "")
                .replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").replaceAll(" ([,:.])", "$1");
    }

    @Test
    void theOverviewIntroducesEveryFormatWithItsSchemaReferenceCommandAndExample() throws Exception {
        var page = get("/formats");

        assertThat(page.statusCode()).isEqualTo(200);
        String text = visible(page.body());
        assertThat(text).doesNotContainPattern("\\b(null|undefined|NaN)\\b")
                .contains("Ascent roadmap, format ascent/roadmap@1", "A levelled learning roadmap",
                        "Ascent decision scenario, format ascent/scenario@1", "A situation written the way real work arrives",
                        "format: ascent/roadmap@1", "format: ascent/scenario@1",
                        "java -jar target/ascent.jar roadmap validate FILE", "java -jar target/ascent.jar scenario validate FILE",
                        "Ascent system model, format ascent/system@1", "A system for the lab to simulate", "format: ascent/system@1",
                        "java -jar target/ascent.jar system validate FILE",
                        "Example: backend-junior-to-senior.yaml");
        assertThat(page.body()).contains("href=\"/formats/roadmap\"", "href=\"/formats/scenario\"", "href=\"/formats/system\"",
                "href=\"/schemas/system-v1.json\"",
                "href=\"/schemas/roadmap-v1.json\"", "href=\"/schemas/scenario-v1.json\"",
                "href=\"/api/v1/roadmaps/backend-junior-to-senior/source\"");
        var example = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/roadmaps/backend-junior-to-senior/source"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(example.statusCode()).as("the example opens in a browser").isEqualTo(200);
        assertThat(example.body()).contains("format: ascent/roadmap@1");
    }

    @Test
    void theNavigationLinksTheFormatPageAndTheSchemasAreStillServed() {
        assertThat(get("/").body()).contains("<a href=\"/formats\">Format</a>").doesNotContain("href=\"/schemas/roadmap-v1.json\">Format");
        assertThat(get("/schemas/roadmap-v1.json").body()).contains("\"$defs\"");
        assertThat(get("/schemas/scenario-v1.json").statusCode()).isEqualTo(200);
        assertThat(get("/schemas/system-v1.json").body()).contains("\"ascent/system@1\"");
    }

    @Test
    void theRoadmapReferenceShowsEveryFieldWithItsTypeAndConstraintsInWords() {
        var page = get("/formats/roadmap");

        assertThat(page.statusCode()).isEqualTo(200);
        String text = visible(page.body());
        assertThat(text).doesNotContainPattern("\\b(null|undefined|NaN)\\b")
                .contains("Ascent roadmap, format ascent/roadmap@1", "Fields", "Defined types",
                        "format required always ascent/roadmap@1", "id required id (string)", "requires optional ids (array)", "from required level (one of 4 values)", "version required integer", "between 1 and 100000",
                        "duration optional object", "How long the path takes",
                        "phases required array of objects", "at least 1 item, at most 50", "each item: no other fields allowed",
                        "kind required one of theory, practice, community", "1–120 characters", "unique items",
                        "pattern ^[a-z0-9]+(-[a-z0-9]+)*$", "exactly 2 items", "more than 0 and at most 1", "at least 1 field");
        assertThat(page.body()).contains("id=\"def-id\"", "<a href=\"#def-id\"><code>id</code></a> (string)", "id=\"def-resource\"",
                "<span class=\"chip schema-required\">required</span>", "href=\"/schemas/roadmap-v1.json\"");
    }

    @Test
    void theScenarioReferenceGivesEachSignalTypeItsOwnFields() {
        var page = get("/formats/scenario");

        assertThat(page.statusCode()).isEqualTo(200);
        String text = visible(page.body());
        assertThat(text).doesNotContainPattern("\\b(null|undefined|NaN)\\b")
                .contains("Ascent decision scenario, format ascent/scenario@1",
                        "When type is metric:", "When type is log:", "When type is message:",
                        "chart optional one of line, bars", "How to draw it", "series required array of objects",
                        "points required array of numbers", "at least 2 items, at most 96", "lines required array of strings",
                        "each item: at most 300 characters", "good required string", "10–600 characters");
        assertThat(page.body()).doesNotContain("Example:");
    }

    @Test
    void theSystemReferenceGivesEachKindOfComponentAndFaultItsOwnFields() {
        var page = get("/formats/system");

        assertThat(page.statusCode()).isEqualTo(200);
        String text = visible(page.body());
        assertThat(text).doesNotContainPattern("\\b(null|undefined|NaN)\\b")
                .contains("Ascent system model, format ascent/system@1",
                        "When kind is load-balancer:", "When kind is service:", "When kind is cache:", "When kind is database:",
                        "When kind is queue:", "When kind is external:",
                        "When kind is kill-replicas:", "When kind is partition:", "When kind is cache-flush:",
                        "A number and a unit: ms, s, m or h", "replicas optional integer", "between 1 and 1000",
                        "exactly one of constant, exponential, lognormal or percentiles", "Requests a second, at most 100000");
        assertThat(page.body()).contains("id=\"def-duration\"", "id=\"def-distribution\"", "id=\"def-call\"", "href=\"/schemas/system-v1.json\"");
    }

    @Test
    void theDrillReferenceGivesEachFaultKindItsOwnFieldsAndIsListedWithItsCommand() {
        var page = get("/formats/drill");

        assertThat(page.statusCode()).isEqualTo(200);
        String text = visible(page.body());
        assertThat(text).doesNotContainPattern("\\b(null|undefined|NaN)\\b")
                .contains("Ascent incident drill, format ascent/drill@1", "When kind is slow:", "When kind is partition:",
                        "solution required", "The hidden fault timeline.", "at least 2 items, at most 40")
                .as("every reference in the schema resolves").doesNotContain("a type this page cannot show");
        assertThat(page.body()).contains("id=\"def-effect\"", "id=\"def-metric\"", "href=\"/schemas/drill-v1.json\"");
        String overview = visible(get("/formats").body());
        assertThat(overview).contains("Ascent incident drill, format ascent/drill@1", "format: ascent/drill@1",
                "java -jar target/ascent.jar drill validate FILE");
        assertThat(get("/schemas/drill-v1.json").body()).contains("\"ascent/drill@1\"");
    }

    @Test
    void anUnknownFormatIsTheUsualNotFoundPage() {
        var page = get("/formats/nope");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(visible(page.body())).contains("Page not found", "There is no format 'nope'.");
    }
}
