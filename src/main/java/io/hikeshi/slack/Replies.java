package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.ResponseTypes;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** Ephemeral answers to slash commands: usage, and what was wrong with what someone typed. */
final class Replies {

    private Replies() {
    }

    static String declareUsage(String command) {
        return "`" + command + " declare <title> [--sev N] [--drill] [--service api,auth] [--private]`";
    }

    static SlashCommandResponse usage(String command, List<String> usageLines) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("*🚒 hikeshi — incident response in Slack*\n"
                + String.join("\n", usageLines.stream().map(line -> "• " + line).toList())))));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "Severity: `--sev 1` (most severe) to `--sev 4`. `--drill` marks a practice incident; `--private` opens a private incident (security work) that only its members see.")))));
        return ephemeral("hikeshi commands:\n" + String.join("\n", usageLines), blocks);
    }

    /** What was wrong, then how to type it. */
    static SlashCommandResponse problem(String problem, String correctUsage) {
        String text = ":warning: " + problem + "\nUsage: " + correctUsage;
        return ephemeral(text, List.of(section(s -> s.text(markdownText(text)))));
    }

    static LayoutBlock paragraph(String mrkdwn) {
        return Blocks.section(s -> s.text(markdownText(Mrkdwn.truncate(mrkdwn, 3000))));
    }

    static SlashCommandResponse ephemeral(String text, List<LayoutBlock> blocks) {
        return SlashCommandResponse.builder().responseType(ResponseTypes.ephemeral).text(text).blocks(blocks).build();
    }
}
