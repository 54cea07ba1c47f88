package io.hikeshi.web;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the OpenID Connect tenant off when no provider is configured, so that the app starts without one (Quarkus
 * refuses to start an enabled tenant without {@code quarkus.oidc.auth-server-url}); the web UI then stays closed
 * (see {@link WebAccess}). Its low ordinal lets an explicit QUARKUS_OIDC_TENANT_ENABLED win; the tests set it,
 * since their provider's address is only known once the WireMock dev service runs.
 */
public class SignInConfigSource implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue("quarkus.oidc.auth-server-url");
        boolean configured = url != null && url.getValue() != null && !url.getValue().isBlank();
        if (configured) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of("quarkus.oidc.tenant-enabled", "false"),
                "hikeshi-sign-in", 100));
    }
}
