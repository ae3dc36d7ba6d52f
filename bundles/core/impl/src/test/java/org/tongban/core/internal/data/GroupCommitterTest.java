package org.tongban.core.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.data.DataAccessException;

/** Group commit on a real in-memory Derby: isolation per savepoint, order, durable before answered, shutdown. */
class GroupCommitterTest {

    private DataSource derby;
    /** Commits of the committer's connections, and a gate each commit passes first (open unless a test closes it). */
    private final AtomicInteger commits = new AtomicInteger();
    private volatile CountDownLatch commitGate = new CountDownLatch(0);
    private final CountDownLatch commitEntered = new CountDownLatch(1);
    private volatile SQLException commitFailure;
    private GroupCommitter group;
    private Future<Integer> blocker;
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @BeforeEach
    void database() throws SQLException {
        derby = DerbyDatabase.empty();
        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (id INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v VARCHAR(40) NOT NULL UNIQUE)");
            s.executeUpdate("CREATE TABLE counter (id INT PRIMARY KEY, n INT NOT NULL)");
            s.executeUpdate("INSERT INTO counter VALUES (1, 0)");
        }
        group = new GroupCommitter(observed(derby), 64, 2, "test-group-commit");
    }

    @AfterEach
    void stop() throws InterruptedException {
        commitGate.countDown();
        group.close(10, TimeUnit.SECONDS);
        callers.shutdownNow();
    }

    /** A datasource whose connections count (and may hold or fail) their commits. */
    private DataSource observed(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
            Object result = invoke(m, real, args);
            if (!m.getName().equals("getConnection")) {
                return result;
            }
            Connection c = (Connection) result;
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (cp, cm, cargs) -> {
                if (cm.getName().equals("commit")) {
                    commitEntered.countDown();
                    commitGate.await();
                    if (commitFailure != null) {
                        throw commitFailure;
                    }
                    commits.incrementAndGet();
                }
                return invoke(cm, c, cargs);
            });
        });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static int insert(Connection c, String v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
            ps.setString(1, v);
            return ps.executeUpdate();
        }
    }

    private List<String> values() throws SQLException {
        try (Connection c = derby.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM t ORDER BY id")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private int counter(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT n FROM counter WHERE id = 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private <T> Future<T> handIn(org.tongban.core.data.SqlWork<T> work) {
        return callers.submit(() -> group.run(work));
    }

    private <T> Future<T> handInLeaving(UnitWork<T> work) {
        return callers.submit(() -> group.run(work));
    }

    /** Occupies the committer until the returned latch opens, so what is handed in meanwhile forms one group. */
    private CountDownLatch holdCommitter() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        blocker = handIn(c -> {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return insert(c, "blocker");
        });
        assertTrue(running.await(5, TimeUnit.SECONDS));
        return release;
    }

    private void awaitQueued(int n) throws InterruptedException {
        for (int i = 0; i < 500 && group.queued() < n; i++) {
            Thread.sleep(10);
        }
        assertEquals(n, group.queued());
    }

    private static Throwable failureOf(Future<?> f) {
        return assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS)).getCause();
    }

    @Test
    void aUnitAloneCommitsAndReturnsItsResult() throws SQLException {
        assertEquals(1, (int) group.run(c -> insert(c, "a")));
        assertEquals(List.of("a"), values());
        assertEquals(1, commits.get());
    }

    @Test
    void aFailingUnitIsRolledBackToItsSavepointAndOnlyItsCallerHearsOfIt() throws Exception {
        CountDownLatch release = holdCommitter();
        IllegalArgumentException refused = new IllegalArgumentException("refused");
        Future<Integer> a = handIn(c -> insert(c, "a"));
        awaitQueued(1);
        Future<Integer> b = handIn(c -> {
            insert(c, "b");
            throw refused;
        });
        awaitQueued(2);
        Future<Integer> duplicate = handIn(c -> insert(c, "c") + insert(c, "a"));
        awaitQueued(3);
        Future<Integer> d = handIn(c -> insert(c, "d"));
        awaitQueued(4);
        release.countDown();

        assertEquals(1, a.get(10, TimeUnit.SECONDS));
        assertEquals(1, d.get(10, TimeUnit.SECONDS));
        assertSame(refused, failureOf(b), "a RuntimeException reaches its caller as it is");
        Throwable dup = failureOf(duplicate);
        assertInstanceOf(DataAccessException.class, dup);
        assertInstanceOf(SQLException.class, dup.getCause());
        assertEquals(List.of("blocker", "a", "d"), values(), "b and c (of the failed units) were rolled back, nothing else");
        assertEquals(2, commits.get(), "the blocker's commit, then one for the four units");
    }

    @Test
    void unitsRunInTheOrderHandedInAndSeeTheChangesBeforeThem() throws Exception {
        CountDownLatch release = holdCommitter();
        List<Future<Integer>> seen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String v = "u" + i;
            seen.add(handIn(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE counter SET n = n + 1 WHERE id = 1");
                }
                insert(c, v);
                return counter(c);
            }));
            awaitQueued(i + 1);
        }
        release.countDown();
        for (int i = 0; i < 10; i++) {
            assertEquals(i + 1, seen.get(i).get(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of("blocker", "u0", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"), values());
    }

    @Test
    void whatUnitsLeaveForTheGroupsEndIsWrittenOnceBeforeTheCommitWithoutTheFailedUnitsPart() throws Exception {
        List<List<String>> written = new ArrayList<>();
        GroupEnd<String> tail = new GroupEnd<>((c, items) -> {
            written.add(List.copyOf(items));
            for (String v : items) {
                insert(c, "end-" + v);
            }
        });
        CountDownLatch release = holdCommitter();
        Future<Boolean> a = handInLeaving((c, end) -> {
            end.leave(tail, "a");
            end.leave(tail, "a2");
            return true;
        });
        awaitQueued(1);
        Future<Boolean> b = handInLeaving((c, end) -> {
            end.leave(tail, "b");
            throw new IllegalStateException("b fails");
        });
        awaitQueued(2);
        Future<Boolean> d = handInLeaving((c, end) -> {
            end.leave(tail, "d");
            return true;
        });
        awaitQueued(3);
        release.countDown();
        assertTrue(a.get(10, TimeUnit.SECONDS));
        assertTrue(d.get(10, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, failureOf(b));
        assertEquals(List.of(List.of("a", "a2", "d")), written, "once for the group, in order, without b's");
        assertEquals(List.of("blocker", "end-a", "end-a2", "end-d"), values());
        assertEquals(2, commits.get());
    }

    @Test
    void aFailingGroupEndFailsTheWholeGroup() throws Exception {
        GroupEnd<String> tail = new GroupEnd<>((c, items) -> {
            throw new SQLException("chain head unavailable", "40XL1");
        });
        CountDownLatch release = holdCommitter();
        Future<Integer> a = handIn(c -> insert(c, "a"));
        awaitQueued(1);
        Future<Boolean> b = handInLeaving((c, end) -> {
            end.leave(tail, "b");
            return true;
        });
        awaitQueued(2);
        release.countDown();
        assertInstanceOf(DataAccessException.class, failureOf(a));
        assertInstanceOf(DataAccessException.class, failureOf(b));
        assertEquals(List.of("blocker"), values(), "nothing of the group was committed");
    }

    @Test
    void noCallerReturnsBeforeTheCommitOfItsWork() throws Exception {
        commitGate = new CountDownLatch(1);
        Future<Integer> a = handIn(c -> insert(c, "a"));
        assertTrue(commitEntered.await(5, TimeUnit.SECONDS));
        assertThrows(TimeoutException.class, () -> a.get(300, TimeUnit.MILLISECONDS), "answered before the commit");
        commitGate.countDown();
        assertEquals(1, a.get(10, TimeUnit.SECONDS));
        assertEquals(1, commits.get());
    }

    @Test
    void aFailedCommitFailsEveryUnitOfItsGroupAndWritesNothing() throws Exception {
        CountDownLatch release = holdCommitter();
        Future<Integer> a = handIn(c -> insert(c, "a"));
        Future<Integer> b = handIn(c -> insert(c, "b"));
        awaitQueued(2);
        commitFailure = new SQLException("disk full", "58000");
        release.countDown();
        assertInstanceOf(DataAccessException.class, failureOf(a));
        assertInstanceOf(DataAccessException.class, failureOf(b));
        // The blocker's group commits on the other committer thread, which may come after a's and b's (pipelined).
        assertInstanceOf(DataAccessException.class, failureOf(blocker));
        commitFailure = null;
        assertEquals(1, (int) group.run(c -> insert(c, "after")));
        assertEquals(List.of("after"), values(), "the blocker's group failed to commit as well");
    }

    @Test
    void whenTheSharedTransactionIsLostTheOthersRunAgainAndOnlyTheCulpritFails() throws Exception {
        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
        }
        AtomicInteger runsOfA = new AtomicInteger();
        try (Connection holder = derby.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.executeUpdate("UPDATE counter SET n = 99 WHERE id = 1");   // the row stays locked
            }
            CountDownLatch release = holdCommitter();
            Future<Integer> a = handIn(c -> {
                runsOfA.incrementAndGet();
                return insert(c, "a");
            });
            awaitQueued(1);
            Future<Integer> stuck = handIn(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE counter SET n = n + 1 WHERE id = 1");   // times out: Derby rolls back all
                }
            });
            awaitQueued(2);
            Future<Integer> b = handIn(c -> insert(c, "b"));
            awaitQueued(3);
            release.countDown();

            Throwable timeout = failureOf(stuck);
            assertInstanceOf(SQLException.class, timeout.getCause());
            assertTrue(((SQLException) timeout.getCause()).getSQLState().startsWith("40"), timeout.getCause().toString());
            assertEquals(1, a.get(10, TimeUnit.SECONDS));
            assertEquals(1, b.get(10, TimeUnit.SECONDS));
            holder.rollback();
        }
        assertEquals(2, runsOfA.get(), "a ran again after the transaction was lost under it");
        assertEquals(List.of("blocker", "a", "b"), values());
    }

    @Test
    void concurrentCallersShareCommitsAndAllLand() throws Exception {
        int threads = 16;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    String v = thread + "-" + i;
                    try {
                        group.run(c -> {
                            try (Statement s = c.createStatement()) {
                                s.executeUpdate("UPDATE counter SET n = n + 1 WHERE id = 1");
                            }
                            if (v.endsWith("-7")) {
                                throw new IllegalStateException("unit " + v + " fails");
                            }
                            return insert(c, v);
                        });
                    } catch (IllegalStateException expected) {
                        // its own failure, rolled back
                    } catch (RuntimeException e) {
                        failure.set(e);
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(null, failure.get());
        int landed = threads * (each - 1);
        assertEquals(landed, values().size());
        try (Connection c = derby.getConnection()) {
            assertEquals(landed, counter(c), "the failed units' updates were rolled back with them");
        }
        assertTrue(commits.get() < threads * each, "some units shared a commit: " + commits.get() + " commits");
    }

    @Test
    void closingDrainsWhatWasHandedInAndRefusesMore() throws Exception {
        CountDownLatch release = holdCommitter();
        Future<Integer> a = handIn(c -> insert(c, "a"));
        awaitQueued(1);
        Future<Integer> b = handIn(c -> insert(c, "b"));
        awaitQueued(2);
        CompletableFuture<Boolean> closed = CompletableFuture.supplyAsync(() -> {
            try {
                return group.close(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThrows(DataAccessException.class, () -> group.run(c -> insert(c, "late")));
        release.countDown();
        assertTrue(closed.get(10, TimeUnit.SECONDS));
        assertEquals(1, a.get(1, TimeUnit.SECONDS));
        assertEquals(1, b.get(1, TimeUnit.SECONDS));
        assertEquals(List.of("blocker", "a", "b"), values());
    }

    @Test
    void closingFailsWhatIsStillQueuedWhenTheDrainTimesOut() throws Exception {
        CountDownLatch release = holdCommitter();
        Future<Integer> a = handIn(c -> insert(c, "a"));
        awaitQueued(1);
        assertFalse(group.close(200, TimeUnit.MILLISECONDS));
        assertInstanceOf(DataAccessException.class, failureOf(a));
        release.countDown();
        for (int i = 0; i < 500 && values().isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertEquals(List.of("blocker"), values(), "the running group finished; the queued unit was never written");
    }

    @Test
    void workCannotHandInMoreGroupCommittedWork() throws Exception {
        Future<Integer> nested = handIn(c -> group.run(c2 -> insert(c2, "inner")));
        assertInstanceOf(IllegalStateException.class, failureOf(nested));
        assertEquals(1, (int) group.run(c -> insert(c, "next")));
        assertEquals(List.of("next"), values());
    }

    @Test
    void theNextGroupRunsWhileOneWaitsForItsCommitButIsNotAnsweredBeforeItsOwn() throws Exception {
        commitGate = new CountDownLatch(1);
        Future<Integer> a = handIn(c -> insert(c, "a"));
        assertTrue(commitEntered.await(5, TimeUnit.SECONDS));
        CountDownLatch bRan = new CountDownLatch(1);
        Future<Integer> b = handIn(c -> {
            bRan.countDown();
            return insert(c, "b");
        });
        assertTrue(bRan.await(5, TimeUnit.SECONDS), "b ran while a was committing");
        assertFalse(a.isDone());
        assertFalse(b.isDone());
        commitGate.countDown();
        assertEquals(1, a.get(10, TimeUnit.SECONDS));
        assertEquals(1, b.get(10, TimeUnit.SECONDS));
        assertEquals(List.of("a", "b"), values());
    }

    @Test
    void withOneCommitterTheNextGroupWaitsForTheCommitBeforeIt() throws Exception {
        group.close(5, TimeUnit.SECONDS);
        group = new GroupCommitter(observed(derby), 64, 1, "test-group-commit");
        commitGate = new CountDownLatch(1);
        Future<Integer> a = handIn(c -> insert(c, "a"));
        assertTrue(commitEntered.await(5, TimeUnit.SECONDS));
        CountDownLatch bRan = new CountDownLatch(1);
        Future<Integer> b = handIn(c -> {
            bRan.countDown();
            return insert(c, "b");
        });
        assertFalse(bRan.await(300, TimeUnit.MILLISECONDS));
        commitGate.countDown();
        assertEquals(1, a.get(10, TimeUnit.SECONDS));
        assertEquals(1, b.get(10, TimeUnit.SECONDS));
    }
}
