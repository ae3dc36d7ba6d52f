package org.tongban.intake.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
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
import org.tongban.core.audit.AuditRecord;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.audit.AuditVerification;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.SqlWork;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.NewEvent;
import org.tongban.core.outbox.Outbox;
import org.tongban.core.outbox.OutboxEvent;
import org.tongban.intake.MaterialFiles;
import org.tongban.intake.StoredFile;

/**
 * A real {@link IntakeComponent} on in-memory Derby with the intake migrations, and recording stand-ins for what core
 * and catalog provide: the audit trail, outbox and access log keep what they are given; the calendar has Monday to
 * Friday as working days; the clock stands on {@link #TODAY} unless moved.
 */
final class IntakeHarness {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);   // a Monday

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    final List<AuditEntry> audit = new ArrayList<>();
    final List<NewEvent> events = new ArrayList<>();
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
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/intake").table("intake_schema_history").load().migrate();
        tx = transactions(ds);
        TongbanClock clock = () -> Clock.fixed(today.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
        defaulters = new DefaulterListComponent(tx, null, auditTrail(), clock);
        NodeInfo node = new NodeInfo() {
            public NodeIdentity identity() {
                return new NodeIdentity("shouguang", NodeLevel.COUNTY, "370783", "寿光市", null, false);
            }

            public List<String> capabilities() {
                return List.of();
            }
        };
        intake = new IntakeComponent(tx, null, catalog(), weekdays(), clock, auditTrail(), outbox(), defaulters, files(), node,
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

    private static Transactions transactions(EmbeddedDataSource ds) {
        return new Transactions() {
            public <T> T inTransaction(SqlWork<T> work) {
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    try {
                        T result = work.run(c);
                        c.commit();
                        return result;
                    } catch (SQLException | RuntimeException e) {
                        c.rollback();
                        if (e instanceof RuntimeException r) {
                            throw r;
                        }
                        throw new IllegalStateException(e);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            public <T> T read(SqlWork<T> work) {
                return inTransaction(work);
            }

            public Connection connection() {
                try {
                    return ds.getConnection();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
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

    private static WorkingDayCalendar weekdays() {
        return new WorkingDayCalendar() {
            public boolean isWorkingDay(LocalDate d) {
                return d.getDayOfWeek().getValue() <= 5;
            }

            public LocalDate addWorkingDays(LocalDate start, int days) {
                LocalDate d = start;
                for (int n = 0; n < days; ) {
                    d = d.plusDays(1);
                    n += isWorkingDay(d) ? 1 : 0;
                }
                return d;
            }

            public long workingDaysBetween(LocalDate from, LocalDate to) {
                long n = 0;
                for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                    n += isWorkingDay(d) ? 1 : 0;
                }
                return n;
            }

            public SortedSet<Integer> years() {
                return new TreeSet<>(List.of(2025, 2026, 2027, 2028));
            }
        };
    }

    private AuditTrail auditTrail() {
        return new AuditTrail() {
            public AuditRecord append(Connection c, AuditEntry e) {
                audit.add(e);
                return new AuditRecord(audit.size(), Instant.now(), "n", e.actor(), e.role(), e.action(), e.subject(), e.detail(), null, null);
            }

            public List<AuditRecord> appendAll(Connection c, List<AuditEntry> entries) {
                return entries.stream().map(e -> append(c, e)).toList();
            }

            public AuditRecord append(AuditEntry e) {
                return append(null, e);
            }

            public List<AuditRecord> bySubject(String subject) {
                return audit.stream().filter(e -> e.subject().equals(subject)).map(e -> new AuditRecord(0, Instant.now(), "n",
                        e.actor(), e.role(), e.action(), e.subject(), e.detail(), null, null)).toList();
            }

            public List<AuditRecord> latest(int limit) {
                throw new UnsupportedOperationException();
            }

            public AuditVerification verify() {
                throw new UnsupportedOperationException();
            }
        };
    }

    private Outbox outbox() {
        return new Outbox() {
            public OutboxEvent append(Connection c, String subject, String type, int v, Object payload) {
                events.add(new NewEvent(type, v, payload));
                return null;
            }

            public List<OutboxEvent> appendAll(Connection c, String subject, List<NewEvent> added) {
                events.addAll(added);
                return List.of();
            }

            public List<OutboxEvent> appendNew(Connection c, String subject, List<NewEvent> added) {
                return appendAll(c, subject, added);
            }

            public List<OutboxEvent> pending(int limit) {
                throw new UnsupportedOperationException();
            }

            public void markDelivered(Collection<String> ids) {
                throw new UnsupportedOperationException();
            }

            public long pendingCount() {
                return 0;
            }

            public boolean relay(Connection c, OutboxEvent e) {
                throw new UnsupportedOperationException();
            }

            public void markPending(Collection<String> ids) {
                throw new UnsupportedOperationException();
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
