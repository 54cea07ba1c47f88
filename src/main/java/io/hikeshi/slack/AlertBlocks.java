package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import io.hikeshi.alerts.TriageMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The triage message of an alert group: its alerts (every label, summary and link is the sender's text, shown as
 * text), then Declare and Dismiss while nobody has acted, or who did what. At most 14 blocks, each within Slack's
 * limits whatever the alerts hold.
 */
final class AlertBlocks {

    static final String DECLARE_ACTION = "alert_declare";
    static final String DISMISS_ACTION = "alert_dismiss";
    private static final int MAX_LABELS_TEXT = 1_200;

    private AlertBlocks() {
    }

    static List<LayoutBlock> message(TriageMessage message) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String counts = message.firing() + " firing" + (message.resolved() > 0 ? ", " + message.resolved()
                + " resolved" : "");
        blocks.add(section(s -> s.text(markdownText((message.firing() > 0 ? ":rotating_light:" : ":white_check_mark:")
                + " *" + Mrkdwn.escape(message.source()) + " alert* · " + counts + " · route "
                + Mrkdwn.escape(message.route(), 200)))));
        for (TriageMessage.Item item : message.alerts()) {
            blocks.add(section(s -> s.text(markdownText(alert(item)))));
        }
        if (message.notShown() > 0) {
            blocks.add(context(c -> c.elements(List.of(markdownText("…and " + message.notShown()
                    + " more alerts in this group")))));
        }
        String value = Long.toString(message.groupId());
        switch (message.state()) {
            case OPEN -> blocks.add(actions(a -> a.elements(List.of(
                    button(b -> b.actionId(DECLARE_ACTION).value(value).style("primary").text(plainText("Declare"))),
                    button(b -> b.actionId(DISMISS_ACTION).value(value).text(plainText("Dismiss")))))));
            case DISMISSED -> blocks.add(context(c -> c.elements(List.of(markdownText("Dismissed by "
                    + Mrkdwn.user(message.actor()))))));
            case DECLARED -> blocks.add(context(c -> c.elements(List.of(markdownText("Declared as "
                    + Mrkdwn.escape(message.incident() == null ? "an incident" : message.incident(), 40)
                    + (message.actor() == null ? "" : " by " + Mrkdwn.user(message.actor())))))));
        }
        return blocks;
    }

    static String fallback(TriageMessage message) {
        return Mrkdwn.plain(message.source() + " alert: " + message.headline(), 300);
    }

    private static String alert(TriageMessage.Item item) {
        StringBuilder text = new StringBuilder(item.firing() ? ":red_circle: *" : ":large_green_circle: *")
                .append(Mrkdwn.escape(item.name(), 200)).append("*");
        if (item.summary() != null) {
            text.append(" — ").append(Mrkdwn.escape(item.summary(), 500));
        }
        String labels = labels(item.labels());
        if (!labels.isEmpty()) {
            text.append("\n").append(Mrkdwn.escape(labels, MAX_LABELS_TEXT));
        }
        if (item.startsAt() != null) {
            text.append("\n").append(item.firing() ? "Firing since " : "Fired at ").append(Mrkdwn.time(item.startsAt()));
        }
        if (!item.firing() && item.endsAt() != null) {
            text.append(" · resolved at ").append(Mrkdwn.time(item.endsAt()));
        }
        if (item.link() != null) {
            // The link is http(s) only (checked on arrival); escaped, so it cannot close the link or add a label.
            text.append("\n").append(Mrkdwn.plain(item.link(), 600));
        }
        return text.toString();
    }

    private static String labels(Map<String, String> labels) {
        return labels.entrySet().stream().filter(entry -> !entry.getKey().equals("alertname"))
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(" · "));
    }
}
