package io.hikeshi.summary;

import io.hikeshi.llm.TokenBudget;
import io.hikeshi.postmortem.NarrativeDrafter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The numbered sources a postmortem narrative may cite — the timeline, then the channel's messages — and the request
 * text that quotes them as data. When the messages do not fit the budget, the middle of the channel is left out (the
 * start and the end of an incident say the most) and the request says how many were.
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

    static NarrativeSources of(NarrativeDrafter.Input input, CatchUpInput channel, TokenBudget budget, int room) {
        Map<Integer, String> labels = new TreeMap<>();
        StringBuilder head = record(input).append("<timeline>\n");
        for (var entry : input.timeline()) {
            int number = labels.size() + 1;
            labels.put(number, entry.at());
            head.append('[').append(number).append("] ").append(entry.at()).append(' ').append(entry.kind())
                    .append(' ').append(entry.author()).append(": ").append(entry.text()).append('\n');
        }
        head.append("</timeline>\n");
        int offset = labels.size();
        List<String> messages = new ArrayList<>();
        for (SourceMessage message : channel.messages()) {
            messages.add("[" + (offset + message.number()) + "] " + CatchUpSources.CLOCK.format(message.at())
                    + " UTC " + message.author()
                    + (message.parent() > 0 ? " (reply to [" + (offset + message.parent()) + "])" : "")
                    + ": " + message.text());
        }
        List<Integer> sent = fit(messages, budget, room - budget.tokens(head) - 10);
        StringBuilder text = head.append("<messages>\n");
        int previous = -1;
        for (int index : sent) {
            if (index != previous + 1) {
                text.append("(").append(index - previous - 1).append(" messages in the middle are left out here)\n");
            }
            SourceMessage message = channel.messages().get(index);
            labels.put(offset + message.number(), CatchUpSources.CLOCK.format(message.at()) + " UTC");
            text.append(messages.get(index)).append('\n');
            previous = index;
        }
        if (previous < messages.size() - 1) {
            text.append("(").append(messages.size() - previous - 1).append(" messages are left out here)\n");
        }
        String request = text.append("</messages>").toString();
        return new NarrativeSources(request, labels, DigestChecker.urls(request));
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

    /** Indices of the messages that fit {@code room} tokens, taken alternately from the start and the end. */
    private static List<Integer> fit(List<String> messages, TokenBudget budget, int room) {
        int first = 0;
        int last = messages.size();
        int used = 0;
        boolean fromStart = true;
        while (first < last) {
            int cost = budget.tokens(messages.get(fromStart ? first : last - 1)) + 1;
            if (used + cost > room) {
                break;
            }
            used += cost;
            if (fromStart) {
                first++;
            } else {
                last--;
            }
            fromStart = !fromStart;
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            if (i < first || i >= last) {
                kept.add(i);
            }
        }
        return kept;
    }
}
