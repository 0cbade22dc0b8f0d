package dev.ascent.catalog.web;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.PublishResult;
import dev.ascent.catalog.RoadmapSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog pages over real HTTP: full pages, htmx fragments, filters, errors and escaping. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String text, String regex) {
        return (int) Pattern.compile(regex).matcher(text).results().count();
    }

    @Test
    void homeShowsACardPerRoadmapWithLevelsDurationAndCounts() throws Exception {
        var page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/roadmaps/backend-junior-to-senior\"", "href=\"/roadmaps/backend-growth-map\"",
                "href=\"/roadmaps/senior-judgment\"", "Junior → Senior", "Junior → Expert", "18–24 months", "10–15 h/week");
        assertThat(count(page.body(), "class=\"card roadmap-card\"")).isEqualTo(catalog.roadmaps().size());
    }

    @Test
    void roadmapPageDrawsTheTimelineTheGraphAndEveryTopic() throws Exception {
        var page = get("/roadmaps/backend-junior-to-senior");
        var roadmap = catalog.roadmap("backend-junior-to-senior").orElseThrow();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Foundation", "months 1–6", "months 3–9", "months 16–24");
        assertThat(count(page.body(), "<a class=\"node ")).isEqualTo(roadmap.topics().size());
        assertThat(count(page.body(), "class=\"edge[ \"]")).isEqualTo(roadmap.topics().stream().mapToInt(t -> t.requires().size()).sum());
        assertThat(count(page.body(), "class=\"checkpoint-mark\"")).isEqualTo(4);
        assertThat(page.body()).contains("id=\"projects\"", "Beginner", "Senior", "id=\"checkpoints\"", "id=\"changelog\"");
    }

    @Test
    void checkpointsAndProjectsNameWhatTheyExpectOnEveryBuiltInRoadmap() throws Exception {
        for (var summary : catalog.roadmaps()) {
            var roadmap = catalog.roadmap(summary.id()).orElseThrow();
            String page = get("/roadmaps/" + roadmap.id()).body();
            String text = page.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ");
            assertThat(text).as(roadmap.id() + " visible text").doesNotContainPattern("\\b(null|undefined|NaN)\\b")
                    .doesNotContainPattern("Draws on:\\s*,").doesNotContainPattern("(Phase|Project):\\s*<");
            assertThat(page).as(roadmap.id() + " has no empty chip").doesNotContainPattern("class=\"chip subtle[^\"]*\">\\s*</span>");
            for (var checkpoint : roadmap.checkpoints()) {
                for (String phase : checkpoint.expects().phases()) {
                    assertThat(page).contains("Phase: " + escaped(roadmap.phase(phase).orElseThrow().title()));
                }
                for (String project : checkpoint.expects().projects()) {
                    assertThat(page).contains("Project: " + escaped(roadmap.project(project).orElseThrow().title()));
                }
            }
        }
    }

    private static String escaped(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }

    @Test
    void filtersTopicsByLevelKindAndTitle() throws Exception {
        var roadmap = catalog.roadmap("backend-junior-to-senior").orElseThrow();
        long seniorPractice = roadmap.topics().stream()
                .filter(t -> t.level().key().equals("senior") && t.kind().key().equals("practice")).count();

        var page = get("/roadmaps/backend-junior-to-senior?level=senior&kind=practice");

        assertThat(page.body()).contains(seniorPractice + " of " + roadmap.topics().size() + " topics match");
        assertThat(count(page.body(), "<a class=\"node [^\"]*\\bmatch\\b")).isEqualTo((int) seniorPractice);

        var search = get("/roadmaps/backend-junior-to-senior?q=DOCKER");
        assertThat(search.body()).containsPattern("[1-9]\\d* of \\d+ topics match").contains("Containeri");
    }

    @Test
    void aPhaseFilterDrawsThatPhaseWithItsOutsidePrerequisitesDashed() throws Exception {
        var roadmap = catalog.roadmap("backend-junior-to-senior").orElseThrow();
        var phase = roadmap.phases().get(3);
        var inside = new java.util.HashSet<>(phase.topicIds());
        long outside = roadmap.topics().stream().filter(t -> inside.contains(t.id()))
                .flatMap(t -> t.requires().stream()).filter(r -> !inside.contains(r)).distinct().count();

        var page = get("/roadmaps/backend-junior-to-senior?phase=" + phase.id());

        assertThat(outside).isPositive();
        assertThat(count(page.body(), "<a class=\"node ")).isEqualTo(inside.size() + (int) outside);
        assertThat(count(page.body(), "<a class=\"node [^\"]*\\boutside\\b")).isEqualTo((int) outside);
        assertThat(page.body()).contains(inside.size() + " of " + roadmap.topics().size() + " topics match",
                "Dashed boxes are prerequisites from other phases.");

        var unknown = get("/roadmaps/backend-junior-to-senior?phase=no-such-phase");
        assertThat(unknown.body()).contains("This roadmap has no phase “no-such-phase”; showing every phase.");
        assertThat(count(unknown.body(), "<a class=\"node ")).isEqualTo(roadmap.topics().size());
    }

    @Test
    void theGraphAndListAreRenderedOncePerVersionAndANewVersionIsDrawnAtOnce() throws Exception {
        String id = "cached-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String file = """
                format: ascent/roadmap@1
                id: %s
                version: %d
                title: Cached
                summary: A roadmap whose graph is rendered once per version.
                levels: {from: junior, to: senior}
                phases:
                  - id: basics
                    title: Basics
                    groups: [{id: core, title: Core, topics: [http, %s]}]
                topics:
                  - {id: http, title: HTTP basics, level: junior, kind: theory, hours: 5, summary: Requests and responses.}
                  - {id: %s, title: %s, level: senior, kind: practice, hours: 5, summary: Something to build., requires: [http]}
                """;
        assertThat(catalog.publish("c.yaml", file.formatted(id, 1, "sql", "sql", "SQL first steps"), RoadmapSource.UPLOAD).accepted()).isTrue();

        String first = get("/roadmaps/" + id).body();
        String again = get("/roadmaps/" + id).body();
        String explorerOf = "<div class=\"graph-scroll\"";
        assertThat(first).contains(explorerOf, "data-topic=\"sql\"", "SQL first steps");
        assertThat(again.substring(again.indexOf(explorerOf), again.indexOf("<aside id=\"topic-detail\"")))
                .isEqualTo(first.substring(first.indexOf(explorerOf), first.indexOf("<aside id=\"topic-detail\"")));
        assertThat(get("/roadmaps/" + id + "?level=senior").body()).as("a filter is drawn for its request")
                .contains("class=\"node lvl-junior dim\"", "class=\"node lvl-senior match\"");
        assertThat(get("/roadmaps/" + id).body()).doesNotContain(" dim\"");

        assertThat(catalog.publish("c.yaml", file.formatted(id, 2, "graphql", "graphql", "GraphQL schemas"), RoadmapSource.UPLOAD).accepted()).isTrue();
        String upgraded = get("/roadmaps/" + id).body();
        assertThat(upgraded).contains("data-topic=\"graphql\"", "GraphQL schemas").doesNotContain("data-topic=\"sql\"");
        assertThat(count(upgraded, "<a class=\"node ")).isEqualTo(2);
    }

    @Test
    void htmxFilterRequestGetsOnlyTheExplorerFragment() throws Exception {
        var fragment = get("/roadmaps/senior-judgment?level=senior", "HX-Request", "true", "HX-Target", "explorer");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<div id=\"explorer\"").doesNotContain("<html", "<header");
    }

    @Test
    void unknownFilterValuesAreNamedAndIgnored() throws Exception {
        var page = get("/roadmaps/senior-judgment?level=wizard&kind=%3Cb%3Ebold%3C/b%3E&q=" + "x".repeat(300));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("There is no level called “wizard”; showing every level.",
                "There is no kind called “&lt;b&gt;bold&lt;/b&gt;”; showing every kind.",
                "The search was cut to its first 100 characters.");
        assertThat(page.body()).doesNotContain("<b>bold</b>");
    }

    @Test
    void topicDetailIsAFragmentForHtmxAndAFullPageOtherwise() throws Exception {
        var roadmap = catalog.roadmap("senior-judgment").orElseThrow();
        var topic = roadmap.topics().getFirst();

        var fragment = get("/roadmaps/senior-judgment/topics/" + topic.id(), "HX-Request", "true");
        var page = get("/roadmaps/senior-judgment/topics/" + topic.id());

        assertThat(fragment.body()).startsWith("<article class=\"topic-detail\"").contains(topic.title()).doesNotContain("<html");
        assertThat(page.body()).contains("<html", topic.title(), "Needs first", "Resources");
    }

    @Test
    void unknownRoadmapOrTopicShowsAFriendlyNotFoundPage() throws Exception {
        var roadmap = get("/roadmaps/no-such-roadmap");
        var topic = get("/roadmaps/senior-judgment/topics/no-such-topic");
        var nothing = get("/no/such/page");

        assertThat(roadmap.statusCode()).isEqualTo(404);
        assertThat(roadmap.body()).contains("Page not found", "There is no roadmap with id “no-such-roadmap”");
        assertThat(topic.statusCode()).isEqualTo(404);
        assertThat(topic.body()).contains("has no topic with id “no-such-topic”");
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(nothing.body()).contains("There is nothing at this address").doesNotContain("Exception", "Whitelabel");
    }

    @Test
    void everyPageIsServedUnderAStrictContentSecurityPolicy() throws Exception {
        var page = get("/roadmaps/senior-judgment");

        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).doesNotContainPattern("<script>[^<]").doesNotContain(" style=\"", "onclick=");
    }

    @Test
    void roadmapTextIsEscapedEverywhereItIsShown() throws Exception {
        String hostile = """
                format: ascent/roadmap@1
                id: hostile-text
                version: 1
                title: "<script>alert('title')</script> Hostile"
                summary: "<img src=x onerror=alert(1)> summary"
                levels: {from: junior, to: senior}
                phases:
                  - id: only
                    title: "<b>phase</b>"
                    groups: [{id: g, title: "<i>group</i>", topics: [t]}]
                topics:
                  - id: t
                    title: "<svg onload=alert(1)>"
                    level: junior
                    kind: theory
                    hours: 3
                    summary: "</text><script>alert(2)</script>"
                    resources: [{type: docs, title: "<a href=javascript:alert(3)>x</a>", url: "https://example.org/?q=<x>"}]
                """;
        PublishResult result = catalog.publish("hostile.yaml", hostile, RoadmapSource.UPLOAD);
        assertThat(result.accepted()).as(result.message()).isTrue();

        for (String path : new String[]{"/", "/roadmaps/hostile-text", "/roadmaps/hostile-text/topics/t"}) {
            String body = get(path).body();
            assertThat(body).as(path).doesNotContain("<script>alert", "<img src=x", "<svg onload", "<b>phase</b>", "<i>group</i>", "<a href=javascript");
        }
        // ' in text: Thymeleaf wrote &#39;, jte writes it as is (both are safe there); < and > are escaped by both
        assertThat(get("/roadmaps/hostile-text").body()).containsPattern("&lt;script&gt;alert\\((&#39;|')title(&#39;|')\\)&lt;/script&gt; Hostile");
    }
}
