package org.tongban.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.ServiceItem;

/** How a catalogue from another node is read: tolerant of what a later version adds, strict about its format. */
class CatalogFeedDocumentTest {

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aParentsDocumentWithFieldsThisVersionDoesNotKnowIsStillAdopted() {
        List<ServiceItem> demo = DemoCatalogue.items();
        String doc = CatalogJson.writeDocument(demo.subList(0, 1)).replaceFirst("\\{", "{\"publishedBy\":\"city\",");
        assertEquals(demo.get(0), CatalogJson.readDocument(in(doc), true).get(0));
        IllegalArgumentException strict = assertThrows(IllegalArgumentException.class, () -> CatalogJson.readDocument(in(doc)));
        assertTrue(strict.getMessage().startsWith("not a catalogue document"), strict.getMessage());
    }

    @Test
    void aDocumentOfAnotherFormatIsRefusedEvenWhenTolerant() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CatalogJson.readDocument(in("{\"format\":\"gbt39046-json/1\",\"items\":[]}"), true));
        assertTrue(e.getMessage().contains("tongban-catalog/1"), e.getMessage());
    }
}
