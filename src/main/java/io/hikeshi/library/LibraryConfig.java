package io.hikeshi.library;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The incident library: past postmortems from {@code <hikeshi.templates.dir>/history}, similar incidents, search. */
@ConfigMapping(prefix = "hikeshi.library")
public interface LibraryConfig {

    /** How often the history folder is read again to pick up added, edited and removed files. */
    @WithDefault("30s")
    Duration rescanEvery();

    /** Larger history files are reported and skipped. */
    @WithDefault("1048576")
    int maxFileBytes();

    /** How often each replica reads the library's changes from the database into its index. */
    @WithDefault("2s")
    Duration syncEvery();

    /** Similar past incidents posted and listed at most. */
    @WithDefault("3")
    int similarLimit();

    /** Whether similar past incidents are posted in a new incident's channel. */
    @WithDefault("true")
    boolean postOnDeclare();
}
