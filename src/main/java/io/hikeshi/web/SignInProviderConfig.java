package io.hikeshi.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The two keys of Quarkus's OpenID Connect extension that say whether sign-in is on. Quarkus owns and documents
 * them; hikeshi only reads them here.
 */
@ConfigMapping(prefix = "quarkus.oidc")
public interface SignInProviderConfig {

    /** The provider's address (QUARKUS_OIDC_AUTH_SERVER_URL); sign-in is off without one. */
    Optional<String> authServerUrl();

    /** Whether the default tenant is on; {@link SignInConfigSource} turns it on only when a provider is set. */
    @WithDefault("true")
    boolean tenantEnabled();
}
