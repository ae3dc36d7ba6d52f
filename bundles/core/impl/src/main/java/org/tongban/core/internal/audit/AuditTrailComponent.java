package org.tongban.core.internal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.NodeInfo;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditRecord;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.audit.AuditVerification;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.data.Transactions;
import org.tongban.core.internal.data.CoreSchema;

/** The audit trail service over {@link AuditStore}. */
@Component(service = AuditTrail.class)
public class AuditTrailComponent implements AuditTrail {

    private final Transactions tx;
    private final NodeInfo node;
    private final TongbanClock clock;

    @Activate
    public AuditTrailComponent(@Reference Transactions tx, @Reference NodeInfo node, @Reference TongbanClock clock,
                               @Reference CoreSchema schema) {
        this.tx = tx;
        this.node = node;
        this.clock = clock;
    }

    @Override
    public AuditRecord append(Connection c, AuditEntry entry) {
        try {
            return AuditStore.append(c, node.identity().id(), clock.now(), entry);
        } catch (SQLException e) {
            throw new DataAccessException("audit append failed: " + e.getMessage(), e);
        }
    }

    @Override
    public AuditRecord append(AuditEntry entry) {
        return tx.inTransaction(c -> AuditStore.append(c, node.identity().id(), clock.now(), entry));
    }

    @Override
    public List<AuditRecord> bySubject(String subject) {
        return tx.read(c -> AuditStore.bySubject(c, subject));
    }

    @Override
    public List<AuditRecord> latest(int limit) {
        return tx.read(c -> AuditStore.latest(c, limit));
    }

    @Override
    public AuditVerification verify() {
        return tx.read(AuditStore::verify);
    }
}
