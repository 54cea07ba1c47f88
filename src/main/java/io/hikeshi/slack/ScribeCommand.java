package io.hikeshi.slack;

import io.hikeshi.roles.RoleAssigner;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** {@code /incident scribe <@user|me>}: make someone the scribe. */
@Singleton
class ScribeCommand extends AssignRoleCommand {

    ScribeCommand(RoleAssigner assigner) {
        super(assigner);
    }

    @Override
    public List<String> names() {
        return List.of("scribe");
    }

    @Override
    Optional<String> role(List<CommandTokens.Token> wordsBeforePerson) {
        return wordsBeforePerson.isEmpty() ? Optional.of("scribe") : Optional.empty();
    }

    @Override
    String correctUsage(String command) {
        return "`" + command + " scribe <@user|me>`";
    }

    @Override
    String whoIsMissing() {
        return "Say who should be the scribe.";
    }
}
