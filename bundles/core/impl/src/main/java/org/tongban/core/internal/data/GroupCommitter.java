package org.tongban.core.internal.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.data.SqlWork;

/**
 * Group commit: units of work handed in by many callers run on one committer thread, several in one transaction, each
 * under its own savepoint, and share one commit (one synchronous log force). A unit that throws is rolled back to its
 * savepoint and only its caller gets the exception; every caller returns only after the commit that made its unit
 * durable. Units run in the order they arrive. While one group commits, the next gathers in the queue, so the size of a
 * group follows the load: alone, a unit commits by itself at once.
 *
 * <p>With more than one committer thread, groups are pipelined: one group runs its work at a time (taking the run
 * token), and gives the token on before it commits, so the next group runs while the one before waits for its log
 * force. A group never waits for a later one (it has run all its work before the next starts), so groups cannot
 * deadlock each other; a later group that touches a row of an earlier one waits for that commit and then sees it.
 *
 * <p>If the shared transaction is lost while a unit runs (the database rolled all of it back, e.g. as a deadlock victim
 * or on a lock timeout, so its savepoint is gone), that unit's caller gets its error and the other units of the group
 * are run again in a new transaction: nothing of them had been committed or acknowledged. Plain JDBC, so unit tests
 * use it without OSGi.
 */
