package org.tongban.core.internal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.internal.data.UnitEnd;

/** Writes a change's audit records in its transaction: core's side of {@code Change.audit}. */
public interface AuditWriter {
    /**
     * Writes the entries in order; in a group commit ({@code end} given) they are chained at the group's end, otherwise
     * the sealer chains them right after the commit.
     */
    void write(Connection c, List<AuditEntry> entries, UnitEnd end) throws SQLException;
}
