package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.input.TextField;
import java.util.List;

/**
 * One {@code /incident <name> …} subcommand. Implementations are CDI beans; {@link IncidentCommand} finds them by
 * name and builds the help text from their usage lines, so adding a subcommand touches no other class.
 */
interface Subcommand {

    /** The words that select this subcommand, e.g. {@code declare}. */
    List<String> names();

    /** Usage lines for the help text, each "`/incident …` — what it does". */
    List<String> usage(String command);

    /** Position in the help text; lower comes first. */
    int order();

    /** Whether the subcommand acts on the incident of the channel it is typed in. */
    default boolean needsIncident() {
        return false;
    }

    /**
     * The kind of text the subcommand {@code name} reads after its name; {@link IncidentCommand} refuses anything
     * much longer before the subcommand sees it.
     */
    default TextField text(String name) {
        return TextField.OPTIONS;
    }

    Response handle(CommandCall call, SlashCommandContext ctx);
}
