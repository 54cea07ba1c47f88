package io.hikeshi.catchup;

import com.fasterxml.jackson.databind.JsonNode;
import io.hikeshi.llm.LlmException;
import io.hikeshi.postmortem.NarrativeSection;
import io.hikeshi.postmortem.NarrativeSection.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the model's postmortem sections, as leniently as {@link CatchUpDraftParser} reads a draft, and keeps only what
 * passes the same checks as a catch-up: a paragraph must cite sources it was given (it then names when they were
 * written, so reviewers can verify it), URLs not in the input are removed, mention markup and broadcasts are
 * defused. A paragraph that blames someone is dropped.
 */
final class NarrativeAnswer {

    private static final List<String> KEYS = Arrays.stream(Section.values()).map(Section::key).toList();
    private static final int MAX_PARAGRAPHS = 3;
    private static final int MAX_PARAGRAPH = 1200;
    private static final Pattern BLAME = Pattern.compile("(?i)\\b(blam(e|ed|es|ing)|at fault|fault of|(his|her|their)"
            + " fault|careless(ness|ly)?|negligen(t|ce|tly)|incompeten(t|ce)|human error|should have known"
            + "|screw(ed)? up|messed up)\\b");

    private NarrativeAnswer() {
    }

    /** The sections that survived the checks, drafted; sections left empty are not in the map. */
    static Map<Section, NarrativeSection> read(String answer, NarrativeSources sources) throws LlmException {
        JsonNode root = CatchUpDraftParser.object(answer, KEYS,
                "the model's answer did not have the postmortem's sections");
        Map<Section, NarrativeSection> sections = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            List<String> paragraphs = paragraphs(root.get(section.key()), sources);
            if (!paragraphs.isEmpty()) {
                sections.put(section, NarrativeSection.drafted(section, paragraphs));
            }
        }
        return sections;
    }

    private static List<String> paragraphs(JsonNode list, NarrativeSources sources) {
        List<String> kept = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return kept;
        }
        for (JsonNode item : list) {
            String text = CatchUpDraftChecker.clean(item.path("text").asText(""), sources.urls(), MAX_PARAGRAPH);
            List<Integer> cited = CatchUpDraftParser.numbers(item.get("sources")).stream().filter(sources::knows)
                    .distinct().sorted().toList();
            if (kept.size() < MAX_PARAGRAPHS && !cited.isEmpty() && !text.isBlank() && !BLAME.matcher(text).find()) {
                kept.add(text + " (sources: " + cited.stream().map(n -> sources.labels().get(n))
                        .distinct().collect(Collectors.joining(", ")) + ")");
            }
        }
        return kept;
    }
}
