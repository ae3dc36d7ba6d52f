package org.tongban.sync.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;
import org.tongban.sync.SyncEvent;

/**
 * One event of a received batch, read with the link's JSON (fields a newer node adds are ignored). Read one by one,
 * so an event that cannot be read is rejected alone, like one the check refuses, and the rest of its batch is taken.
 */
public final class EventReader {

    private EventReader() {
    }

    /** The event, or an IllegalArgumentException saying which field could not be read. */
    public static SyncEvent read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not an event: an object was expected");
        }
        try {
            return Broker.JSON.treeToValue(node, SyncEvent.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                    .collect(Collectors.joining("."));
            throw new IllegalArgumentException("not an event: " + (field.isEmpty() ? "" : field + " ") + "has the wrong form", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an event: " + e.getOriginalMessage(), e);
        }
    }

    /** The id to name an unreadable event by in the receipt. */
    public static String id(JsonNode node) {
        return node != null && node.path("id").isTextual() ? node.path("id").asText() : "?";
    }
}
