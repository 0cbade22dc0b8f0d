package dev.ascent.platform;

import dev.ascent.accounts.WebSession;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The error page people get (jte's error/page): in the layout, for a visitor and for someone signed in, with or without a viewer in its model. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    TemplateEngine jte;

    @Test
    void aVisitorGetsTheNotFoundPageInTheLayoutAndNoSession() throws Exception {
        var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no/such/page"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<title>Page not found — Ascent</title>", "<p class=\"error-code\">404</p>",
                "There is nothing at this address", "href=\"/sign-in\"").doesNotContain("Sign out", "Exception");
        assertThat(page.headers().firstValue("Set-Cookie")).as("an error page starts no session").isEmpty();
    }

    @Test
    void someoneSignedInGetsTheErrorPageWithTheirOwnHeader() {
        WebSession learner = new WebSession(port).signUp("Erin Error", WebSession.uniqueEmail("error"), WebSession.PASSWORD);

        var page = learner.get("/roadmaps/no-such-roadmap");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found", "There is no roadmap with id “no-such-roadmap”", "Erin Error", "Sign out");
    }

    @Test
    void withoutAViewerInTheModelThePageIsRenderedForNoOne() {
        // ErrorPages' model gets the viewer from LayoutModel; without it the page must still render, for no one
        var output = new StringOutput();
        jte.render("error/page.jte", Map.of("status", 403, "title", "Not allowed", "detail", "Not yours."), output);

        assertThat(output.toString()).contains("<h1>Not allowed</h1>", "Not yours.", "href=\"/sign-in\"").doesNotContain("Sign out");
    }
}
