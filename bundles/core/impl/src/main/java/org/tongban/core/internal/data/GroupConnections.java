package org.tongban.core.internal.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the group committer does to a connection when a unit or its transaction fails: quietly, as the failure says it all. */
final class GroupConnections {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);

    private GroupConnections() {
    }

    static boolean rolledBackTo(Connection c, Savepoint before, Throwable failed) {
        try {
            c.rollback(before);
            return true;
        } catch (SQLException lost) {
            failed.addSuppressed(lost);
            return false;
        }
    }

    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback after a lost group transaction failed: {}", e.getMessage());
        }
    }

    static void restoreAutoCommit(Connection c, boolean auto) {
        try {
            c.setAutoCommit(auto);
        } catch (SQLException e) {
            LOG.debug("could not restore auto-commit: {}", e.getMessage());
        }
    }
}
