package io.hikeshi.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import io.hikeshi.labels.IncidentLabels;
import io.hikeshi.labels.InvalidLabelException;
import io.hikeshi.labels.Label;
import io.hikeshi.labels.LabelKind;
import io.hikeshi.labels.LabelNames;
import io.hikeshi.labels.Labels;
import io.hikeshi.input.TextField;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code /incident label} shows the incident's labels; {@code label service api, auth}, {@code label cause deploy}
 * and {@code label tag …} set one kind (confirmed, by the caller); {@code label confirm} confirms the suggestions.
 */
@ApplicationScoped
class LabelCommand implements Subcommand {

    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,30}");
    private static final int MAX_REASON = 300;

    private final Labels labels;

    LabelCommand(Labels labels) {
        this.labels = labels;
    }

    @Override
    public List<String> names() {
        return List.of("label", "labels");
    }

    @Override
    public List<String> usage(String command) {
        return List.of("`" + command + " label` — the incident's labels (services, cause, tags); `" + command
                + " label service api, auth` · `label cause <cause>` · `label tag …` · `label confirm` to set or"
                + " confirm them");
    }

    @Override
    public boolean needsIncident() {
        return true;
    }

    @Override
    public TextField text() {
        return TextField.LABELS;
    }

    @Override
    public Response handle(CommandCall call, SlashCommandContext ctx) {
        long incident = call.requireIncident().number();
        List<CommandTokens.Token> words = call.words();
        if (words.isEmpty()) {
            return reply(ctx, show(call, labels.current(incident)));
        }
        String first = words.get(0).text();
        if (first.equalsIgnoreCase("confirm") && words.size() == 1) {
            List<LabelKind> confirmed = labels.confirm(incident, call.userId());
            return reply(ctx, confirmed.isEmpty() ? "No label is waiting to be confirmed; nothing changed."
                    : ":white_check_mark: Confirmed " + confirmed.stream().map(k -> k.title().toLowerCase())
                    .collect(Collectors.joining(", ")) + ".");
        }
        var kind = LabelKind.parse(first);
        if (kind.isEmpty() || words.size() < 2) {
            String problem = kind.isEmpty() ? "I don't know the label `" + Mrkdwn.escape(first, 40) + "`."
                    : "Give the " + kind.get().title().toLowerCase() + " after `" + kind.get().stored() + "`, or"
                    + " `none` to clear it.";
            return ctx.ack(Replies.problem(problem, correctUsage(call.command())));
        }
        String value = words.subList(1, words.size()).stream().map(CommandTokens.Token::text)
                .collect(Collectors.joining(" "));
        try {
            Labels.Outcome outcome = labels.set(incident, kind.get(), LabelNames.parse(value), call.userId());
            Label now = labels.current(incident).of(kind.get());
            String what = kind.get().title() + ": " + Mrkdwn.escape(now.text());
            return reply(ctx, switch (outcome) {
                case CHANGED -> ":white_check_mark: " + what + " (set by you).";
                case CONFIRMED -> ":white_check_mark: " + what + " (confirmed by you).";
                case UNCHANGED -> what + " already, confirmed; nothing changed.";
            });
        } catch (InvalidLabelException e) {
            return ctx.ack(Replies.problem(Mrkdwn.escapeControl(e.getMessage()), correctUsage(call.command())));
        }
    }

    private String correctUsage(String command) {
        return "`" + command + " label service api, auth`, `" + command + " label cause <" + labels.causesText()
                .replace(", ", "|") + ">`, `" + command + " label tag <tags>`, `" + command + " label confirm`, or `"
                + command + " label` to see them";
    }

    private static String show(CommandCall call, IncidentLabels current) {
        StringBuilder text = new StringBuilder("*Labels of " + Mrkdwn.escape(call.requireIncident().reference())
                + "*");
        for (Label label : current.all()) {
            text.append("\n• *").append(label.kind().title()).append("*: ").append(Mrkdwn.escape(label.text()));
            if (label.isSet()) {
                text.append(" — _").append(label.state().label()).append("_ ").append(by(label)).append(", ")
                        .append(Mrkdwn.time(label.at()));
            }
            if (label.suggested() && label.reason() != null) {
                text.append("\n    ◦ ").append(Mrkdwn.escape(label.reason(), MAX_REASON));
            }
        }
        if (current.anySuggested()) {
            text.append("\nConfirm the suggestions with `").append(call.command()).append(" label confirm`, or set"
                    + " one, e.g. `").append(call.command()).append(" label cause deploy`.");
        }
        return text.toString();
    }

    private static String by(Label label) {
        String by = label.by();
        return by == null ? "" : "by " + (USER_ID.matcher(by).matches() ? "<@" + by + ">" : Mrkdwn.escape(by, 80));
    }

    private static Response reply(SlashCommandContext ctx, String text) {
        return ctx.ack(Replies.ephemeral(text, List.of(Replies.paragraph(text))));
    }
}
