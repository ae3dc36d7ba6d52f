package org.tongban.core.internal.data;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.data.SqlWork;
import org.tongban.core.data.Transactions;

/** Short JDBC transactions on the node's datasource (pax-jdbc, {@code dataSourceName=tongban} unless configured). */
@Component(service = Transactions.class)
public class TransactionsComponent implements Transactions {

    private final DataSource dataSource;

    @Activate
    public TransactionsComponent(@Reference(name = "datasource", target = "(dataSourceName=tongban)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        return JdbcTransactions.inTransaction(dataSource, work);
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            return work.run(c);
        } catch (SQLException e) {
            throw new DataAccessException("read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DataAccessException("no connection: " + e.getMessage(), e);
        }
    }
}
