package org.tongban.catalog.internal;

import org.tongban.testsupport.MemoryDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.Fee;
import org.tongban.catalog.ImportReport;
import org.tongban.catalog.ItemQuery;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.VersionedItem;

/** Publishing, versioning and search on a real Derby database with the catalogue's own migration. */
class PublisherTest {

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private static final Instant T1 = Instant.parse("2025-09-26T02:00:00Z");
    private DataSource ds;
    private final List<String> changes = new ArrayList<>();

    @BeforeEach
    void database() {
        DataSource derby = MemoryDatabase.migrated("catalog");
        ds = derby;
    }

    private ImportReport publish(List<ServiceItem> items) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            ImportReport r = Publisher.publish(c, items, "ops", T1, (conn, item, saved) -> changes.add(item.implementationCode() + "@" + saved.version()));
            c.commit();
            return r;
        }
    }

    private <T> T read(Query<T> q) throws Exception {
        try (Connection c = ds.getConnection()) {
            return q.run(c);
        }
    }

    interface Query<T> {
        T run(Connection c) throws Exception;
    }

    @Test
    void firstPublishCreatesVersionOneAndRepeatingChangesNothing() throws Exception {
        List<ServiceItem> demo = DemoCatalogue.items();
        ImportReport first = publish(demo);
        assertEquals(demo.size(), first.created().size());
        assertEquals(demo.size(), changes.size());
        ImportReport again = publish(demo);
        assertEquals(demo.size(), again.unchanged().size());
        assertEquals(demo.size(), changes.size(), "no event for unchanged items");
        assertEquals(demo.size(), (int) read(CatalogStore::count));
    }

    @Test
    void aChangedItemGetsANewVersionAndOldVersionsStay() throws Exception {
        ServiceItem food = DemoCatalogue.named("食品经营许可");
        publish(List.of(food));
        ServiceItem faster = withPromisedDays(food, 3);
        ImportReport r = publish(List.of(faster));
        assertEquals(List.of(food.implementationCode()), r.updated());
        VersionedItem current = read(c -> CatalogStore.current(c, food.implementationCode())).orElseThrow();
        assertEquals(2, current.version());
        assertEquals(3, current.item().promisedLimitDays());
        assertEquals(5, read(c -> CatalogStore.version(c, food.implementationCode(), 1)).orElseThrow().item().promisedLimitDays());
        assertEquals(List.of(1, 2), read(c -> CatalogStore.history(c, food.implementationCode())).stream().map(VersionedItem::version).toList());
        assertEquals("ops", current.publishedBy());
        assertEquals(T1, current.publishedAt());
    }

    @Test
    void keptVersionsStillSeeANewPublicationAtOnce() throws Exception {
        ItemVersions versions = new ItemVersions();
        ServiceItem food = DemoCatalogue.named("食品经营许可");
        String code = food.implementationCode();
        assertTrue(read(c -> versions.current(c, code)).isEmpty(), "nothing published yet");
        publish(List.of(food));
        VersionedItem first = read(c -> versions.current(c, code)).orElseThrow();
        assertEquals(1, first.version());
        assertTrue(first == read(c -> versions.current(c, code)).orElseThrow(), "read and parsed once");
        publish(List.of(withPromisedDays(food, 3)));
        VersionedItem second = read(c -> versions.current(c, code)).orElseThrow();
        assertEquals(2, second.version());
        assertEquals(3, second.item().promisedLimitDays());
        assertEquals(5, read(c -> versions.version(c, code, 1)).orElseThrow().item().promisedLimitDays());
        assertTrue(read(c -> versions.version(c, code, 3)).isEmpty());
    }

    @Test
    void feesCompareToTheFen() throws Exception {
        ServiceItem food = DemoCatalogue.named("食品经营许可");
        publish(List.of(withFee(food, "10")));
        assertEquals(1, publish(List.of(withFee(food, "10.00"))).unchanged().size());
    }

    @Test
    void invalidItemsAreRejectedAndTheRestStillGoIn() throws Exception {
        ServiceItem good = DemoCatalogue.named("取水许可");
        ServiceItem bad = withPromisedDays(DemoCatalogue.named("排污许可证核发"), 99);
        ImportReport r = publish(List.of(bad, good, good));
        assertEquals(List.of(good.implementationCode()), r.created());
        assertTrue(r.rejected().get(bad.implementationCode()).get(0).contains("exceeds"));
        assertEquals(2, r.rejected().size(), "the duplicate too: " + r.rejected());
    }

    @Test
    void searchesByTextDepartmentAndKind() throws Exception {
        publish(DemoCatalogue.items());
        List<VersionedItem> licences = read(c -> CatalogStore.search(c, new ItemQuery("许可", null, null, 0, 100)));
        assertTrue(licences.size() >= 10);
        assertTrue(licences.stream().allMatch(v -> v.item().name().contains("许可")));
        ServiceItem water = DemoCatalogue.named("取水许可");
        assertEquals(1, read(c -> CatalogStore.search(c, new ItemQuery(water.implementationCode().substring(20).toLowerCase(), null, null, 0, 10))).size());
        String hrss = DemoCatalogue.named("就业创业证申领").department().creditCode();
        List<VersionedItem> instantHrss = read(c -> CatalogStore.search(c, new ItemQuery(null, hrss, CaseKind.INSTANT, 0, 10)));
        assertEquals(3, instantHrss.size());
        assertEquals(2, read(c -> CatalogStore.search(c, new ItemQuery(null, null, null, 0, 2))).size(), "limit");
    }

    private static ServiceItem withPromisedDays(ServiceItem i, int days) {
        return new ServiceItem(i.implementationCode(), i.baseCode(), i.name(), i.itemType(), i.exerciseLevel(), i.department(),
                i.jointDepartments(), i.applicantKinds(), i.handlingForms(), i.caseKind(), i.statutoryLimitDays(), days, i.fee(),
                i.legalBasis(), i.conditions(), i.handledAt(), i.intermediaryServices(), i.materials(), i.approvalsRequired(),
                i.resultName(), i.decisionRules());
    }

    private static ServiceItem withFee(ServiceItem i, String amount) {
        return new ServiceItem(i.implementationCode(), i.baseCode(), i.name(), i.itemType(), i.exerciseLevel(), i.department(),
                i.jointDepartments(), i.applicantKinds(), i.handlingForms(), i.caseKind(), i.statutoryLimitDays(),
                i.promisedLimitDays(), new Fee(new BigDecimal(amount), "《收费标准》"), i.legalBasis(), i.conditions(),
                i.handledAt(), i.intermediaryServices(), i.materials(), i.approvalsRequired(), i.resultName(), i.decisionRules());
    }
}
