package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.roles.RoleAssigner;
import java.util.List;
import java.util.Optional;

/**
 * What {@code commander}, {@code scribe} and {@code role} share: they give a role to one person, and one help line
 * lists the three.
 */
// Its subcommands are @Singleton: a client proxy would need a no-argument constructor this class does not have.
abstract class AssignRoleCommand implements Subcommand {

    private final RoleAssigner assigner;

    AssignRoleCommand(RoleAssigner assigner) {
        this.assigner = assigner;
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " commander <@user|me>` · `scribe <@user|me>` · `role <name> <@user|me>`"
                + " — assign a role (" + assigner.names() + ")");
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    /** The role named by the words before the person, or why they name none. */
    abstract Optional<String> role(List<CommandTokens.Token> wordsBeforePerson);

    /** How to type this subcommand, for answers to a mistake. */
    abstract String correctUsage(String command);

    /** What to say when nobody is named. */
    abstract String whoIsMissing();

    String roleNames() {
        return assigner.names();
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        String usage = correctUsage(call.command());
        List<CommandTokens.Token> words = call.words();
        if (words.isEmpty()) {
            return ctx.ack(Replies.problem(whoIsMissing(), usage));
        }
        Optional<String> role = role(words.subList(0, words.size() - 1));
        if (role.isEmpty()) {
            return ctx.ack(Replies.problem(words.size() > 1 ? "Give one person only." : whoIsMissing(), usage));
        }
        CommandTokens.Token who = words.get(words.size() - 1);
        Optional<String> user = UserMention.parse(who, call.userId());
        if (user.isEmpty()) {
            return ctx.ack(Replies.problem(UserMention.problem(who.text()), usage));
        }
        try {
            RoleAssigner.Assignment done = assigner.assign(call.requireIncident().number(), role.get(), user.get(),
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
