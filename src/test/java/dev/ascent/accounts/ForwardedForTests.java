package dev.ascent.accounts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no trusted proxies configured (the default), X-Forwarded-For is ignored, even from a loopback
 * peer: a client cannot pick a fresh address for each attempt to escape the per-client limit.
 * (ThrottlingTests configures the test client as a proxy and shows the forwarded address being used.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ascent.sign-in.failures-per-client=3", "ascent.sign-in.failures-per-account=10000", "ascent.trusted-proxies="})
class ForwardedForTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /**
     * Every test class signs in from 127.0.0.1 and shares one database: the address's bucket starts empty
     * here (with this class's small limit) and is removed afterwards, so no other class meets that limit.
     */
    @BeforeEach
    void startWithNoClientBuckets() {
        jdbc.sql("delete from accounts.sign_in_buckets where id like 'client:%'").update();
    }

    @AfterEach
    void leaveNoClientBuckets() {
        startWithNoClientBuckets();
    }

    @Test
    void rotatingXForwardedForFromAnUntrustedPeerDoesNotResetTheClientLimit() {
        long lastEvent = jdbc.sql("select coalesce(max(id), 0) from accounts.audit_events").query(Long.class).single();
        for (int attempt = 1; attempt <= 3; attempt++) {
            var wrong = new WebSession(port).header("X-Forwarded-For", "203.0.113." + attempt)
                    .signIn(WebSession.uniqueEmail("rotating"), "wrong password number " + attempt);
            assertThat(WebSession.target(wrong)).as("attempt %d", attempt).isEqualTo("/sign-in?error=credentials");
        }

        var fourth = new WebSession(port).header("X-Forwarded-For", "203.0.113.4").signIn(WebSession.uniqueEmail("rotating"), PASSWORD);

        assertThat(WebSession.target(fourth)).startsWith("/sign-in?error=throttled&wait=");
        List<String> clients = jdbc.sql("select distinct client from accounts.audit_events where id > :last and type like 'SIGN_IN%'")
                .param("last", lastEvent).query(String.class).list();
        assertThat(clients).as("the peer's own address, never the forwarded one").hasSize(1).noneMatch(client -> client.startsWith("203."));
    }
}
