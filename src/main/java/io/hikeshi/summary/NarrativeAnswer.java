package io.hikeshi.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hikeshi.llm.LlmException;
import io.hikeshi.postmortem.NarrativeSection;
import io.hikeshi.postmortem.NarrativeSection.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the model's postmortem sections and keeps only what passes the same checks as a catch-up: a paragraph must
 * cite sources it was given (it then names when they were written, so reviewers can verify it), URLs not in the
 * input are removed, mention markup and broadcasts are defused. A paragraph that blames someone is dropped.
 */
final class NarrativeAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PARAGRAPHS = 3;
    private static final int MAX_PARAGRAPH = 1200;
    private static final Pattern BLAME = Pattern.compile("(?i)\\b(blam(e|ed|es|ing)|at fault|fault of|(his|her|their)"
            + " fault|careless(ness|ly)?|negligen(t|ce|tly)|incompeten(t|ce)|human error|should have known"
            + "|screw(ed)? up|messed up)\\b");

    private NarrativeAnswer() {
    }

    /** The sections that survived the checks, drafted; sections left empty are not in the map. */
    static Map<Section, NarrativeSection> read(String answer, NarrativeSources sources) throws LlmException {
        JsonNode root = object(answer);
        Map<Section, NarrativeSection> sections = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            List<String> paragraphs = paragraphs(root.get(section.key()), sources);
            if (!paragraphs.isEmpty()) {
                sections.put(section, NarrativeSection.drafted(section, paragraphs));
            }
        }
        return sections;
    }

    private static JsonNode object(String answer) throws LlmException {
        int start = answer.indexOf('{');
        int end = answer.lastIndexOf('}');
        if (start < 0 || end <= start) {
            throw garbage("the model did not answer with a JSON object");
        }
        try {
            JsonNode root = JSON.readTree(answer.substring(start, end + 1));
            boolean shaped = root != null && root.isObject()
                    && List.of(Section.values()).stream().anyMatch(s -> root.get(s.key()) != null);
            if (!shaped) {
                throw garbage("the model's answer did not have the postmortem's sections");
            }
            return root;
        } catch (IOException e) {
            throw garbage("the model's answer was not valid JSON");
        }
    }

    private static List<String> paragraphs(JsonNode list, NarrativeSources sources) {
        List<String> kept = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return kept;
        }
        for (JsonNode item : list) {
            String text = DigestChecker.clean(item.path("text").asText(""), sources.urls(), MAX_PARAGRAPH);
            List<Integer> cited = cited(item.get("sources")).stream().filter(sources::knows).distinct().sorted()
                    .toList();
            if (kept.size() < MAX_PARAGRAPHS && !cited.isEmpty() && !text.isBlank() && !BLAME.matcher(text).find()) {
                kept.add(text + " (sources: " + cited.stream().map(n -> sources.labels().get(n))
                        .distinct().collect(Collectors.joining(", ")) + ")");
            }
        }
        return kept;
    }

    private static List<Integer> cited(JsonNode numbers) {
        List<Integer> cited = new ArrayList<>();
        if (numbers != null && numbers.isArray()) {
            for (JsonNode n : numbers) {
                String digits = n.asText().replaceAll("[^0-9]", "");
                if (!digits.isEmpty() && digits.length() < 9) {
                    cited.add(Integer.parseInt(digits));
                }
            }
        }
        return cited;
    }

    private static LlmException garbage(String reason) {
        return new LlmException(LlmException.Kind.GARBAGE, reason);
    }
}
