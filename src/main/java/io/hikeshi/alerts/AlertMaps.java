package io.hikeshi.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Labels, annotations and decisions as stored: JSON in a text column. */
final class AlertMaps {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final TypeReference<LinkedHashMap<String, String>> PAIRS = new TypeReference<>() { };

    private AlertMaps() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    static Map<String, String> pairs(String json) {
        try {
            return json == null ? Map.of() : MAPPER.readValue(json, PAIRS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored labels are not JSON", e);
        }
    }

    static Decision decision(String json) {
        try {
            return MAPPER.readValue(json, Decision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored decision is not JSON", e);
        }
    }
}
