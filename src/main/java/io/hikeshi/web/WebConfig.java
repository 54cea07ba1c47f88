package io.hikeshi.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** The web UI's public address, who may sign in, and local access without sign-in. */
@ConfigMapping(prefix = "hikeshi.web")
public interface WebConfig {

    /** Public address of the web UI (HIKESHI_BASE_URL), e.g. https://hikeshi.example.com; forms must come from it. */
    Optional<String> baseUrl();

    /** Without sign-in configured, serve requests from this machine (loopback peer and a local Host name). */
    @WithDefault("false")
    boolean localAccess();

    /** E-mail domains whose people may sign in (verified e-mail only), e.g. example.com. */
    Optional<List<String>> allowedEmailDomains();

    /** Groups whose members may sign in, as the provider lists them in the groups claim. */
    Optional<List<String>> allowedGroups();

    /** The claim of the provider's token that lists a person's groups. */
    @WithDefault("groups")
    String groupsClaim();
}
