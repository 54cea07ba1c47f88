package io.hikeshi.slack;

import io.hikeshi.roles.RoleAssigner;
import java.util.List;
import java.util.Optional;

/** A subcommand named after the one role it gives, e.g. {@code /incident scribe <@user|me>}. */
abstract class FixedRoleCommand extends AssignRoleCommand {

    private final String role;

    FixedRoleCommand(RoleAssigner assigner, String role) {
        super(assigner);
        this.role = role;
    }

    @Override
    public List<String> names() {
        return List.of(role);
    }

    @Override
    Optional<String> role(List<CommandTokens.Token> wordsBeforePerson) {
        return wordsBeforePerson.isEmpty() ? Optional.of(role) : Optional.empty();
    }

    @Override
    String correctUsage(String command) {
        return "`" + command + " " + role + " <@user|me>`";
    }

    @Override
    String whoIsMissing() {
        return "Say who should be the " + role + ".";
    }
}
