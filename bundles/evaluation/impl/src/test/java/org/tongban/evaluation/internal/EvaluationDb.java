package org.tongban.evaluation.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.SqlWork;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.Outbox;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.FinishedCase;
import org.tongban.intake.FinishedCases;
import org.tongban.supervision.Supervision;

/**
 * Evaluation's use cases on in-memory Derby with evaluation's own migrations only. Intake is an in-test
 * {@link FinishedCases} over {@link #cases}; audit, outbox and supervision are stand-ins that keep what they are given;
 * the clock stands on {@link #today} (a Monday unless moved); the calendar is the official one.
 */
final class EvaluationDb {

    static final LocalDate DAY = LocalDate.of(2026, 10, 12);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    final EmbeddedDataSource derby = new EmbeddedDataSource();
    final Transactions tx = transactions();
    final Map<String, FinishedCase> cases = new TreeMap<>();
    final List<String> actions = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    final List<String> closedEscalations = new ArrayList<>();
    final List<String> escalated = new ArrayList<>();
    LocalDate today = DAY;
    final TongbanClock clock = () -> Clock.fixed(today.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    final FinishedCases finished = new FinishedCases() {
        @Override
        public Optional<FinishedCase> find(String caseNumber) {
            return Optional.ofNullable(cases.get(caseNumber));
        }

        @Override
        public List<FinishedCase> decidedSince(LocalDate since, String after, int limit) {
            return cases.values().stream().filter(k -> k.finished() && !k.decidedOn().isBefore(since)
                    && (after == null || k.caseNumber().compareTo(after) > 0)).limit(limit).toList();
        }
    };
    final Changes changes = new Changes(stub(AuditTrail.class, (p, m, a) -> {
        actions.add(((AuditEntry) a[1]).action());
        return null;
    }), stub(Outbox.class, (p, m, a) -> {
        events.add((String) a[2]);
        return null;
    }));
    final Supervision supervision = stub(Supervision.class, (p, m, a) -> {
        if (m.getName().equals("closeEscalations")) {
            closedEscalations.add((String) a[1]);
            return 0;
        }
        if (m.getName().equals("escalate")) {
            escalated.add((String) a[1]);
            return List.of();
        }
        return null;
    });
    final Rectifications rectifications = new Rectifications(tx, OfficialCalendar.load(), clock, supervision, changes, () -> 5);
    final Invitations invitations = new Invitations(tx, finished, null, clock, changes, () -> 7);
    final Reviews reviews = new Reviews(tx, clock, changes, rectifications, "node-1", () -> Set.of("overall", "attitude"));
    final Appeals appeals = new Appeals(tx, clock, changes, rectifications);

    EvaluationDb() {
        derby.setDatabaseName("memory:" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        Flyway.configure().dataSource(derby).locations("classpath:db/migration/evaluation").table("evaluation_schema_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    /** A case intake decided (approved) on {@code decided}, handled at that window of department D1. */
    FinishedCase kase(String number, CaseStatus status, LocalDate decided, String window, String division) {
        FinishedCase k = new FinishedCase(number, status, "ITEM", "食品经营许可", "D1", "审批局", window, "clerk1", division, decided);
        cases.put(number, k);
        return k;
    }

    FinishedCase kase(String number, String window) {
        return kase(number, CaseStatus.DECIDED, DAY, window, null);
    }

    Connection connection() throws SQLException {
        return derby.getConnection();
    }

    private Transactions transactions() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(SqlWork<T> work) {
                try (Connection c = derby.getConnection()) {
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

            @Override
            public <T> T read(SqlWork<T> work) {
                try (Connection c = derby.getConnection()) {
                    return work.run(c);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public Connection connection() {
                try {
                    return derby.getConnection();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, InvocationHandler h) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
    }
}
