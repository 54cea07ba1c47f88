package io.hikeshi.runbook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How runbooks are loaded, matched and posted. The directory is {@code <hikeshi.templates.dir>/runbooks}. */
@ConfigMapping(prefix = "hikeshi.runbook")
public interface RunbookConfig {

    /** How often the runbooks directory is read again to pick up changes. */
    @WithDefault("30s")
    Duration rescanEvery();

    /** The runbook posted on every declare, by name (its file name without {@code .md}). */
    @WithDefault("first-response")
    String firstResponse();

    /** The score a runbook needs to be posted on declare (see templates/README.md for the scoring). */
    @WithDefault("3")
    int threshold();

    /** How many matching runbooks are posted on declare, best first, besides the first-response one. */
    @WithDefault("2")
    int postOnDeclare();

    /** Larger files are reported and skipped: a runbook is read under stress, not a manual. */
    @WithDefault("262144")
    int maxFileBytes();
}
