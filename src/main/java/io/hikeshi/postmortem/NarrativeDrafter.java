package io.hikeshi.postmortem;

import java.util.List;

/**
 * Drafts the written sections of a postmortem. An implementation backed by a language model must treat the
 * timeline and transcript as untrusted data (redacted before they leave the process), write in blameless language
 * (systems and decisions, never individuals at fault), cite only messages that exist, and return a section as a
 * prompt whenever it cannot draft it. It must not throw: a failure is a {@link Narrative} of prompts that says why.
 */
public interface NarrativeDrafter {

    Narrative draft(Input input);

    /** What the drafter may use: the facts of the incident and its timeline. */
    record Input(long incidentId, PostmortemFacts.Incident incident, PostmortemFacts.Durations durations,
                 List<PostmortemFacts.TimelineEntry> timeline, List<PostmortemFacts.ActionItem> actionItems) {
    }
}
