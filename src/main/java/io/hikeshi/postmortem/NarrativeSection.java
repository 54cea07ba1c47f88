package io.hikeshi.postmortem;

import java.util.List;

/**
 * One written section of a postmortem: text an LLM drafted (marked "AI draft — verify") or, without one, a prompt
 * telling people what to write. Written out in a template as {@code {narrative.summary}}, it is ready Markdown.
 *
 * @param section   which section
 * @param paragraphs the drafted text, plain (escaped for Markdown when written); empty when not drafted
 * @param aiDrafted whether an LLM wrote the paragraphs
 */
public record NarrativeSection(Section section, List<String> paragraphs, boolean aiDrafted) {

    public static final String AI_MARK = "AI draft — verify";

    /** The written sections of a postmortem, each with what people should write there. */
    public enum Section {
        SUMMARY("summary", "In two or three sentences: what happened, who was affected, and how it ended."),
        IMPACT("impact", "Who and what was affected, for how long and how badly: customers, requests, money, data."
                + " Give numbers where you have them."),
        DETECTION("detection", "How did we find out: an alert, a customer, a colleague? Could we have known sooner,"
                + " and what would have told us?"),
        RESPONSE("response", "How the response unfolded: who was brought in, which decisions were made with the"
                + " information available at the time, and what moved us forward or held us back."),
        ROOT_CAUSE("rootCause", "The conditions in the system that made this possible — technical, process and"
                + " organisational — and why they made sense at the time. Systems and decisions, not people."),
        WENT_WELL("wentWell", "What worked: tools, practices, people's calls that helped."),
        WENT_POORLY("wentPoorly", "What got in the way: missing signals, confusing tools, unclear ownership,"
                + " slow hand-offs."),
        LUCKY("lucky", "Where we got lucky: things that limited the damage this time but that we cannot count on."),
        LESSONS("lessons", "What we learned and what we will change; link each change to an action item.");

        private final String key;
        private final String prompt;

        Section(String key, String prompt) {
            this.key = key;
            this.prompt = prompt;
        }

        /** The name templates use: {@code narrative.rootCause}. */
        public String key() {
            return key;
        }

        /** What people should write in this section; also the LLM's brief for it. */
        public String prompt() {
            return prompt;
        }
    }

    /** A section for people to write, with its prompt. */
    public static NarrativeSection prompt(Section section) {
        return new NarrativeSection(section, List.of(), false);
    }

    public static NarrativeSection drafted(Section section, List<String> paragraphs) {
        return new NarrativeSection(section, List.copyOf(paragraphs), true);
    }

    /** The section as Markdown: the drafted paragraphs under the AI mark, or the prompt as a quote. */
    public String markdown() {
        if (needsWriting()) {
            return "> _To write:_ " + section.prompt();
        }
        StringBuilder out = new StringBuilder("> _" + AI_MARK + ":_ written by a language model from the timeline"
                + " and the channel; check every statement, then remove this line.\n");
        paragraphs.forEach(p -> out.append('\n').append(MarkdownText.escape(p)).append('\n'));
        return out.toString().stripTrailing();
    }

    /** Whether the section still needs a person to write it. */
    public boolean needsWriting() {
        return !aiDrafted || paragraphs.isEmpty();
    }

    @Override
    public String toString() {
        return markdown();
    }
}
