package io.hikeshi.labels;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The labels an incident can carry: the cause categories to choose from and the services the team knows. */
@ConfigMapping(prefix = "hikeshi.labels")
public interface LabelsConfig {

    /** The cause categories, in the order people see them; a cause outside this list is refused. */
    @WithDefault("deploy,config,capacity,dependency,data,network,security,unknown")
    List<String> causes();

    /** Services the team knows; keyword rules look for them, and the metrics tag only these (plus "other"). */
    Optional<List<String>> services();

    /** The configured causes, normalised as stored. */
    default List<String> causeNames() {
        return causes().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).filter(c -> !c.isEmpty()).distinct()
                .toList();
    }

    /** The configured services, normalised as stored; empty when none are configured. */
    default List<String> serviceNames() {
        return services().orElse(List.of()).stream().map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).distinct().toList();
    }
}
