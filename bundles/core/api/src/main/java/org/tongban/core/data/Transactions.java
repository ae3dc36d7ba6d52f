package org.tongban.core.data;

import java.sql.Connection;

/** Runs work in one short transaction on the node's datasource: commit on return, roll back on any exception. */
public interface Transactions {

    /**
     * Runs work in one transaction: committed when this returns, rolled back when it throws. When the database rolls
     * the whole transaction back for a reason of concurrency (a deadlock victim, a lock timeout, SQL state class 40)
     * the work is run again, a few times at most: so work should do nothing but its SQL and what follows from it, and
     * reset at its start anything it collects for the caller.
     */
    <T> T inTransaction(SqlWork<T> work);

    /**
     * Runs work like {@link #inTransaction}, durable when this returns, but lets it share its commit with other callers'
     * work (group commit), so concurrent writers share one synchronous log force instead of taking turns for theirs.
     * Each unit runs under a savepoint of its own, in the order they are handed in: a unit that throws is rolled back
     * to its savepoint and only its caller gets the exception (a RuntimeException as it is, an SQLException wrapped in a
     * {@link DataAccessException}); the others commit, and no caller returns before the commit of its work.
     *
     * <p>The work runs on another thread (no thread-locals of the caller reach it) and sees the uncommitted changes of
     * the units before it in the same transaction. If that transaction is lost under it for a reason outside the work
     * (the database rolls all of it back, e.g. to break a deadlock), the work is run again; so it must not commit, roll
     * back or hand in more group-committed work, and should do nothing but its SQL and what follows from it.
     */
    default <T> T inGroupCommit(SqlWork<T> work) {
        return inTransaction(work);
    }

    /** Runs read-only work; no transaction is left open. */
    <T> T read(SqlWork<T> work);

    /** A raw connection for callers that manage their own transaction; close it. */
    Connection connection();
}
