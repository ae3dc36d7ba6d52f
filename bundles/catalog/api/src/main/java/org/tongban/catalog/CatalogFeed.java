package org.tongban.catalog;

import java.io.InputStream;

/**
 * Takes in the catalogue another node publishes (the parent node's export, the provincial hub's): the links only
 * fetch and carry the document, the catalogue reads and writes it, so the exchange format lives in one place.
 */
public interface CatalogFeed {

    /**
     * Publishes a {@code tongban-catalog/1} document as its source has it: changed items become new versions here.
     * Fields this node does not know are passed over (the source may run a later version); a document of another
     * format, or one that cannot be read, is an {@link IllegalArgumentException} saying why, and nothing is published.
     */
    ImportReport adopt(InputStream document, String source);

    /** This node's current catalogue as the {@code tongban-catalog/1} document a child adopts. */
    String document();
}
