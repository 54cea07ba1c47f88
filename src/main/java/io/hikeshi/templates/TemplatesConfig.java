package io.hikeshi.templates;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/**
 * Where the team's Markdown templates live: {@code runbooks/} and {@code postmortem/}. A directory so it can be a
 * Git checkout or a mounted Kubernetes ConfigMap.
 */
@ConfigMapping(prefix = "hikeshi.templates")
public interface TemplatesConfig {

    /** The templates directory (HIKESHI_TEMPLATES_DIR), holding {@code runbooks/} and {@code postmortem/}. */
    @WithDefault("./templates")
    Path dir();
}
