package io.hikeshi.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the fields of a sender's JSON with the path of anything wrong ({@code alerts[2].labels}), and the sizes a
 * sender may send: names and keys are refused when too long, label and annotation values are cut (an alert is not
 * dropped because its description is long).
 */
final class AlertJson {

    static final int UNPROCESSABLE = 422;
    static final int MAX_KEY = 200;
    static final int MAX_VALUE = 2_000;
    static final int MAX_PAIRS = 100;
    static final int MAX_LINK = 2_000;
    /** Alertmanager and Grafana write this for "not resolved yet". */
    private static final Instant ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AlertJson() {
    }

    static JsonNode parse(byte[] body) throws InvalidAlertException {
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw new InvalidAlertException(400, "the body must be a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new InvalidAlertException(400, "the body is not valid JSON" + where);
        } catch (java.io.IOException e) {
            throw new InvalidAlertException(400, "the body cannot be read as JSON");
        }
    }

    static String text(JsonNode parent, String field, String path, int maxLength) throws InvalidAlertException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            throw new InvalidAlertException(UNPROCESSABLE, path + field + " is missing");
        }
        if (!node.isTextual()) {
            throw new InvalidAlertException(UNPROCESSABLE, path + field + " must be a string");
        }
        if (node.asText().length() > maxLength) {
            throw new InvalidAlertException(UNPROCESSABLE, path + field + " is longer than " + maxLength
                    + " characters");
        }
        return node.asText();
    }

    static String optionalText(JsonNode parent, String field, String path, int maxLength)
            throws InvalidAlertException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        return text(parent, field, path, maxLength);
    }

    /** "firing" or "resolved", as true for firing. */
    static boolean firing(JsonNode parent, String path) throws InvalidAlertException {
        String status = text(parent, "status", path, 20).toLowerCase(Locale.ROOT);
        return switch (status) {
            case "firing" -> true;
            case "resolved" -> false;
            default -> throw new InvalidAlertException(UNPROCESSABLE, path + "status must be firing or resolved,"
                    + " not " + AlertTemplate.oneLine(status, 20));
        };
    }

    /** A JSON object of string values; empty when absent. */
    static Map<String, String> pairs(JsonNode parent, String field, String path) throws InvalidAlertException {
        JsonNode node = parent.get(field);
        Map<String, String> pairs = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return pairs;
        }
        if (!node.isObject()) {
            throw new InvalidAlertException(UNPROCESSABLE, path + field + " must be an object of names to strings");
        }
        if (node.size() > MAX_PAIRS) {
            throw new InvalidAlertException(UNPROCESSABLE, path + field + " has " + node.size() + " entries; at most "
                    + MAX_PAIRS);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (entry.getKey().isEmpty() || entry.getKey().length() > MAX_KEY) {
                throw new InvalidAlertException(UNPROCESSABLE, path + field + " has a name of "
                        + entry.getKey().length() + " characters; names are 1 to " + MAX_KEY);
            }
            JsonNode value = entry.getValue();
            if (!value.isTextual() && !value.isNumber() && !value.isBoolean()) {
                throw new InvalidAlertException(UNPROCESSABLE, path + field + " values must be strings");
            }
            pairs.put(entry.getKey(), cut(value.asText()));
        }
        return pairs;
    }

    /** An RFC 3339 time; null when absent or Go's zero time. */
    static Instant time(JsonNode parent, String field, String path) throws InvalidAlertException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        try {
            Instant at = OffsetDateTime.parse(node.asText()).toInstant();
            return at.equals(ZERO_TIME) || at.isBefore(Instant.EPOCH) ? null : at;
        } catch (DateTimeParseException e) {
            throw new InvalidAlertException(UNPROCESSABLE, path + field + " must be an RFC 3339 time such as"
                    + " 2026-12-01T10:00:00Z");
        }
    }

    /** A link worth showing: http(s) only, anything else (javascript:, relative) is dropped. */
    static String link(String url) {
        if (url == null || url.length() > MAX_LINK) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String cut(String value) {
        if (value.length() <= MAX_VALUE) {
            return value;
        }
        int end = MAX_VALUE - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