public final class GroupCommitter {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);

    private static final class Unit<T> {
        final UnitWork<T> work;
        final CompletableFuture<T> done = new CompletableFuture<>();
        T result;

        Unit(UnitWork<T> work) {
            this.work = work;
        }

        void run(Connection c, UnitEnd end) throws SQLException {
            result = work.run(c, end);
        }

        void commit() {
            done.complete(result);
        }
    }

    private final DataSource dataSource;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ArrayDeque<Unit<?>> queue = new ArrayDeque<>();
    /** Held by the one group running its work; fair, so groups run in the order they were taken. */
    private final Semaphore runToken = new Semaphore(1, true);
    private final List<Thread> threads = new ArrayList<>();
    private final ThreadLocal<Boolean> committing = ThreadLocal.withInitial(() -> false);
    private volatile int maxGroup;
    private boolean closed;

    /**
     * @param maxGroup most units in one transaction
     * @param committers committer threads: 1 runs and commits one group at a time; 2 lets the next group run while
     *                   one commits
     */
    public GroupCommitter(DataSource dataSource, int maxGroup, int committers, String threadName) {
        this.dataSource = dataSource;
        setMaxGroup(maxGroup);
        for (int i = 0; i < Math.max(1, committers); i++) {
            Thread t = new Thread(this::loop, threadName + "-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    /** The most units one transaction takes; at least 1. */
    public void setMaxGroup(int maxGroup) {
        this.maxGroup = Math.max(1, maxGroup);
    }

    /** Units handed in and not yet taken into a transaction. */
    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs the work in a shared transaction and returns its result once that transaction has committed. A
     * RuntimeException of the work reaches the caller as it is, an SQLException as a {@link DataAccessException}.
     */
    public <T> T run(SqlWork<T> work) {
        return run((c, end) -> work.run(c));
    }

    /** {@link #run(SqlWork)} for work that leaves items for its group's end (see {@link GroupEnd}). */
    public <T> T run(UnitWork<T> work) {
        if (committing.get()) {
            throw new IllegalStateException("group-committed work cannot hand in more group-committed work: it would wait for itself");
        }
        Unit<T> unit = new Unit<>(work);
        lock.lock();
        try {
            if (closed) {
                throw new DataAccessException("transactions are shutting down; nothing was written", null);
            }
            queue.addLast(unit);
            arrived.signal();
        } finally {
            lock.unlock();
        }
        try {
            return unit.done.join();   // not interruptible: the work may already be in a transaction
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new DataAccessException("transaction failed: " + cause.getMessage(), cause);
        }
    }

    /**
     * Stops taking work and lets the committer finish what was handed in. Work still queued after {@code timeout}
     * fails (nothing of it was written); a group already running is not interrupted (Derby takes that badly), its callers
     * hear from it when it is done. Returns whether everything was drained.
     */
    public boolean close(long timeout, TimeUnit unit) throws InterruptedException {
        lock.lock();
        try {
            closed = true;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Thread t : threads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        if (threads.stream().noneMatch(Thread::isAlive)) {
            return true;
        }
        List<Unit<?>> abandoned = new ArrayList<>();
        lock.lock();
        try {
            abandoned.addAll(queue);
            queue.clear();
        } finally {
            lock.unlock();
        }
        for (Unit<?> u : abandoned) {
            u.done.completeExceptionally(new DataAccessException("transactions stopped before this work ran; nothing was written", null));
        }
        LOG.warn("group commit still busy after {} ms; {} queued unit(s) failed unwritten", unit.toMillis(timeout), abandoned.size());
        return false;
    }

    private void loop() {
        committing.set(true);
        List<Unit<?>> group = new ArrayList<>();
        while (true) {
            runToken.acquireUninterruptibly();
            lock.lock();
            try {
                while (queue.isEmpty() && !closed) {
                    arrived.awaitUninterruptibly();
                }
                if (queue.isEmpty()) {
                    arrived.signalAll();
                    runToken.release();
                    return;   // closed and drained
                }
                int max = maxGroup;
                while (!queue.isEmpty() && group.size() < max) {
                    group.add(queue.pollFirst());
                }
            } finally {
                lock.unlock();
            }
            try {
                commit(group);
            } catch (Throwable unexpected) {
                LOG.error("group commit failed unexpectedly", unexpected);
                for (Unit<?> u : group) {
                    u.done.completeExceptionally(unexpected);   // no-op for those already completed
                }
            }
            for (Unit<?> u : group) {
                // Every caller hears back; this only fires on a bug here.
                u.done.completeExceptionally(new IllegalStateException("group commit left this work unanswered"));
            }
            group.clear();
        }
    }

    /** The run token as one group holds it: given back once, when its work has run or it gives up. */
    private final class Token {
        private boolean held = true;

        void release() {
            if (held) {
                held = false;
                runToken.release();
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void writeGroupEnd(Connection c, Map<GroupEnd<?>, List<Object>> left) throws SQLException {
        for (Map.Entry<GroupEnd<?>, List<Object>> e : left.entrySet()) {
            ((GroupEnd) e.getKey()).write(c, e.getValue());
        }
    }

    /**
     * Runs the group, entered with the run token, until each unit has committed or failed. A run again after a lost
     * transaction keeps the token: it is still this group's turn.
     */
    private void commit(List<Unit<?>> group) {
        Token token = new Token();
        try {
            List<Unit<?>> todo = group;
            while (!todo.isEmpty()) {
                todo = attempt(todo, token);
            }
        } finally {
            token.release();
        }
    }

    /**
     * One transaction over the units; gives the token on once their work has run, before the commit. Returns the units
     * to run again because the transaction was lost under them.
     */
    private List<Unit<?>> attempt(List<Unit<?>> units, Token token) {
        List<Unit<?>> ran = new ArrayList<>(units.size());
        boolean committed = false;
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Map<GroupEnd<?>, List<Object>> groupEnd = new LinkedHashMap<>();
                for (int i = 0; i < units.size(); i++) {
                    Unit<?> u = units.get(i);
                    Savepoint before = c.setSavepoint();
                    UnitEnd end = new UnitEnd();
                    try {
                        u.run(c, end);
                    } catch (SQLException | RuntimeException | Error failed) {
                        if (!GroupConnections.rolledBackTo(c, before, failed)) {
                            // The transaction is gone and took the others' work with it: they run again.
                            u.done.completeExceptionally(failed);
                            GroupConnections.rollbackQuietly(c);
                            List<Unit<?>> again = new ArrayList<>(ran);
                            again.addAll(units.subList(i + 1, units.size()));
                            return again;
                        }
                        u.done.completeExceptionally(failed);
                        continue;
                    }
                    ran.add(u);
                    c.releaseSavepoint(before);
                    end.left().forEach((kind, items) -> groupEnd.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(items));
                }
                writeGroupEnd(c, groupEnd);
                token.release();   // the next group runs while this one waits for its log force
                c.commit();
                committed = true;
            } catch (SQLException | RuntimeException commitFailed) {
                GroupConnections.rollbackQuietly(c);
                for (Unit<?> u : ran) {
                    u.done.completeExceptionally(commitFailed);
                }
                return List.of();
            } finally {
                GroupConnections.restoreAutoCommit(c, auto);
            }
        } catch (SQLException noConnection) {
            if (!committed) {
                for (Unit<?> u : units) {
                    u.done.completeExceptionally(noConnection);   // no-op for those already completed
                }
                return List.of();
            }
            // Committed, then the connection failed to close: the work is durable, its callers hear so.
            LOG.warn("closing a group's connection after its commit failed: {}", noConnection.getMessage());
        }
        for (Unit<?> u : ran) {
            u.commit();
        }
        return List.of();
    }
}
