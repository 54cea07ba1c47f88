package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.input.TextField;
import java.util.List;

/**
 * One {@code /incident <name> …} subcommand. Implementations are CDI beans; {@link IncidentCommand} finds them by
 * name, and {@link CommandHelp} lists their usage lines in its one order.
 */
interface Subcommand {

    /** The words that select this subcommand: its name first, then any short forms, e.g. {@code sev}. */
    List<String> names();

    /** Usage lines for the help text, each "`/incident …` — what it does". */
    List<String> usage(String command);

    /** Whether the subcommand acts on the incident of the channel it is typed in. */
    default boolean needsIncident() {
        return false;
    }

    /**
     * The kind of text the subcommand reads after its name; {@link IncidentCommand} refuses anything much longer
     * before the subcommand sees it.
     */
    default TextField text() {
        return TextField.OPTIONS;
    }

    Response handle(CommandCall call, SlashCommandContext ctx);
}
