package io.hikeshi.slack;

import io.hikeshi.incident.RoleHolders;
import io.hikeshi.roles.RoleAssigner;
import jakarta.inject.Singleton;

/** {@code /incident commander <@user|me>}: make someone the commander. */
@Singleton
class CommanderCommand extends FixedRoleCommand {

    CommanderCommand(RoleAssigner assigner) {
        super(assigner, RoleHolders.COMMANDER);
    }
}
