package org.tongban.supervision.internal;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.supervision.Notification;
import org.tongban.supervision.Notifier;
import org.tongban.testsupport.LocalChanges;
import org.tongban.testsupport.LocalTransactions;
import org.tongban.testsupport.MemoryDatabase;
import org.tongban.testsupport.MovableClock;
import org.tongban.testsupport.RecordingAudit;
import org.tongban.testsupport.RecordingOutbox;

/** What the use-case tests stand on: supervision's schema on a fresh in-memory Derby, intake as its double, 9 Oct 2025. */
final class Fixture {

    static final LocalDate TODAY = LocalDate.of(2025, 10, 9);
    static final long CREATED = LocalDate.of(2025, 10, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
    static final WorkingDayCalendar CALENDAR = OfficialCalendar.load();

    final DataSource ds = MemoryDatabase.migrated("supervision");
    final LocalTransactions tx = new LocalTransactions(ds);
    final RecordingAudit audit = new RecordingAudit();
    final RecordingOutbox outbox = new RecordingOutbox();
    /** Changes on {@link #tx}: their records and events kept by {@link #audit} and {@link #outbox} once committed. */
    final LocalChanges changes = new LocalChanges(tx, audit, outbox);
    final IntakeDouble intake = new IntakeDouble();
    final MovableClock clock = new MovableClock(TODAY);
    final List<Notification> sent = new CopyOnWriteArrayList<>();
    /** A channel that keeps what it is sent in {@link #sent}. */
    final Notifier recorder = new Notifier() {
        @Override
        public String channel() {
            return "test";
        }

        @Override
        public void send(Notification n) {
            sent.add(n);
        }
    };
    final Notices notices = new Notices();

    Fixture() {
        notices.add(recorder);
    }

    IntakeDouble.Case kase(String number, String status, LocalDate promised) {
        return intake.add(number, status, promised, null, null, "WINDOW", CREATED);
    }

    static Caller caller(String user, Role role, String division, String... departments) {
        return new Caller(user, Set.of(role), division, Set.of(departments), null, null, null, null);
    }

    /** The thresholds as an OSGi configuration would hand them in. */
    static SupervisionConfig config(int warnDays, int yellowAfter, int redAfter, int scanIntervalMinutes) {
        return new SupervisionConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SupervisionConfig.class;
            }

            @Override
            public int warnDays() {
                return warnDays;
            }

            @Override
            public int yellowAfter() {
                return yellowAfter;
            }

            @Override
            public int redAfter() {
                return redAfter;
            }

            @Override
            public int scanIntervalMinutes() {
                return scanIntervalMinutes;
            }
        };
    }
}
