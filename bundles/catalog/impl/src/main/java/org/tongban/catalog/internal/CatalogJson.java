package org.tongban.catalog.internal;

import org.tongban.core.json.JsonConfig;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.tongban.catalog.ServiceItem;

/**
 * The catalogue's JSON: one item as stored per version, and the import/export document
 * {@code {"format": "tongban-catalog/1", "items": [ ... ]}}.
 */
public final class CatalogJson {

    public static final String FORMAT = "tongban-catalog/1";

    /** The exchange document. */
    public record Document(String format, List<ServiceItem> items) {
    }

    // Only record components are content: derived getters such as isJointReview() are not stored.
    static final ObjectMapper MAPPER = JsonConfig.canonical();

    private CatalogJson() {
    }

    public static String write(ServiceItem item) {
        try {
            return MAPPER.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("item not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    public static ServiceItem read(String json) {
        try {
            return MAPPER.readValue(json, ServiceItem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored item unreadable: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads an exchange document; a wrong format or malformed JSON is an IllegalArgumentException with the reason. */
    public static List<ServiceItem> readDocument(InputStream in) {
        return readDocument(in, false);
    }

    /**
     * Reads an exchange document, {@code tolerant} of fields this version does not know (another node's export may be
     * of a later version); an import by a client is strict, so a misspelt field is an error it sees.
     */
    public static List<ServiceItem> readDocument(InputStream in, boolean tolerant) {
        try {
            Document doc = tolerant
                    ? MAPPER.readerFor(Document.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in)
                    : MAPPER.readValue(in, Document.class);
            if (doc == null) {
                throw new IllegalArgumentException("send a catalogue document, not null");
            }
            if (!FORMAT.equals(doc.format())) {
                throw new IllegalArgumentException("format must be \"" + FORMAT + "\", got \"" + doc.format() + "\"");
            }
            return doc.items() == null ? List.of() : doc.items();
        } catch (JsonMappingException e) {
            // Where in the document, not Jackson's text (it names our Java classes).
            String where = e.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new IllegalArgumentException("not a catalogue document: " + (where.isEmpty() ? "the document" : where)
                    + " is missing, null or of the wrong kind", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a catalogue document: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the catalogue document: " + e.getMessage(), e);
        }
    }

    public static String writeDocument(List<ServiceItem> items) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(new Document(FORMAT, items));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e.getOriginalMessage(), e);
        }
    }
}
