package io.hikeshi.web;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives sign-in settings from the documented variables. The OpenID Connect tenant is on exactly when
 * QUARKUS_OIDC_AUTH_SERVER_URL is set (Quarkus refuses to start an enabled tenant without one, and the web UI then
 * stays closed, see {@link WebAccess}); the session cookies are {@code Secure} when HIKESHI_BASE_URL is https, even
 * where TLS ends in a proxy in front of hikeshi. Both values are always given, never left out: Quarkus records the
 * values it saw while building the application as defaults, and an absent value here would let the build's
 * "tenant off" win at run time. The low ordinal lets an explicit QUARKUS_OIDC_TENANT_ENABLED or
 * QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE win; the tests set the first, since their provider's address is
 * only known once the WireMock dev service runs.
 */
public class SignInConfigSource implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean configured = !blank(context.getValue("quarkus.oidc.auth-server-url"));
        ConfigValue base = context.getValue("hikeshi.web.base-url");
        boolean https = !blank(base) && base.getValue().strip().regionMatches(true, 0, "https://", 0, 8);
        return List.of(new PropertiesConfigSource(Map.of("quarkus.oidc.tenant-enabled", String.valueOf(configured),
                "quarkus.oidc.authentication.cookie-force-secure", String.valueOf(https)), "hikeshi-sign-in", 100));
    }

    private static boolean blank(ConfigValue value) {
        return value == null || value.getValue() == null || value.getValue().isBlank();
    }
}
