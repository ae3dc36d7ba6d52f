package org.tongban.surrogate.internal;

import org.tongban.core.audit.AuditEntry;
import org.tongban.core.data.Change;

/** Every change of an on-behalf case is audited under the case's reference, as an agent's doing, on the change itself. */
final class CaseAudit {

    private CaseAudit() {
    }

    static void record(Change change, String ref, String actor, String action, String detail) {
        change.audit(new AuditEntry(actor, "agent", action, "surrogate:" + ref, detail));
    }
}
