package io.hikeshi.incident;

import java.util.Map;
import java.util.Optional;

/** Who holds the incident's roles now, as the card shows them; the roles feature implements it. */
public interface RoleHolders {

    String COMMANDER = "commander";
    String SCRIBE = "scribe";

    /** The user id holding {@code role} now, if anyone does. */
    Optional<String> holder(long incidentId, String role);

    /** Role to user id for every role held now, in order of assignment. */
    Map<String, String> held(long incidentId);
}
