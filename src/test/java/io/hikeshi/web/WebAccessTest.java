package io.hikeshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who may use the web UI without signing in, and where forms may come from. */
@Tag("no-database")
class WebAccessTest {

    @Test
    void signInWinsOverLocalAccess() {
        assertThat(WebAccess.mode(true, true)).isEqualTo(WebAccess.Mode.SIGN_IN);
        assertThat(WebAccess.mode(false, true)).isEqualTo(WebAccess.Mode.LOCAL_ONLY);
        assertThat(WebAccess.mode(false, false)).isEqualTo(WebAccess.Mode.CLOSED);
    }

    @Test
    void onlyLoopbackAddressesAreLocal() {
        assertThat(WebAccess.loopback("127.0.0.1")).isTrue();
        assertThat(WebAccess.loopback("127.8.9.10")).isTrue();
        assertThat(WebAccess.loopback("::1")).isTrue();
        assertThat(WebAccess.loopback("[::1]")).isTrue();
        assertThat(WebAccess.loopback("10.0.0.5")).isFalse();
        assertThat(WebAccess.loopback("192.168.1.2")).isFalse();
        assertThat(WebAccess.loopback("localhost")).isFalse();
        assertThat(WebAccess.loopback("")).isFalse();
        assertThat(WebAccess.loopback(null)).isFalse();
    }

    @Test
    void onlyLocalNamesWithAnyPortAreLocalHosts() {
        for (String local : new String[] {"localhost", "LOCALHOST:8080", "127.0.0.1", "127.0.0.1:1", "[::1]",
                "[::1]:65535"}) {
            assertThat(WebAccess.localName(local)).as(local).isTrue();
        }
        for (String other : new String[] {"attacker.example", "attacker.example:8080", "localhost.attacker.example",
                "127.0.0.1.nip.io", "127.0.0.2", "[::1]x", "localhost:80x", "localhost:", "::1", "[::2]", "", null}) {
            assertThat(WebAccess.localName(other)).as(String.valueOf(other)).isFalse();
        }
    }

    @Test
    void formsComeFromTheConfiguredAddress() {
        FormOrigin origin = new FormOrigin(Optional.of("https://hikeshi.example.com"));
        assertThat(origin.allows("https://hikeshi.example.com", null)).isTrue();
        assertThat(origin.allows("https://HIKESHI.example.com:443", null)).isTrue();
        assertThat(origin.allows(null, "https://hikeshi.example.com/incidents/1/postmortem")).isTrue();
        assertThat(origin.allows(null, null)).isTrue();
        assertThat(origin.allows("http://hikeshi.example.com", null)).isFalse();
        assertThat(origin.allows("https://hikeshi.example.com:8443", null)).isFalse();
        assertThat(origin.allows("https://attacker.example", "https://hikeshi.example.com/")).isFalse();
        assertThat(origin.allows(null, "https://attacker.example/page")).isFalse();
        assertThat(origin.allows("http://localhost:8080", null)).isFalse();
        assertThat(origin.allows("null", null)).isFalse();
        assertThat(origin.allows("not a url", null)).isFalse();
    }

    @Test
    void withoutAnAddressFormsComeFromLocalNamesOnly() {
        FormOrigin origin = new FormOrigin(Optional.empty());
        assertThat(origin.allows("http://localhost:8080", null)).isTrue();
        assertThat(origin.allows("http://127.0.0.1:1234", null)).isTrue();
        assertThat(origin.allows("http://[::1]:8080", null)).isTrue();
        assertThat(origin.allows("http://attacker.example:8080", null)).isFalse();
        assertThat(origin.allows("file://localhost/x", null)).isFalse();
    }
}
