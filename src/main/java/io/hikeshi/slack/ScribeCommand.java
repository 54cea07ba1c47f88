package io.hikeshi.slack;

import io.hikeshi.incident.RoleHolders;
import io.hikeshi.roles.RoleAssigner;
import jakarta.inject.Singleton;

/** {@code /incident scribe <@user|me>}: make someone the scribe. */
@Singleton
class ScribeCommand extends FixedRoleCommand {

    ScribeCommand(RoleAssigner assigner) {
        super(assigner, RoleHolders.SCRIBE);
    }
}
