package io.hikeshi.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one way outbox payloads are written and read: a JSON object of the record's components, absent ones left out,
 * the shape the entries queued as string maps had, so those read back into the records.
 */
@ApplicationScoped
class OutboxJson {

    private final ObjectMapper json;

    OutboxJson(ObjectMapper json) {
        this.json = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** For tests without a container. */
    static OutboxJson standalone() {
        return new OutboxJson(new ObjectMapper().findAndRegisterModules());
    }

    String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("outbox payload is not serialisable", e);
        }
    }

    <P> P read(String payload, Class<P> type) {
        try {
            return json.readValue(payload == null || payload.isBlank() ? "{}" : payload, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable outbox payload of type " + type.getSimpleName(), e);
        }
    }
}
