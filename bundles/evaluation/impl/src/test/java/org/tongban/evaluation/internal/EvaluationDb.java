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
import javax.sql.DataSource;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.NewEvent;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.FinishedCase;
import org.tongban.intake.FinishedCases;
import org.tongban.supervision.Supervision;
import org.tongban.testsupport.LocalChanges;
import org.tongban.testsupport.LocalTransactions;
import org.tongban.testsupport.MemoryDatabase;
import org.tongban.testsupport.RecordingAudit;
import org.tongban.testsupport.RecordingOutbox;

/**
 * Evaluation's use cases on in-memory Derby with evaluation's own migrations only. Intake is an in-test
 * {@link FinishedCases} over {@link #cases}; changes are core's contract on one data source ({@link LocalChanges}), their
 * audit entries and events kept by recording stand-ins, and supervision is a stand-in that keeps what it is given;
 * the clock stands on {@link #today} (a Monday unless moved); the calendar is the official one.
 */
final class EvaluationDb {

    static final LocalDate DAY = LocalDate.of(2026, 10, 12);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final DataSource derby = MemoryDatabase.migrated("evaluation");
    final Transactions tx = new LocalTransactions(derby);
    final RecordingAudit audit = new RecordingAudit();
    final RecordingOutbox outbox = new RecordingOutbox();
    final Map<String, FinishedCase> cases = new TreeMap<>();
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
    final Changes changes = new LocalChanges(tx, audit, outbox);
    // supervision has no shared stand-in: this one keeps which cases' escalations were closed and which were escalated
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
    final Rectifications rectifications = new Rectifications(tx, changes, OfficialCalendar.load(), clock, supervision, () -> 5);
    final Invitations invitations = new Invitations(tx, changes, finished, null, clock, () -> 7);
    final Reviews reviews = new Reviews(tx, changes, clock, rectifications, "node-1", () -> Set.of("overall", "attitude"));
    final Appeals appeals = new Appeals(tx, changes, clock, rectifications);

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

    /** The audited actions, in order. */
    List<String> actions() {
        return audit.actions();
    }

    /** The outbox events' types, in order. */
    List<String> events() {
        return outbox.events.stream().map(NewEvent::type).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, InvocationHandler h) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
    }
}
