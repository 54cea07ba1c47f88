package io.hikeshi.postmortem;

import java.util.EnumMap;
import java.util.Map;

/** The written sections of one postmortem draft; templates read them as {@code narrative.summary} and so on. */
public final class Narrative {

    /** The source of a narrative drafted without a language model. */
    public static final String NO_MODEL = "No language model is configured (LLM_BASE_URL), so the written sections"
            + " are prompts for the people who were there.";

    private final Map<NarrativeSection.Section, NarrativeSection> sections;
    private final String source;
    private final boolean failed;

    /**
     * @param sections the drafted sections; sections missing here get their prompt
     * @param source   how they were drafted, for the reader, e.g. "no language model configured"
     */
    public Narrative(Map<NarrativeSection.Section, NarrativeSection> sections, String source) {
        this(sections, source, false);
    }

    private Narrative(Map<NarrativeSection.Section, NarrativeSection> sections, String source, boolean failed) {
        this.failed = failed;
        this.sections = new EnumMap<>(NarrativeSection.Section.class);
        for (NarrativeSection.Section section : NarrativeSection.Section.values()) {
            this.sections.put(section, sections.getOrDefault(section, NarrativeSection.prompt(section)));
        }
        this.source = source;
    }

    /** Every section as a prompt for people to write. */
    public static Narrative prompts(String source) {
        return new Narrative(Map.of(), source);
    }

    /** Every section as a prompt because drafting failed; {@code reason} tells the reviewers why. */
    public static Narrative failed(String reason) {
        return new Narrative(Map.of(), reason, true);
    }

    /** Whether drafting was attempted and failed, so the reviewers should be told {@link #source()}. */
    public boolean failed() {
        return failed;
    }

    public NarrativeSection get(NarrativeSection.Section section) {
        return sections.get(section);
    }

    public String source() {
        return source;
    }

    /** Whether any section was drafted by a language model. */
    public boolean aiDrafted() {
        return sections.values().stream().anyMatch(NarrativeSection::aiDrafted);
    }

    public NarrativeSection summary() {
        return get(NarrativeSection.Section.SUMMARY);
    }

    public NarrativeSection impact() {
        return get(NarrativeSection.Section.IMPACT);
    }

    public NarrativeSection detection() {
        return get(NarrativeSection.Section.DETECTION);
    }

    public NarrativeSection response() {
        return get(NarrativeSection.Section.RESPONSE);
    }

    public NarrativeSection rootCause() {
        return get(NarrativeSection.Section.ROOT_CAUSE);
    }

    public NarrativeSection wentWell() {
        return get(NarrativeSection.Section.WENT_WELL);
    }

    public NarrativeSection wentPoorly() {
        return get(NarrativeSection.Section.WENT_POORLY);
    }

    public NarrativeSection lucky() {
        return get(NarrativeSection.Section.LUCKY);
    }

    public NarrativeSection lessons() {
        return get(NarrativeSection.Section.LESSONS);
    }
}
