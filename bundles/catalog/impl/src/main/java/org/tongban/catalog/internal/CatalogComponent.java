package org.tongban.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.CatalogFeed;
import org.tongban.catalog.ImportReport;
import org.tongban.catalog.ItemQuery;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.VersionedItem;
import org.tongban.core.NodeInfo;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;

/**
 * The catalogue service. Each published version is audited and written to the outbox in the same transaction, so
 * the upper levels learn of it exactly once. A demo node starts with the demo catalogue.
 */
@Component(service = {Catalog.class, CatalogFeed.class})
public class CatalogComponent implements Catalog, CatalogFeed {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogComponent.class);
    static final String DEMO = "demo/catalog.json";

    private final Transactions tx;
    private final Changes changes;
    private final TongbanClock clock;
    private final ItemVersions versions = new ItemVersions();

    @Activate
    public CatalogComponent(@Reference Transactions tx, @Reference SchemaMigrations migrations, @Reference Changes changes,
                            @Reference TongbanClock clock, @Reference NodeInfo node) {
        this.tx = tx;
        this.changes = changes;
        this.clock = clock;
        migrations.migrate("catalog", CatalogComponent.class.getClassLoader());
        if (node.identity().demo() && size() == 0) {
            loadDemo();
        }
    }

    private void loadDemo() {
        try (InputStream in = CatalogComponent.class.getClassLoader().getResourceAsStream(DEMO)) {
            ImportReport report = publish(CatalogJson.readDocument(in), "demo");
            LOG.info("demo catalogue loaded: {} items, {} rejected {}", report.created().size(), report.rejected().size(),
                    report.rejected());
        } catch (IOException e) {
            LOG.error("demo catalogue unreadable: {}", e.getMessage());
        }
    }

    /** Every intake looks its item up: the parsed versions are kept (see {@link ItemVersions}). */
    @Override
    public Optional<VersionedItem> current(String code) {
        return tx.read(c -> versions.current(c, code));
    }

    @Override
    public Optional<VersionedItem> version(String code, int version) {
        return tx.read(c -> versions.version(c, code, version));
    }

    @Override
    public List<VersionedItem> history(String code) {
        return tx.read(c -> CatalogStore.history(c, code));
    }

    @Override
    public List<VersionedItem> search(ItemQuery query) {
        return tx.read(c -> CatalogStore.search(c, query));
    }

    @Override
    public String document() {
        return CatalogJson.writeDocument(search(ItemQuery.all()).stream().map(VersionedItem::item).toList());
    }

    @Override
    public ImportReport adopt(InputStream document, String source) {
        return publish(CatalogJson.readDocument(document, true), source);
    }

    @Override
    public ImportReport publish(List<ServiceItem> items, String actor) {
        return changes.apply(ch -> Publisher.publish(ch.sql(), items, actor, clock.now(), (conn, item, saved) -> {
            String subject = "item:" + item.implementationCode();
            ch.audit(new AuditEntry(actor, "ops", "catalog.item.published", subject,
                    item.name() + " v" + saved.version()));
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("implementationCode", item.implementationCode());
            event.put("version", saved.version());
            event.put("item", item);
            ch.emit(subject, "catalog.item.published", 1, CatalogJson.MAPPER.valueToTree(event).toString());
        }));
    }

    @Override
    public int size() {
        return tx.read(CatalogStore::count);
    }
}
