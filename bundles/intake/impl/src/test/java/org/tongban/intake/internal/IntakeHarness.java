package org.tongban.intake.internal;

import javax.sql.DataSource;
import org.tongban.testsupport.LocalChanges;
import org.tongban.testsupport.LocalTransactions;
import org.tongban.testsupport.MemoryDatabase;
import org.tongban.testsupport.RecordingAudit;
import org.tongban.testsupport.RecordingOutbox;
import org.tongban.testsupport.Weekdays;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ImportReport;
import org.tongban.catalog.ItemQuery;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.VersionedItem;
import org.tongban.core.NodeIdentity;
import org.tongban.core.NodeInfo;
import org.tongban.core.NodeLevel;
import org.tongban.core.audit.AccessLog;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.NewEvent;
import org.tongban.intake.MaterialFiles;
import org.tongban.intake.StoredFile;

/**
 * A real {@link IntakeComponent} on in-memory Derby with the intake migrations, and recording stand-ins for what core
 * and catalog provide: the audit trail, outbox and access log keep what they are given; the calendar has Monday to
 * Friday as working days; the clock stands on {@link #TODAY} unless moved.
 */
final class IntakeHarness {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);   // a Monday

    final RecordingAudit auditTrail = new RecordingAudit();
    final RecordingOutbox outbox = new RecordingOutbox();
    final List<AuditEntry> audit = auditTrail.entries;
    final List<NewEvent> events = outbox.events;
    final List<String> reads = new ArrayList<>();
    final Map<String, ServiceItem> items = new HashMap<>();
    final Map<String, StoredFile> stored = new HashMap<>();
    final Map<String, byte[]> content = new HashMap<>();
    LocalDate today = TODAY;
    final Transactions tx;
    final IntakeComponent intake;
    final DefaulterListComponent defaulters;

    IntakeHarness(Map<String, Object> config, ServiceItem... catalogue) {
        for (ServiceItem i : catalogue) {
            items.put(i.implementationCode(), i);
        }
        DataSource ds = MemoryDatabase.migrated("intake");
        tx = new LocalTransactions(ds);
        Changes changes = new LocalChanges(tx, auditTrail, outbox);
        TongbanClock clock = () -> Clock.fixed(today.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
        defaulters = new DefaulterListComponent(tx, null, changes, clock);
        NodeInfo node = new NodeInfo() {
            public NodeIdentity identity() {
                return new NodeIdentity("shouguang", NodeLevel.COUNTY, "370783", "寿光市", null, false);
            }

            public List<String> capabilities() {
                return List.of();
            }
        };
        intake = new IntakeComponent(tx, null, catalog(), new Weekdays(), clock, auditTrail, changes, defaulters, files(), node,
                accessLog(), Configs.intake(config));
    }

    IntakeHarness(ServiceItem... catalogue) {
        this(Map.of(), catalogue);
    }

    /** A scan handed in (as POST /api/v1/files would store it). */
    String upload(String name, String text) {
        String ref = "file:" + UUID.randomUUID();
        stored.put(ref, new StoredFile(ref, "sha-" + name, text.length(), name, "application/pdf", "clerk", Instant.now()));
        content.put(ref, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return ref;
    }

    List<String> actions() {
        return audit.stream().map(AuditEntry::action).toList();
    }

    private Catalog catalog() {
        return new Catalog() {
            public Optional<VersionedItem> current(String code) {
                return version(code, 1);
            }

            public Optional<VersionedItem> version(String code, int version) {
                return Optional.ofNullable(items.get(code)).map(i -> new VersionedItem(i, 1, Instant.EPOCH, "test"));
            }

            public List<VersionedItem> history(String code) {
                return current(code).stream().toList();
            }

            public List<VersionedItem> search(ItemQuery query) {
                throw new UnsupportedOperationException();
            }

            public ImportReport publish(List<ServiceItem> published, String actor) {
                throw new UnsupportedOperationException();
            }

            public int size() {
                return items.size();
            }
        };
    }

    private MaterialFiles files() {
        return new MaterialFiles() {
            public StoredFile store(InputStream in, String name, String type, String by) {
                throw new UnsupportedOperationException();
            }

            public Optional<StoredFile> find(String ref) {
                return Optional.ofNullable(stored.get(ref));
            }

            public Optional<InputStream> open(String ref) {
                return Optional.ofNullable(content.get(ref)).map(ByteArrayInputStream::new);
            }
        };
    }

    private AccessLog accessLog() {
        return new AccessLog() {
            public void read(org.tongban.core.security.Caller caller, String subject, String what) {
                reads.add(caller.user() + " " + subject + " " + what);
            }

            public List<Access> reads(String subject, String reader, Instant from, Instant to, int limit) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static Set<String> set(String... s) {
        return Set.of(s);
    }
}
