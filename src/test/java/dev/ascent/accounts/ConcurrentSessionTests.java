package dev.ascent.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** A new session's first requests arriving together, as a page's and its htmx calls or two tabs' do. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentSessionTests {

    @LocalServerPort
    int port;

    @Test
    void pagesOpenedTogetherRightAfterSigningInAllGetWorkingForms() {
        HttpClient http = HttpClient.newHttpClient();
        for (int round = 0; round < 4; round++) {
            // signing in starts a session without a CSRF token; each of these pages has a form, so each adds one
            String email = WebSession.uniqueEmail("tabs");
            new WebSession(port).signUp("Tess Tabs", email, PASSWORD);
            WebSession session = new WebSession(port);
            assertThat(session.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
            List<CompletableFuture<HttpResponse<String>>> pages = IntStream.range(0, 12)
                    .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/account"))
                            .header("Cookie", session.sessionCookie()).header("Accept", "text/html").GET().build(),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();

            assertThat(pages).allSatisfy(page -> assertThat(page.join().statusCode()).isEqualTo(200));
            // and every page's forms still work: they all carry the one token the session keeps
            for (var page : pages) {
                String token = WebSession.csrfFrom(page.join().body());
                var post = session.postRaw("/learn/start/senior-judgment", Map.of("_csrf", token, "startDate", "not a date", "weeklyHours", "5"));
                assertThat(post.statusCode()).as("a form of one of the pages opened together").isEqualTo(422);
            }
        }
    }
}
