package org.tongban.core.internal.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditRecord;
import org.tongban.core.audit.AuditVerification;
import org.tongban.core.internal.data.JdbcTransactions;

/** Writing, checking and tampering with a trail the ways the node and an intruder would, for the audit tests. */
final class AuditLoad {

    /** One sealer at a time, as {@code AuditTrailComponent.seal()} is synchronized. */
    private static final Object SEALER = new Object();

    private AuditLoad() {
    }

    static AuditEntry entry(String action) {
        return new AuditEntry("clerk1", "clerk", action, "case:1", "detail of " + action);
    }

    /** Written with its change, then chained by the sealer, as an ordinary change's record is. */
    static void appendAndSeal(DataSource ds, String action) {
        JdbcTransactions.inTransaction(ds, c -> AuditStore.append(c, "node-1", AuditVerificationTest.AT, entry(action)));
        synchronized (SEALER) {
            JdbcTransactions.inTransaction(ds, c -> AuditStore.seal(c, 100));
        }
    }

    /** Two records chained at once in the writer's transaction, as at the end of a group commit. */
    static void chainAtOnce(DataSource ds, String action) {
        JdbcTransactions.inTransaction(ds, c -> AuditStore.chain(c, "node-1", List.of(
                new AuditStore.Stamped(AuditVerificationTest.AT, entry(action)),
                new AuditStore.Stamped(AuditVerificationTest.AT, entry(action + ".next")))));
    }

    /** As {@code Transactions.read} runs it: a read-only connection in auto-commit, every statement seeing the latest. */
    static AuditVerification verify(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            c.setReadOnly(true);
            return AuditStore.verify(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The connection, with another writer's records chained to the end just before it reads the records. */
    static Connection chainingBeforeTheRecordsAreRead(DataSource ds, Connection c) {
        AtomicBoolean done = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(AuditLoad.class.getClassLoader(), new Class<?>[] {Connection.class},
                (p, m, args) -> {
                    if (m.getName().equals("prepareStatement") && ((String) args[0]).startsWith("SELECT seq,")
                            && done.compareAndSet(false, true)) {
                        chainAtOnce(ds, "meanwhile");
                    }
                    try {
                        return m.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    static AuditRecord record(DataSource ds, long seq) {
        return JdbcTransactions.inTransaction(ds, c -> AuditStore.latest(c, Integer.MAX_VALUE)).stream()
                .filter(r -> r.seq() == seq).findFirst().orElseThrow();
    }

    static void sql(DataSource ds, String statement) {
        JdbcTransactions.inTransaction(ds, c -> c.createStatement().executeUpdate(statement));
    }

    /** Puts a record at {@code seq} with a correct hash over it and {@code previousHash}, leaving the head alone. */
    static void forge(DataSource ds, long seq, String previousHash) {
        long at = AuditVerificationTest.AT.toEpochMilli();
        String hash = AuditChain.hash(seq, at, "node-1", "intruder", "clerk", "forged", "case:1", "", previousHash);
        JdbcTransactions.inTransaction(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO core_audit (seq, at_ms, node_id, actor, actor_role,"
                    + " action, subject, detail, prev_hash, hash) VALUES (?, ?, 'node-1', 'intruder', 'clerk', 'forged', 'case:1',"
                    + " '', ?, ?)")) {
                ps.setLong(1, seq);
                ps.setLong(2, at);
                ps.setString(3, previousHash);
                ps.setString(4, hash);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Threads chaining records both ways, as many as {@link #allow} lets them, until closed; closing rethrows the first
     * failure of any. The allowance keeps the trail to a size that a few hundred full checks get through quickly.
     */
    static final class Writers implements AutoCloseable {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        private final Semaphore allowance = new Semaphore(0);

        Writers(DataSource ds, int sealed, int atOnce) {
            for (int t = 0; t < sealed + atOnce; t++) {
                boolean sealing = t < sealed;
                String name = "writer-" + t;
                threads.add(new Thread(() -> {
                    for (int i = 0; running.get(); i++) {
                        try {
                            allowance.acquireUninterruptibly();
                            if (!running.get()) {
                                return;
                            } else if (sealing) {
                                appendAndSeal(ds, name + "." + i);
                            } else {
                                chainAtOnce(ds, name + "." + i);
                            }
                        } catch (RuntimeException e) {
                            failures.add(e);
                            return;
                        }
                    }
                }, name));
            }
            threads.forEach(Thread::start);
        }

        /** Lets the writers chain {@code writes} more times in all (a write chains one or two records). */
        void allow(int writes) {
            allowance.release(writes);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            allowance.release(threads.size());
            for (Thread t : threads) {
                t.join();
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException("a writer failed", failures.peek());
            }
        }
    }
}
