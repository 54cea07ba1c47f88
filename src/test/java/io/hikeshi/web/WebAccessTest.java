package io.hikeshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who may use the web UI without signing in: nobody, or this machine when local access is on. */
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
    void localAccessAdmitsOnlyLoopbackAndOnlyWithoutSignIn() {
        WebAccess local = new WebAccess(java.util.Optional.empty(), true, true);
        assertThat(local.admitsAnonymous("127.0.0.1")).isTrue();
        assertThat(local.admitsAnonymous("10.1.2.3")).isFalse();
        WebAccess closed = new WebAccess(java.util.Optional.of(""), true, false);
        assertThat(closed.admitsAnonymous("127.0.0.1")).isFalse();
        WebAccess signIn = new WebAccess(java.util.Optional.of("https://slack.com"), true, true);
        assertThat(signIn.admitsAnonymous("127.0.0.1")).isFalse();
    }
}
