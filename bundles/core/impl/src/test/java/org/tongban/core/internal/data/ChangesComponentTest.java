package org.tongban.core.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.data.Change;
import org.tongban.core.data.SqlWork;
import org.tongban.core.data.Transactions;
import org.tongban.core.internal.audit.AuditWriter;
import org.tongban.core.internal.outbox.OutboxWriter;
import org.tongban.core.outbox.NewEvent;
import org.tongban.core.outbox.OutboxEvent;

/**
 * Changes on a real in-memory Derby: what a change records is written in its transaction at its end, in order, and
 * only if it commits; a failed part leaves nothing; after-commit work runs once the change is durable, never after a
 * rollback. The audit and outbox writers are stand-ins that write rows, so a rollback shows in the database.
 */
class ChangesComponentTest {

    private DataSource derby;
    private GroupCommitter group;
    private ChangesComponent changes;
    /** Whether each audit write was given a group's end (grouped) or not. */
    private final List<Boolean> auditGrouped = new CopyOnWriteArrayList<>();
    private final List<String> created = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws SQLException {
        derby = DerbyDatabase.empty();
        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE own (v VARCHAR(40) PRIMARY KEY)");
            s.executeUpdate("CREATE TABLE written (n INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v VARCHAR(200) NOT NULL)");
        }
        group = new GroupCommitter(derby, 16, 1, "test-changes");
        Transactions tx = new Transactions() {
            @Override
            public <T> T inTransaction(SqlWork<T> work) {
                return JdbcTransactions.inTransaction(derby, work);
            }

            @Override
            public <T> T read(SqlWork<T> work) {
                return JdbcTransactions.inTransaction(derby, work);
            }

            @Override
            public Connection connection() {
                throw new UnsupportedOperationException("not used here");
            }
        };
        AuditWriter audit = (c, entries, end) -> {
            auditGrouped.add(end != null);
            for (AuditEntry e : entries) {
                write(c, "audit " + e.action());
            }
        };
        OutboxWriter outbox = new OutboxWriter() {
            @Override
            public void append(Connection c, String subject, List<NewEvent> events, boolean isNew) throws SQLException {
                if (isNew) {
                    created.add(subject);
                }
                for (NewEvent e : events) {
                    write(c, "event " + subject + " " + e.type());
                }
            }

            @Override
            public boolean relay(Connection c, OutboxEvent event) throws SQLException {
                write(c, "relay " + event.id());
                return true;
            }
        };
        changes = new ChangesComponent(tx, group::run, audit, outbox);
    }

    @AfterEach
    void stop() throws InterruptedException {
        group.close(5, TimeUnit.SECONDS);
    }

    @Test
    void recordsAreWrittenAtTheEndInOrderAndAfterCommitWorkRunsOnceDurable() {
        List<String> seenAfter = new ArrayList<>();
        String result = changes.apply(ch -> {
            own(ch, "a");
            ch.emit("case:1", "case.submitted", 1, "{}");
            ch.audit(new AuditEntry("clerk1", "clerk", "case.submitted", "case:1", "d"));
            ch.emit("case:2", "case.accepted", 1, "{}");
            ch.emit("case:1", "case.accepted", 1, "{}");
            ch.created("case:2");
            ch.afterCommit(() -> seenAfter.addAll(rows()));
            assertEquals(List.of(), rows(ch.sql()), "nothing recorded is written before the work ends");
            return "done";
        });
        assertEquals("done", result);
        List<String> expected = List.of("audit case.submitted", "event case:1 case.submitted", "event case:1 case.accepted",
                "event case:2 case.accepted");
        assertEquals(expected, rows(), "audit first, then each subject's events in the order made");
        assertEquals(expected, seenAfter, "after-commit work sees the committed change");
        assertEquals(List.of("case:2"), created);
        assertEquals(List.of(false), auditGrouped);
    }

    @Test
    void aChangeThatThrowsLeavesNothingAndRunsNoAfterCommitWork() {
        List<String> ran = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> changes.apply(ch -> {
            own(ch, "a");
            ch.audit(new AuditEntry("clerk1", "clerk", "x", "case:1", "d"));
            ch.afterCommit(() -> ran.add("after"));
            throw new IllegalStateException("refused");
        }));
        assertEquals(List.of(), rows());
        assertEquals(List.of(), ownRows());
        assertEquals(List.of(), ran);
    }

    @Test
    void aFailedPartIsUndoneWithWhatItRecordedAndTheRestCommits() {
        List<String> ran = new ArrayList<>();
        changes.apply(ch -> {
            ch.emit("case:1", "kept.before", 1, "{}");
            assertThrows(SQLException.class, () -> ch.part(p -> {
                own(p, "lost");
                p.emit("case:1", "lost.event", 1, "{}");
                p.emit("case:9", "lost.subject", 1, "{}");
                p.audit(new AuditEntry("sync", "node", "lost.audit", "x", "d"));
                p.relay(new OutboxEvent("e-1", "other", "case:5", 1, "case.received", 1, "{}", null, null));
                p.afterCommit(() -> ran.add("lost"));
                own(p, "lost");   // a duplicate key: the part fails
                return null;
            }));
            ch.part(p -> {
                own(p, "kept");
                p.emit("case:1", "kept.after", 1, "{}");
                return null;
            });
            return null;
        });
        assertEquals(List.of("event case:1 kept.before", "event case:1 kept.after"), rows());
        assertEquals(List.of("kept"), ownRows());
        assertEquals(List.of(), ran);
    }

    @Test
    void aGroupedChangeHandsItsAuditToTheGroupsEndAndRunsAfterCommitWorkOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        List<Thread> ranOn = new ArrayList<>();
        List<Thread> workOn = new ArrayList<>();
        changes.applyGrouped(ch -> {
            workOn.add(Thread.currentThread());
            ch.audit(new AuditEntry("clerk1", "clerk", "case.accepted", "case:1", "d"));
            ch.afterCommit(() -> ranOn.add(Thread.currentThread()));
            return null;
        });
        assertEquals(List.of(true), auditGrouped);
        assertTrue(workOn.get(0) != caller, "the work ran on the committer");
        assertEquals(List.of(caller), ranOn);
    }

    @Test
    void aChangeCannotBeUsedAfterItsWorkHasEnded() {
        Change[] kept = new Change[1];
        changes.apply(ch -> {
            kept[0] = ch;
            return null;
        });
        assertNotNull(kept[0]);
        assertThrows(IllegalStateException.class, () -> kept[0].audit(new AuditEntry("a", "clerk", "late", "s", "d")));
        assertThrows(IllegalStateException.class, () -> kept[0].emit("s", "late", 1, "{}"));
    }

    @Test
    void localStateIsOnePerKeyAndChange() {
        changes.apply(ch -> {
            List<String> first = ch.local("k", ArrayList::new);
            first.add("x");
            List<String> again = ch.local("k", ArrayList::new);
            assertEquals(List.of("x"), again);
            assertNull(ch.<String>local("other", () -> null));
            return null;
        });
        changes.apply(ch -> {
            assertEquals(List.of(), ch.local("k", ArrayList::new), "a new change starts empty");
            return null;
        });
    }

    private static void own(Change ch, String v) throws SQLException {
        try (var ps = ch.sql().prepareStatement("INSERT INTO own (v) VALUES (?)")) {
            ps.setString(1, v);
            ps.executeUpdate();
        }
    }

    private static void write(Connection c, String v) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO written (v) VALUES (?)")) {
            ps.setString(1, v);
            ps.executeUpdate();
        }
    }

    private List<String> rows() {
        try (Connection c = derby.getConnection()) {
            return rows(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rows(Connection c) {
        return strings(c, "SELECT v FROM written ORDER BY n");
    }

    private List<String> ownRows() {
        try (Connection c = derby.getConnection()) {
            return strings(c, "SELECT v FROM own ORDER BY v");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(Connection c, String sql) {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
