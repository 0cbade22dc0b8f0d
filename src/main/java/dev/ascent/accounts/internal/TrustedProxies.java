package dev.ascent.accounts.internal;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * Which peers may say who the client is ({@code X-Forwarded-For}) and how it connected
 * ({@code X-Forwarded-Proto}): only the proxies in {@code ascent.trusted-proxies}
 * ({@code ASCENT_TRUSTED_PROXIES}), addresses or CIDR ranges separated by commas. Empty by default,
 * so the headers are ignored. Tomcat's own default trusts every loopback and private-network peer,
 * and anyone who can reach the app from such a network could then pick a fresh address for every
 * sign-in attempt and never meet the per-client limit.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    private final String proxies;

    TrustedProxies(@Value("${ascent.trusted-proxies:}") String proxies) {
        this.proxies = String.join(",", ranges(proxies));
    }

    /**
     * Each entry as a CIDR range: Tomcat reads the setting as CIDR ranges only when it holds a "/",
     * and as a regular expression otherwise, where "10.0.0.1" would also match "10a0b0c1".
     */
    static List<String> ranges(String proxies) {
        return Arrays.stream(proxies.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32"))
                .toList();
    }

    /** Runs after Spring Boot's own customizer, which adds the valve for {@code server.forward-headers-strategy: native}. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        for (var valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                try {
                    remoteIp.setInternalProxies(proxies);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("ascent.trusted-proxies (ASCENT_TRUSTED_PROXIES) must list IP addresses or CIDR ranges, "
                            + "separated by commas: " + e.getMessage(), e);
                }
            }
        }
    }
}
