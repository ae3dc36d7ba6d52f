package org.tongban.core.internal.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.data.SqlWork;
import org.tongban.core.data.Transactions;

/**
 * Short JDBC transactions on the node's datasource (pax-jdbc, {@code dataSourceName=tongban} unless configured), and
 * group commit through one {@link GroupCommitter}.
 */
@Component(service = {Transactions.class, GroupCommits.class}, configurationPid = "org.tongban.transactions")
@Designate(ocd = TransactionsConfig.class)
public class TransactionsComponent implements Transactions, GroupCommits {

    private final DataSource dataSource;
    private final GroupCommitter group;
    private volatile TransactionsConfig config;

    @Activate
    public TransactionsComponent(@Reference(name = "datasource", target = "(dataSourceName=tongban)") DataSource dataSource,
                                 TransactionsConfig config) {
        this.dataSource = dataSource;
        this.config = config;
        this.group = new GroupCommitter(dataSource, config.groupCommitMaxUnits(), config.groupCommitThreads(),
                "tongban-group-commit");
    }

    @Modified
    void modified(TransactionsConfig changed) {
        this.config = changed;
        group.setMaxGroup(changed.groupCommitMaxUnits());
    }

    /** Commits what was handed in before the datasource goes (DS deactivates before it unbinds the reference). */
    @Deactivate
    void deactivate() throws InterruptedException {
        group.close(Math.max(1, config.groupCommitDrainSeconds()), TimeUnit.SECONDS);
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        return JdbcTransactions.inTransaction(dataSource, work);
    }

    @Override
    public <T> T inGroupCommit(SqlWork<T> work) {
        return group.run(work);
    }

    @Override
    public <T> T inGroupCommit(UnitWork<T> work) {
        return group.run(work);
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
