package io.hikeshi.catchup;

import io.hikeshi.llm.LlmException;
import io.hikeshi.llm.Redactor;
import io.hikeshi.llm.TokenBudget;
import io.hikeshi.postmortem.NarrativeDrafter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The numbered sources a postmortem narrative may cite — the timeline, then the channel's messages — and the request
 * text that quotes them as data, redacted and measured as sent. A channel too long to quote whole comes as the points
 * of its map-reduce draft instead, each with the numbers of the messages it cites, so that citations still lead to
 * real messages and no message goes unread.
 *
 * @param text   the user message: the incident record and the sources
 * @param labels by source number, when it was written, for the reader of the draft; only sources sent are here
 * @param urls   URLs in the input; only these may appear in the answer
 */
record NarrativeSources(String text, Map<Integer, String> labels, Set<String> urls) {

    /** Whether {@code number} is a source the model was given, and so may be cited. */
    boolean knows(int number) {
        return labels.containsKey(number);
    }

    /** The timeline and every message of the channel, or nothing when they do not fit {@code room} tokens. */
    static Optional<NarrativeSources> whole(NarrativeDrafter.Input input, CatchUpInput channel, TokenBudget budget,
                                            int room) {
        Map<Integer, String> labels = new TreeMap<>();
        StringBuilder text = timeline(input, labels).append("<messages>\n");
        int offset = labels.size();
        for (SourceMessage message : channel.messages()) {
            labels.put(offset + message.number(), time(message));
            text.append(message.line(offset)).append('\n');
        }
        String request = safe(text.append("</messages>"));
        return budget.tokens(request) <= room ? Optional.of(new NarrativeSources(request, labels,
                CatchUpDraftChecker.urls(request))) : Optional.empty();
    }

    /**
     * The timeline and the points of {@code draft}, a draft of all of the channel's messages. A point cites
     * messages by their numbers here, and those messages are the ones that may be cited.
     */
    static NarrativeSources condensed(NarrativeDrafter.Input input, CatchUpInput channel, CatchUpDraft draft,
                                      TokenBudget budget, int room) throws LlmException {
        Map<Integer, String> labels = new TreeMap<>();
        StringBuilder text = timeline(input, labels);
        int offset = labels.size();
        Map<Integer, SourceMessage> byNumber = new HashMap<>();
        channel.messages().forEach(m -> byNumber.put(m.number(), m));
        text.append("<condensed_messages count=\"").append(channel.messages().size()).append("\">\n");
        for (int i = 0; i < CatchUpDraft.HEADINGS.size(); i++) {
            List<CatchUpDraft.Point> points = draft.lists().get(i);
            if (points.isEmpty()) {
                continue;
            }
            text.append(CatchUpDraft.HEADINGS.get(i)).append(":\n");
            for (CatchUpDraft.Point point : points) {
                // The draft was checked against these messages; checking again keeps every label a real message.
                List<Integer> cited = point.sources().stream().filter(byNumber::containsKey).toList();
                if (cited.isEmpty()) {
                    continue;
                }
                cited.forEach(n -> labels.put(offset + n, time(byNumber.get(n))));
                text.append("- ").append(point.text()).append(" (messages ").append(cited.stream()
                        .map(n -> String.valueOf(offset + n)).collect(Collectors.joining(", "))).append(")\n");
            }
        }
        String request = safe(text.append("</condensed_messages>"));
        if (budget.tokens(request) > room) {
            throw new LlmException(LlmException.Kind.ERROR, "the timeline and the condensed channel are too long for"
                    + " the model's context budget");
        }
        return new NarrativeSources(request, labels, CatchUpDraftChecker.urls(request));
    }

    /** The incident record and the numbered timeline; {@code labels} gets a label per entry. */
    private static StringBuilder timeline(NarrativeDrafter.Input input, Map<Integer, String> labels) {
        StringBuilder head = record(input).append("<timeline>\n");
        for (var entry : input.timeline()) {
            int number = labels.size() + 1;
            labels.put(number, entry.at());
            head.append('[').append(number).append("] ").append(entry.at()).append(' ').append(entry.kind())
                    .append(' ').append(entry.author()).append(": ").append(SourceMessage.oneLine(entry.text()))
                    .append('\n');
        }
        return head.append("</timeline>\n");
    }

    private static StringBuilder record(NarrativeDrafter.Input input) {
        var incident = input.incident();
        StringBuilder head = new StringBuilder("<incident>\n").append(incident.reference()).append(": ")
                .append(incident.title()).append('\n');
        if (!incident.description().isBlank()) {
            head.append("Description: ").append(incident.description()).append('\n');
        }
        head.append("Severity: ").append(incident.severity()).append(" (").append(incident.severityImpact())
                .append("). Status: ").append(incident.status()).append('\n')
                .append("Time to detect / mitigate / resolve: ").append(input.durations().toDetect()).append(" / ")
                .append(input.durations().toMitigate()).append(" / ").append(input.durations().toResolve()).append('\n');
        input.actionItems().forEach(item -> head.append("Action item: ").append(item.text())
                .append(item.done() ? " (done)" : "").append('\n'));
        return head.append("</incident>\n");
    }

    private static String time(SourceMessage message) {
        return CatchUpSources.CLOCK.format(message.at()) + " UTC";
    }

    /** What the client sends: measured and searched for URLs as such, so the budget and the URL check hold. */
    private static String safe(CharSequence text) {
        return Redactor.redactVisible(text.toString());
    }
}
