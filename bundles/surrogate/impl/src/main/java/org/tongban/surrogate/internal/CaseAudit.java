package org.tongban.surrogate.internal;

import java.sql.Connection;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditTrail;

/** Every change of an on-behalf case is audited under the case's reference, as an agent's doing. */
final class CaseAudit {

    private final AuditTrail audit;

    CaseAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void append(Connection c, String ref, String actor, String action, String detail) {
        audit.append(c, new AuditEntry(actor, "agent", action, "surrogate:" + ref, detail));
    }
}
