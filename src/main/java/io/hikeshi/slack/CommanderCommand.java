package io.hikeshi.slack;

import io.hikeshi.roles.RoleAssigner;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** {@code /incident commander <@user|me>}: make someone the commander. */
@Singleton
class CommanderCommand extends AssignRoleCommand {

    CommanderCommand(RoleAssigner assigner) {
        super(assigner);
    }

    @Override
    public List<String> names() {
        return List.of("commander");
    }

    @Override
    Optional<String> role(List<CommandTokens.Token> wordsBeforePerson) {
        return wordsBeforePerson.isEmpty() ? Optional.of("commander") : Optional.empty();
    }

    @Override
    String correctUsage(String command) {
        return "`" + command + " commander <@user|me>`";
    }

    @Override
    String whoIsMissing() {
        return "Say who should be the commander.";
    }
}
