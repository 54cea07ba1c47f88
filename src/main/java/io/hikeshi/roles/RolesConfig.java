package io.hikeshi.roles;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The incident roles a team uses. */
@ConfigMapping(prefix = "hikeshi.roles")
public interface RolesConfig {

    /** The roles, in the order they are listed. */
    List<Definition> definitions();

    /** The role called {@code name}, ignoring case, hyphens and underscores ("comms-liaison" is not "comms"). */
    default Optional<Definition> find(String name) {
        String wanted = normalise(name);
        return definitions().stream().filter(role -> normalise(role.name()).equals(wanted)).findFirst();
    }

    private static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }

    /** One role. */
    interface Definition {
        /** Name used in commands and on the card, e.g. "scribe". */
        String name();

        /** One line saying what the role does. */
        String duty();

        /** What the assignee should do, sent to them privately when assigned. */
        List<String> checklist();
    }
}
