package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.incident.Severities;
import io.hikeshi.incident.SeverityChanger;
import io.hikeshi.input.TextField;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code /incident severity <level>}. */
@ApplicationScoped
class SeverityCommand implements Subcommand {

    private final SeverityChanger changer;
    private final Severities severities;

    SeverityCommand(SeverityChanger changer, Severities severities) {
        this.changer = changer;
        this.severities = severities;
    }

    @Override
    public List<String> names() {
        return List.of("severity", "sev");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " severity <" + severities.all().stream().map(l -> l.name())
                .collect(Collectors.joining("|")) + ">` — change the severity (may notify stakeholders)");
    }

    @Override
    public TextField text() {
        return TextField.SEVERITY;
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        String levels = severities.all().stream().map(l -> "• *" + l.name() + "* — " + Mrkdwn.escape(l.impact()))
                .collect(Collectors.joining("\n"));
        String usage = "`" + call.command() + " severity <level>`, where the levels are:\n" + levels;
        if (call.words().size() != 1) {
            return ctx.ack(Replies.problem("Give one severity level.", usage));
        }
        Optional<String> refused = changer.change(call.requireIncident().number(), call.words().get(0).text(),
                call.userId());
        if (refused.isPresent()) {
            return ctx.ack(Replies.problem(Mrkdwn.escapeControl(refused.get()), usage));
        }
        String done = ":white_check_mark: Severity changed; the channel, the announcement thread and any"
                + " stakeholders are being told.";
        return ctx.ack(Replies.ephemeral(done, List.of(Replies.paragraph(done))));
    }
}
