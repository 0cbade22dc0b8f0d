package dev.ascent.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The header marks the section a page belongs to (aria-current, for screen readers and the eye), and only that one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HeaderSectionTests {

    private static final Pattern CURRENT = Pattern.compile("<a href=\"([^\"]+)\"[^>]*aria-current=\"page\"");

    @LocalServerPort
    int port;

    @Test
    void eachPageMarksItsOwnSection() {
        WebSession visitor = new WebSession(port);
        assertThat(current(visitor.get("/").body())).isEqualTo("/");
        assertThat(current(visitor.get("/roadmaps/backend-growth-map").body())).as("a roadmap is in the catalog").isEqualTo("/");
        assertThat(current(visitor.get("/scenarios").body())).isEqualTo("/scenarios");
        assertThat(current(visitor.get("/sign-in").body())).as("no section").isNull();

        WebSession learner = new WebSession(port).signUp("Hedda Header", WebSession.uniqueEmail("header"), WebSession.PASSWORD);
        assertThat(current(learner.get("/learn").body())).isEqualTo("/learn");
        assertThat(current(learner.get("/learn/journal").body())).isEqualTo("/learn");
        assertThat(current(learner.get("/practice").body())).isEqualTo("/practice");
        assertThat(current(learner.get("/account").body())).isEqualTo("/account");
    }

    /** The one link marked current, or null; two marked would fail. */
    private static String current(String html) {
        Matcher matcher = CURRENT.matcher(html);
        if (!matcher.find()) {
            return null;
        }
        String href = matcher.group(1);
        assertThat(matcher.find()).as("a second current link: " + (matcher.hitEnd() ? "" : matcher.group(1))).isFalse();
        return href;
    }
}
