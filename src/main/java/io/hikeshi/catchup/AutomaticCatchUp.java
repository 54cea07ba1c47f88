package io.hikeshi.catchup;

import io.hikeshi.llm.Redactor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The catch-up made without a model: the latest status update, the roles, the newest timeline highlights and the
 * most recent messages, each message linked. Deterministic, so it is what users get when no LLM is configured or
 * the LLM fails.
 */
final class AutomaticCatchUp {

    static final int TIMELINE_ENTRIES = 6;
    static final int RECENT_MESSAGES = 6;
    private static final int MAX_TEXT = 300;

    private AutomaticCatchUp() {
    }

    static CatchUp of(CatchUpInput input, String notice, boolean offerRetry, Instant now) {
        IncidentFacts facts = input.facts();
        List<CatchUp.Section> sections = new ArrayList<>();
        sections.add(new CatchUp.Section("Latest status update", List.of(plain(facts.latestUpdate() == null
                ? "No status update yet. Status: " + facts.status() + ", severity " + facts.severity() + "."
                : facts.latestUpdate()))));
        sections.add(CatchUps.rolesSection(facts));
        List<String> timeline = facts.timeline();
        sections.add(new CatchUp.Section("Timeline highlights", timeline.subList(Math.max(0,
                timeline.size() - TIMELINE_ENTRIES), timeline.size()).stream().map(AutomaticCatchUp::plain).toList()));
        List<SourceMessage> messages = input.messages();
        List<CatchUp.Point> recent = messages.subList(Math.max(0, messages.size() - RECENT_MESSAGES), messages.size())
                .stream().map(m -> new CatchUp.Point(shorten(m.author() + ": " + m.text()),
                        List.of(m.source()))).toList();
        sections.add(new CatchUp.Section("Most recent messages", recent.isEmpty()
                ? List.of(plain("Nobody has written in the channel yet.")) : recent));
        return new CatchUp(facts.incidentId(), facts.reference(), facts.title(), facts.channelId(), false, notice,
                sections, offerRetry, messages.size(), now);
    }

    private static CatchUp.Point plain(String text) {
        return new CatchUp.Point(shorten(text), List.of());
    }

    private static String shorten(String text) {
        return CatchUpDraftChecker.clean(Redactor.redactVisible(text), CatchUpDraftChecker.urls(text), MAX_TEXT);
    }
}
