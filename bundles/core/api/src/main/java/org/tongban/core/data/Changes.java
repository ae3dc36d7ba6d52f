package org.tongban.core.data;

/**
 * Makes changes: runs work in one transaction with its audit records and outbox events, commits them together and
 * then runs the change's after-commit work. The work may run more than once (see {@link Transactions}: a transaction
 * the database threw away for reasons of concurrency is run again, each time with a fresh {@link Change}), so it
 * should do nothing but its SQL and what it records on the change.
 */
public interface Changes {

    /** One change in a transaction of its own; durable, with its records and events, when this returns. */
    <T> T apply(ChangeWork<T> work);

    /**
     * {@link #apply} sharing its commit with other callers' changes (group commit, see
     * {@link Transactions#inGroupCommit}): the work runs on another thread under a savepoint of its own, so it must not
     * hand in more grouped work; its after-commit tasks still run on the caller's thread.
     */
    <T> T applyGrouped(ChangeWork<T> work);
}
