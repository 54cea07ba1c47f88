package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import io.hikeshi.incident.Durations;
import io.hikeshi.incident.IncidentCard;
import java.util.ArrayList;
import java.util.List;

/** Block Kit for the incident card, the announcement and the channel topic. */
final class CardBlocks {

    /** Alerts on the card; each line is at most ~560 characters, so five stay within a section's 3,000. */
    private static final int CARD_ALERTS = 4;

    private CardBlocks() {
    }

    static String headline(IncidentCard card) {
        return (card.drill() ? "🧯 " : "🔥 ") + card.reference() + " · " + card.title();
    }

    /** The card pinned in the incident channel. */
    static List<LayoutBlock> card(IncidentCard card, String command) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Mrkdwn.plain(headline(card), 150)))));
        if (card.drill()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(
                    ":construction: *This is a drill.* Practise as if it were real; no stakeholders are notified.")))));
        }
        if (card.privateIncident()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(":lock: *Private incident.* Only the people in this"
                    + " channel (and the incident admins) see it in hikeshi. Invite people with `/invite`; `"
                    + command + " public` makes it public.")))));
        }
        List<TextObject> fields = new ArrayList<>(List.of(
                markdownText("*Severity*\n" + card.severity() + " — " + Mrkdwn.escape(card.severityImpact())),
                markdownText("*Status*\n" + card.status()),
                markdownText("*Commander*\n" + card.commander().map(Mrkdwn::user).orElse("_unassigned_")),
                markdownText("*Scribe*\n" + card.scribe().map(Mrkdwn::user)
                        .orElse("_unassigned_ · `" + command + " scribe @someone`"))));
        // Slack allows ten fields a section.
        card.otherRoles().entrySet().stream().limit(6).forEach(role -> fields.add(markdownText(
                "*" + Mrkdwn.escape(capitalised(role.getKey())) + "*\n" + Mrkdwn.user(role.getValue()))));
        blocks.add(section(s -> s.fields(fields)));
        if (card.description() != null) {
            blocks.add(section(s -> s.text(markdownText(Mrkdwn.escape(card.description(), 2900)))));
        }
        blocks.add(section(s -> s.text(markdownText(latestUpdate(card, command)))));
        if (card.timing() != null && card.timing().any()) {
            IncidentCard.Timing t = card.timing();
            blocks.add(context(c -> c.elements(List.of(markdownText("Time to detect " + Durations.format(t.toDetect())
                    + " · to mitigate " + Durations.format(t.toMitigate()) + " · to resolve "
                    + Durations.format(t.toResolve()))))));
        }
        alerts(card).ifPresent(blocks::add);
        blocks.addAll(ActionItemBlocks.onCard(card, command));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "Declared by " + Mrkdwn.user(card.declaredBy()) + " " + Mrkdwn.time(card.declaredAt())
                        + " · The commander coordinates and decides; the scribe keeps the record."
                        + " · `" + command + " help` lists every command.")))));
        return blocks;
    }

    /** The alerts of the incident, firing first; five at most, each line the sender's text shown as text. */
    private static java.util.Optional<LayoutBlock> alerts(IncidentCard card) {
        if (card.alerts() == null || card.alerts().isEmpty()) {
            return java.util.Optional.empty();
        }
        long firing = card.alerts().stream().filter(IncidentCard.TriggeringAlert::firing).count();
        StringBuilder text = new StringBuilder("*Alerts* · " + firing + " firing, " + (card.alerts().size() - firing)
                + " resolved");
        card.alerts().stream().limit(CARD_ALERTS).forEach(alert -> {
            String labels = alert.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "));
            text.append("\n").append(alert.firing() ? ":red_circle: " : ":large_green_circle: ")
                    .append(Mrkdwn.escape(alert.name(), 150));
            if (!labels.isEmpty()) {
                text.append(" (").append(Mrkdwn.escape(labels, 250)).append(")");
            }
            if (alert.startsAt() != null) {
                text.append(" · since ").append(Mrkdwn.time(alert.startsAt()));
            }
            if (!alert.firing() && alert.endsAt() != null) {
                text.append(" · resolved ").append(Mrkdwn.time(alert.endsAt()));
            }
        });
        if (card.alerts().size() > CARD_ALERTS) {
            text.append("\n…and ").append(card.alerts().size() - CARD_ALERTS).append(" more in the timeline");
        }
        return java.util.Optional.of(section(s -> s.text(markdownText(text.toString()))));
    }

    private static String latestUpdate(IncidentCard card, String command) {
        if (card.latestUpdate() == null) {
            return "*Latest update*\n_None yet._ Post one with `" + command + " update <what changed, what's next>`.";
        }
        IncidentCard.Update update = card.latestUpdate();
        return "*Latest update* · " + Mrkdwn.time(update.at()) + " · " + Mrkdwn.user(update.author()) + "\n"
                + Mrkdwn.escape(update.text(), 2500);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The declaration as announced in the announcement channel. */
    static List<LayoutBlock> announcement(IncidentCard card) {
        String kind = (card.privateIncident() ? "private " : "") + (card.drill() ? "drill" : "incident");
        return List.of(
                section(s -> s.text(markdownText((card.drill() ? ":construction: " : ":rotating_light: ")
                        + "*" + card.severity() + " " + kind + " declared:* " + Mrkdwn.escape(card.title())
                        + (card.privateIncident() ? "\nIts channel " + Mrkdwn.channel(card.channelId())
                                + " is private: ask its commander to be added."
                                : "\nJoin " + Mrkdwn.channel(card.channelId()) + " to help.")))),
                context(c -> c.elements(List.of(markdownText(card.reference() + " · " + card.severity() + " — "
                        + Mrkdwn.escape(card.severityImpact()) + " · Commander: "
                        + card.commander().map(Mrkdwn::user).orElse("unassigned")
                        + " · Declared " + Mrkdwn.time(card.declaredAt()))))));
    }

    /** The message text Slack shows in notifications and where blocks cannot be shown; the title stays words. */
    static String fallback(IncidentCard card) {
        return card.reference() + " (" + card.severity() + ", " + card.status() + "): " + Mrkdwn.escape(card.title(),
                2000);
    }

    /** The channel topic: at most 250 characters, the facts people glance at. */
    static String topic(IncidentCard card, String command) {
        String facts = (card.privateIncident() ? "PRIVATE · " : "") + (card.drill() ? "DRILL · " : "") + card.severity() + " · " + card.status()
                + " · Commander: " + card.commander().map(Mrkdwn::user).orElse("unassigned")
                + " · " + command + " help · ";
        return facts + Mrkdwn.plain(card.title(), Math.max(20, 250 - facts.length()));
    }
}
