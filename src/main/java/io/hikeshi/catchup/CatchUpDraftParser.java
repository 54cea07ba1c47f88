package io.hikeshi.catchup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hikeshi.llm.LlmException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the model's answer into a {@link CatchUpDraft}. Lenient about the wrapping (code fences, text around the
 * object, numbers written as strings), strict about the shape: an answer without the expected lists is garbage.
 */
final class CatchUpDraftParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_POINTS = 8;

    private CatchUpDraftParser() {
    }

    static CatchUpDraft parse(String answer) throws LlmException {
        JsonNode root = object(answer, CatchUpDraft.KEYS, "the model's answer did not have the requested fields");
        List<List<CatchUpDraft.Point>> lists = new ArrayList<>();
        for (String key : CatchUpDraft.KEYS) {
            lists.add(points(root.get(key)));
        }
        return CatchUpDraft.of(lists);
    }

    /**
     * The JSON object in {@code answer}, from its first brace to its last; it must have at least one of {@code keys},
     * else it is garbage for the reason {@code missing}.
     */
    static JsonNode object(String answer, List<String> keys, String missing) throws LlmException {
        int start = answer.indexOf('{');
        int end = answer.lastIndexOf('}');
        if (start < 0 || end <= start) {
            throw garbage("the model did not answer with a JSON object");
        }
        JsonNode root;
        try {
            root = JSON.readTree(answer.substring(start, end + 1));
        } catch (IOException e) {
            throw garbage("the model's answer was not valid JSON");
        }
        if (root == null || !root.isObject() || keys.stream().noneMatch(key -> root.get(key) != null)) {
            throw garbage(missing);
        }
        return root;
    }

    private static List<CatchUpDraft.Point> points(JsonNode list) {
        List<CatchUpDraft.Point> points = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return points;
        }
        for (JsonNode item : list) {
            if (points.size() == MAX_POINTS) {
                break;
            }
            JsonNode text = item.get("text");
            if (text == null || !text.isTextual() || text.asText().isBlank()) {
                continue;
            }
            points.add(new CatchUpDraft.Point(text.asText().strip(), numbers(item.get("sources"))));
        }
        return points;
    }

    /** The numbers in a "sources" array, written as numbers or as strings such as "[12]"; anything else is skipped. */
    static List<Integer> numbers(JsonNode sources) {
        List<Integer> numbers = new ArrayList<>();
        if (sources == null || !sources.isArray()) {
            return numbers;
        }
        for (JsonNode source : sources) {
            String digits = source.asText().replaceAll("[^0-9]", "");
            if (!digits.isEmpty() && digits.length() < 9) {
                numbers.add(Integer.parseInt(digits));
            }
        }
        return numbers;
    }

    private static LlmException garbage(String reason) {
        return new LlmException(LlmException.Kind.GARBAGE, reason);
    }

    /** The draft as compact JSON, as a merge request quotes it. */
    static String toJson(CatchUpDraft draft) {
        try {
            var root = JSON.createObjectNode();
            for (int i = 0; i < CatchUpDraft.KEYS.size(); i++) {
                var array = root.putArray(CatchUpDraft.KEYS.get(i));
                for (CatchUpDraft.Point point : draft.lists().get(i)) {
                    var node = array.addObject();
                    node.put("text", point.text());
                    point.sources().forEach(node.withArray("sources")::add);
                }
            }
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
