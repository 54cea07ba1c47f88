package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import io.hikeshi.incident.Declaration;
import java.util.List;

/** What the declarer sees right after declaring, before the channel exists. */
final class DeclareConfirmation {

    private DeclareConfirmation() {
    }

    static String text(Declaration declaration) {
        return (declaration.drill() ? "Drill " : "Incident ") + declaration.reference() + " declared: "
                + Mrkdwn.escape(declaration.title(), 2000) + " (" + declaration.severity() + "). Opening #"
                + declaration.channelName();
    }

    static List<LayoutBlock> blocks(Declaration declaration) {
        String icon = declaration.drill() ? ":construction:" : ":fire:";
        return List.of(
                section(s -> s.text(markdownText(icon + " *" + declaration.reference() + " declared* — "
                        + Mrkdwn.escape(declaration.title(), 2000) + " · " + declaration.severity()
                        + (declaration.drill() ? " · _drill_" : "") + (declaration.privateIncident() ? " · :lock: _private_"
                        : "")))),
                context(c -> c.elements(List.of(markdownText(declaration.privateIncident()
                        ? "I'm opening the private channel `#" + declaration.channelName() + "` with only you in it, as"
                                + " commander; invite the people who should know with `/invite`. Only its members"
                                + " see this incident in hikeshi."
                        : "I'm opening `#" + declaration.channelName() + "` and inviting you as commander; it appears"
                                + " in a few seconds, with the incident card pinned and the declaration announced.")))));
    }
}
