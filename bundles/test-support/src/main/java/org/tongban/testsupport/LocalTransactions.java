package org.tongban.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.tongban.core.data.SqlWork;
import org.tongban.core.data.Transactions;

/** Core's transaction contract on one data source, without group commits: each work is its own transaction. */
public final class LocalTransactions implements Transactions {

    private final DataSource ds;

    public LocalTransactions(DataSource ds) {
        this.ds = ds;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = ds.getConnection()) {
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
        return inTransaction(work);
    }

    @Override
    public Connection connection() {
        try {
            return ds.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
