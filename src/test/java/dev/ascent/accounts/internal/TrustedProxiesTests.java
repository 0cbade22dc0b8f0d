package dev.ascent.accounts.internal;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trusted-proxies setting as Tomcat's RemoteIpValve gets it. */
class TrustedProxiesTests {

    @Test
    void turnsEveryAddressIntoACidrRangeSoTomcatNeverReadsTheListAsARegularExpression() {
        assertThat(TrustedProxies.ranges(" 10.0.0.7 , 192.168.0.0/16,::1, fd00::/8 ,"))
                .containsExactly("10.0.0.7/32", "192.168.0.0/16", "::1/128", "fd00::/8");
    }

    @Test
    void trustsNoPeerByDefault() {
        RemoteIpValve valve = customizedValve("");

        assertThat(valve.getInternalProxies()).as("Tomcat's default trusts every private and loopback peer").isNull();
    }

    @Test
    void trustsExactlyTheConfiguredProxies() {
        RemoteIpValve valve = customizedValve("10.0.0.7, 172.16.0.0/12");

        assertThat(valve.getInternalProxies()).contains("10.0.0.7", "172.16.0.0/12").doesNotContain("192.168");
    }

    @Test
    void refusesToStartWithAnEntryThatIsNotAnAddress() {
        assertThatThrownBy(() -> customizedValve("10.0.0.7, 10.0.0.0/40"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ascent.trusted-proxies (ASCENT_TRUSTED_PROXIES) must list IP addresses or CIDR ranges");
    }

    private static RemoteIpValve customizedValve(String setting) {
        var factory = new TomcatServletWebServerFactory();
        factory.addEngineValves(new RemoteIpValve());
        new TrustedProxies(setting).customize(factory);
        return (RemoteIpValve) factory.getEngineValves().iterator().next();
    }
}
