package dev.ascent.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in page view does not write its session again within a minute; a change that matters still does at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionWritesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long lastAccess(String email) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = :p").param("p", email).query(Long.class).single();
    }

    @Test
    void pageViewsWithinAMinuteLeaveTheSessionRowAsItWasAndALaterOneMovesIt() throws Exception {
        String email = WebSession.uniqueEmail("writes");
        WebSession learner = new WebSession(port).signUp("Wyn Writes", email, PASSWORD);
        assertThat(learner.get("/learn").statusCode()).isEqualTo(200);
        long first = lastAccess(email);

        Thread.sleep(20); // the clock moves on: Spring Session sets a new last-access time on every request
        assertThat(learner.get("/learn").statusCode()).isEqualTo(200);
        assertThat(learner.get("/account").statusCode()).isEqualTo(200);
        assertThat(lastAccess(email)).as("not written again within the minute").isEqualTo(first);

        jdbc.sql("update spring_session set last_access_time = last_access_time - 61000 where principal_name = :p").param("p", email).update();
        assertThat(learner.get("/learn").statusCode()).isEqualTo(200);
        assertThat(lastAccess(email)).as("written once a minute has passed").isGreaterThan(first);
    }

    @Test
    void signingInStillStoresThePrincipalAndSigningOutEndsTheSession() {
        String email = WebSession.uniqueEmail("principal");
        new WebSession(port).signUp("Pia Principal", email, PASSWORD);
        WebSession session = new WebSession(port);
        assertThat(session.get("/roadmaps/senior-judgment").statusCode()).isEqualTo(200);

        assertThat(session.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(session.get("/learn").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :p").param("p", email).query(Long.class).single())
                .isGreaterThanOrEqualTo(1);
        session.post("/account", "/sign-out", java.util.Map.of());
        assertThat(WebSession.target(session.get("/learn"))).endsWith("/sign-in");
    }
}
