package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.input.TextField;
import io.hikeshi.roles.RoleAssigner;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** {@code /incident commander <@user|me>}, {@code scribe <@user|me>} and {@code role <name> <@user|me>}. */
@ApplicationScoped
class RoleCommands implements Subcommand {

    private final RoleAssigner assigner;

    RoleCommands(RoleAssigner assigner) {
        this.assigner = assigner;
    }

    @Override
    public List<String> names() {
        return List.of("commander", "scribe", "role");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " commander <@user|me>` · `scribe <@user|me>` · `role <name> <@user|me>`"
                + " — assign a role (" + assigner.names() + ")");
    }

    @Override
    public TextField text(String name) {
        return name.equals("role") ? TextField.ROLE : TextField.OPTIONS;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        boolean named = call.subcommand().equals("role");
        String usage = named ? "`" + call.command() + " role <name> <@user|me>` — roles: " + assigner.names()
                : "`" + call.command() + " " + call.subcommand() + " <@user|me>`";
        List<CommandTokens.Token> words = call.words();
        if (words.isEmpty() || (named && words.size() < 2)) {
            return ctx.ack(Replies.problem("Say who should be " + (named ? "given the role" : "the "
                    + call.subcommand()) + ".", usage));
        }
        CommandTokens.Token who = words.get(words.size() - 1);
        String role = named ? String.join(" ", words.subList(0, words.size() - 1).stream()
                .map(CommandTokens.Token::text).toList()) : call.subcommand();
        if (!named && words.size() > 1) {
            return ctx.ack(Replies.problem("Give one person only.", usage));
        }
        Optional<String> user = UserMention.parse(who, call.userId());
        if (user.isEmpty()) {
            return ctx.ack(Replies.problem(UserMention.problem(who.text()), usage));
        }
        try {
            RoleAssigner.Assignment done = assigner.assign(call.requireIncident().number(), role, user.get(),
                    call.userId());
            String text = done.unchanged() ? "<@" + done.userId() + "> already is the " + done.role() + "."
                    : ":white_check_mark: <@" + done.userId() + "> is now the " + done.role()
                    + done.previous().map(p -> ", relieving <@" + p + ">").orElse("") + ".";
            return ctx.ack(Replies.ephemeral(text, List.of(Replies.paragraph(text))));
        } catch (RoleAssigner.UnknownRoleException e) {
            return ctx.ack(Replies.problem(Mrkdwn.escapeControl(e.getMessage()), usage));
        }
    }
}
