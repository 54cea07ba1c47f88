package io.hikeshi.outbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list of ids in a payload, stored as one comma-joined string as the string-map payloads stored it; a JSON array is
 * read as well. Put {@code @JsonSerialize(using = CommaSeparated.Writer.class)} and
 * {@code @JsonDeserialize(using = CommaSeparated.Reader.class)} on the component.
 */
public final class CommaSeparated {

    private CommaSeparated() {
    }

    /** Writes the list as "a,b,c". */
    public static class Writer extends JsonSerializer<List<String>> {
        @Override
        public void serialize(List<String> value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(String.join(",", value));
        }
    }

    /** Reads "a,b,c" or ["a","b","c"]. */
    public static class Reader extends JsonDeserializer<List<String>> {
        @Override
        public List<String> deserialize(JsonParser in, DeserializationContext context) throws IOException {
            if (in.currentToken() == JsonToken.START_ARRAY) {
                List<String> values = new ArrayList<>();
                while (in.nextToken() != JsonToken.END_ARRAY) {
                    values.add(in.getValueAsString());
                }
                return List.copyOf(values);
            }
            return List.copyOf(Arrays.asList(in.getValueAsString().split(",")));
        }
    }
}
