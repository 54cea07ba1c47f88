package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.catchup.CatchUps;
import io.hikeshi.incident.IncidentRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * {@code /incident summary [public]}: a catch-up on the channel. Slack is answered at once with "working on it";
 * the catch-up replaces that answer (or is posted in the channel) a few seconds later.
 */
@ApplicationScoped
class CatchUpCommand implements Subcommand {

    private final CatchUps catchUps;

    CatchUpCommand(CatchUps catchUps) {
        this.catchUps = catchUps;
    }

    @Override
    public List<String> names() {
        return List.of("summary");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " summary [public]` — catch up on the channel, privately (`public` posts it"
                + " in the channel)");
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        IncidentRef incident = call.requireIncident();
        String rest = call.rest().toLowerCase(Locale.ROOT);
        if (!rest.isEmpty() && !rest.equals("public")) {
            return ctx.ack(Replies.problem("`" + Mrkdwn.escape(Mrkdwn.truncate(call.rest(), 40)) + "` is not an"
                    + " option of summary.", String.join("\n", usage(call.command()))));
        }
        boolean inChannel = rest.equals("public");
        catchUps.request(new CatchUps.Request(incident.number(), call.userId(),
                inChannel ? CatchUps.Audience.CHANNEL : CatchUps.Audience.PRIVATE,
                inChannel ? null : call.payload().getResponseUrl(), false));
        String text = inChannel
                ? ":hourglass_flowing_sand: Writing a catch-up of " + incident.reference() + " for everyone here; it"
                        + " will be posted in the channel in a few seconds."
                : ":hourglass_flowing_sand: Catching you up on " + incident.reference() + "; the catch-up will appear"
                        + " here in a few seconds. Only you can see it.";
        return ctx.ack(Replies.ephemeral(text, List.of(Replies.paragraph(text))));
    }
}
