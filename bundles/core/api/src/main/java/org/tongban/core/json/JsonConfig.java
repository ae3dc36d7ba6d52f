package org.tongban.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The node's JSON configurations, one of each kind; the mappers are shared and thread-safe, so configure a
 * {@code copy()}, never the instance.
 */
public final class JsonConfig {

    private static final ObjectMapper STORED = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private JsonConfig() {
    }

    /**
     * What a node stores or sends to another node (rows' JSON columns, outbox payloads, links): ISO-8601 dates, and
     * a tolerant reader, because a newer node or a later version of the same bundle may add fields.
     */
    public static ObjectMapper stored() {
        return STORED;
    }

    /** A document whose bytes are hashed or compared (a catalogue item): keys in order, unknown fields refused. */
    public static ObjectMapper canonical() {
        return CANONICAL;
    }
}
