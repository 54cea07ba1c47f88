package io.hikeshi.catchup;

import io.hikeshi.chat.ChatHistory;
import io.hikeshi.llm.Redactor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A thread as a catch-up reads it, and the catch-ups shown for it: the model's, or the automatic one. */
final class ThreadInput {

    static final String REFERENCE = "Thread";
    private static final int TITLE_LENGTH = 80;
    private static final int RECENT_MESSAGES = 6;
    private static final int MAX_TEXT = 300;

    private ThreadInput() {
    }

    /** The thread's messages numbered in order (deleted ones and empty ones left out), people named. */
    static CatchUpInput of(String channelId, List<ChatHistory.Message> thread, UnaryOperator<String> name) {
        Map<String, Integer> numbers = new HashMap<>();
        List<SourceMessage> messages = new ArrayList<>();
        for (ChatHistory.Message m : thread) {
            if (m.deleted() || m.text() == null || m.text().isBlank()) {
                continue;
            }
            int number = messages.size() + 1;
            numbers.put(m.id(), number);
            String threadId = m.threadId();
            int parent = threadId == null || threadId.equals(m.id()) ? 0 : numbers.getOrDefault(threadId, 0);
            String author = m.userId() == null ? "an app" : name.apply(m.userId());
            messages.add(new SourceMessage(number, m.id(), threadId, parent, author,
                    MessageText.readable(m.text(), name), CatchUpSources.timeOf(m.id())));
        }
        String title = messages.isEmpty() ? "" : firstLine(messages.get(0).text());
        IncidentFacts facts = new IncidentFacts(0, REFERENCE, title, channelId, null, null, null, List.of(),
                List.of());
        return new CatchUpInput(facts, messages, "thread");
    }

    /** The model's draft, each point linked to its messages; no incident record to add. */
    static CatchUp ai(CatchUpInput input, CatchUpDraft draft, Instant now) {
        CatchUp full = CatchUps.aiCatchUp(input, draft, now);
        // aiCatchUp ends with the incident's roles, which a thread does not have.
        List<CatchUp.Section> sections = full.sections().subList(0, CatchUpDraft.KEYS.size());
        return new CatchUp(0, REFERENCE, full.title(), full.channelId(), true, null, List.copyOf(sections), false,
                full.messagesRead(), now);
    }

    /** How the thread started and its latest replies, each linked, labelled with why the model was not used. */
    static CatchUp automatic(CatchUpInput input, String notice, Instant now) {
        List<SourceMessage> messages = input.messages();
        List<CatchUp.Section> sections = new ArrayList<>();
        sections.add(new CatchUp.Section("How it started", List.of(point(messages.get(0)))));
        List<SourceMessage> recent = messages.subList(Math.max(1, messages.size() - RECENT_MESSAGES), messages.size());
        sections.add(new CatchUp.Section("Most recent replies", recent.isEmpty()
                ? List.of(new CatchUp.Point("Nobody has replied yet.", List.of()))
                : recent.stream().map(ThreadInput::point).toList()));
        return new CatchUp(0, REFERENCE, input.facts().title(), input.facts().channelId(), false, notice, sections,
                false, messages.size(), now);
    }

    private static CatchUp.Point point(SourceMessage m) {
        String text = m.author() + ": " + m.text();
        return new CatchUp.Point(CatchUpDraftChecker.clean(Redactor.redactVisible(text), CatchUpDraftChecker.urls(text),
                MAX_TEXT), List.of(m.source()));
    }

    /** The thread's first line, redacted and shortened, as the catch-up's title. */
    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return CatchUpDraftChecker.clean(Redactor.redactVisible(line), CatchUpDraftChecker.urls(line), TITLE_LENGTH);
    }
}
