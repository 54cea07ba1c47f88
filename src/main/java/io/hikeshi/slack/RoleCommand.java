package io.hikeshi.slack;

import io.hikeshi.input.TextField;
import io.hikeshi.roles.RoleAssigner;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code /incident role <name> <@user|me>}: give someone any configured role. */
@Singleton
class RoleCommand extends AssignRoleCommand {

    RoleCommand(RoleAssigner assigner) {
        super(assigner);
    }

    @Override
    public List<String> names() {
        return List.of("role");
    }

    @Override
    public TextField text() {
        return TextField.ROLE;
    }

    @Override
    Optional<String> role(List<CommandTokens.Token> wordsBeforePerson) {
        return wordsBeforePerson.isEmpty() ? Optional.empty() : Optional.of(wordsBeforePerson.stream()
                .map(CommandTokens.Token::text).collect(Collectors.joining(" ")));
    }

    @Override
    String correctUsage(String command) {
        return "`" + command + " role <name> <@user|me>` — roles: " + roleNames();
    }

    @Override
    String whoIsMissing() {
        return "Say who should be given the role.";
    }
}
