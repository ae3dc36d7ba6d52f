package org.tongban.core.data;

import java.sql.Connection;

/** Runs work in one short transaction on the node's datasource: commit on return, roll back on any exception. */
public interface Transactions {

    <T> T inTransaction(SqlWork<T> work);

    /** Runs read-only work; no transaction is left open. */
    <T> T read(SqlWork<T> work);

    /** A raw connection for callers that manage their own transaction; close it. */
    Connection connection();
}
