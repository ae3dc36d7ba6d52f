package org.tongban.catalog.internal;

import java.io.InputStream;
import java.util.List;
import org.tongban.catalog.ServiceItem;

/** The shipped demo catalogue, read as the component reads it. */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    static List<ServiceItem> items() {
        try (InputStream in = DemoCatalogue.class.getClassLoader().getResourceAsStream(CatalogComponent.DEMO)) {
            return CatalogJson.readDocument(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ServiceItem named(String name) {
        return items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }
}
