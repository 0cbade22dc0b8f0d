package dev.ascent.catalog.web;

import dev.ascent.accounts.WebSession;
import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.RoadmapSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What is the same for every visitor is answered from what they hold (304) and may be kept by a shared cache; nothing personal is. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicCachingTests {

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    org.springframework.cache.CacheManager caches;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aVisitorsRepeatedRequestForARoadmapPageIsAnsweredWith304AndASharedCacheMayKeepIt() throws Exception {
        var first = get("/roadmaps/backend-junior-to-senior", "Accept", "text/html");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        var again = get("/roadmaps/backend-junior-to-senior", "Accept", "text/html", "If-None-Match", etag);
        var filtered = get("/roadmaps/backend-junior-to-senior?level=senior", "Accept", "text/html");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("public", "max-age=300").doesNotContain("no-store");
        assertThat(first.headers().allValues("Vary").toString()).contains("Cookie", "HX-Request");
        assertThat(first.headers().firstValue("Set-Cookie")).as("a visitor gets no session to vary on").isEmpty();
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(filtered.headers().firstValue("ETag").orElseThrow()).as("a filtered page is another page").isNotEqualTo(etag);
        assertThat(get("/", "Accept", "text/html").headers().firstValue("ETag")).isPresent();
        var topic = get("/roadmaps/backend-junior-to-senior/topics/http-fundamentals", "Accept", "text/html");
        assertThat(get("/roadmaps/backend-junior-to-senior/topics/http-fundamentals", "If-None-Match", topic.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(304);
    }

    @Test
    void aNewVersionChangesTheETagSoNoOneKeepsTheOldPage() throws Exception {
        String id = "etag-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String file = """
                format: ascent/roadmap@1
                id: %s
                version: %d
                title: Versioned
                summary: A roadmap published twice.
                levels: {from: junior, to: senior}
                phases:
                  - {id: basics, title: Basics, groups: [{id: core, title: Core, topics: [http]}]}
                topics:
                  - {id: http, title: %s, level: junior, kind: theory, hours: 5, summary: Requests and responses.}
                """;
        assertThat(catalog.publish("v.yaml", file.formatted(id, 1, "HTTP basics"), RoadmapSource.UPLOAD).accepted()).isTrue();
        String page = get("/roadmaps/" + id).headers().firstValue("ETag").orElseThrow();
        String api = get("/api/v1/roadmaps/" + id).headers().firstValue("ETag").orElseThrow();

        assertThat(catalog.publish("v.yaml", file.formatted(id, 2, "HTTP in depth"), RoadmapSource.UPLOAD).accepted()).isTrue();
        var pageAfter = get("/roadmaps/" + id, "If-None-Match", page);
        var apiAfter = get("/api/v1/roadmaps/" + id, "If-None-Match", api);

        assertThat(pageAfter.statusCode()).isEqualTo(200);
        assertThat(pageAfter.body()).contains("HTTP in depth");
        assertThat(apiAfter.statusCode()).isEqualTo(200);
        assertThat(apiAfter.body()).contains("HTTP in depth");
    }

    @Test
    void theCatalogApiAnswersConditionalRequestsAndAnUnknownRoadmapIsNotCached() throws Exception {
        for (String path : new String[] {"/api/v1/roadmaps", "/api/v1/roadmaps/senior-judgment", "/api/v1/roadmaps/senior-judgment/releases",
                "/api/v1/roadmaps/senior-judgment/source", "/api/v1/roadmaps/senior-judgment/topics/system-context-map"}) {
            var first = get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control").orElse("")).as(path).contains("public");
            assertThat(get(path, "If-None-Match", first.headers().firstValue("ETag").orElseThrow()).statusCode()).as(path).isEqualTo(304);
        }
        var unknown = get("/api/v1/roadmaps/no-such-roadmap");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
        assertThat(unknown.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void aSignedInPersonsPageAndAnHtmxFragmentAreNeverPublic() throws Exception {
        WebSession learner = new WebSession(port).signUp("Cass Cache", WebSession.uniqueEmail("cache"), WebSession.PASSWORD);

        var page = learner.get("/roadmaps/backend-junior-to-senior");
        var fragment = get("/roadmaps/backend-junior-to-senior?q=http", "HX-Request", "true", "HX-Target", "explorer");

        assertThat(page.body()).contains("Sign out");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store").doesNotContain("public");
        assertThat(page.headers().firstValue("ETag")).isEmpty();
        assertThat(fragment.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
        assertThat(fragment.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void aVisitorsRoadmapPageIsRenderedOnceAndSentWholeWhileSignedInAndFilteredPagesAreNot() throws Exception {
        String id = "whole-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(catalog.publish("w.yaml", """
                format: ascent/roadmap@1
                id: %s
                version: 1
                title: Rendered once
                summary: A roadmap whose visitors share one rendering.
                levels: {from: junior, to: senior}
                phases:
                  - {id: basics, title: Basics, groups: [{id: core, title: Core, topics: [http, dns]}]}
                topics:
                  - {id: http, title: Requests and responses, level: junior, kind: theory, hours: 5, summary: What travels.}
                  - {id: dns, title: Names to addresses, level: junior, kind: theory, hours: 3, summary: How a name resolves.}
                """.formatted(id), RoadmapSource.UPLOAD).accepted()).isTrue();
        var kept = caches.getCache(dev.ascent.platform.CacheConfiguration.RENDERED_FRAGMENTS);

        WebSession learner = new WebSession(port).signUp("Rena Rendered", WebSession.uniqueEmail("rendered"), WebSession.PASSWORD);
        var signedIn = learner.get("/roadmaps/" + id);
        var filtered = get("/roadmaps/" + id + "?level=junior", "Accept", "text/html");
        assertThat(kept.get("roadmap-page/" + id + "@1")).as("neither a signed-in page nor a filtered one is kept").isNull();

        var first = get("/roadmaps/" + id, "Accept", "text/html");
        var second = get("/roadmaps/" + id, "Accept", "text/html");

        assertThat(kept.get("roadmap-page/" + id + "@1")).as("the visitor's page, kept").isNotNull();
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type").orElse("")).isEqualToIgnoringCase("text/html;charset=UTF-8");
        assertThat(first.headers().firstValue("Content-Security-Policy")).as("security headers as on any page").isPresent();
        assertThat(first.body()).contains("<title>Rendered once — Ascent</title>", "Requests and responses", "Names to addresses",
                "Follow this roadmap", "Sign up").doesNotContain("Rena Rendered", "_csrf");
        assertThat(first.body().strip()).as("the whole page").endsWith("</html>");
        assertThat(second.body()).as("the same page for every visitor").isEqualTo(first.body());
        assertThat(signedIn.body()).contains("Rena Rendered", "Sign out", "Requests and responses");
        assertThat(filtered.body()).contains("Rendered once", "Sign up");
    }
}
