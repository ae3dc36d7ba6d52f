package org.tongban.core.audit;

import java.util.List;

/**
 * The append-only, hash-chained audit trail (全程留痕). A change records its audit entries on its
 * {@link org.tongban.core.data.Change}, so they commit with it; this service appends what changes nothing else and reads.
 */
public interface AuditTrail {

    /** Appends in a transaction of its own, for actions that change no other table. */
    AuditRecord append(AuditEntry entry);

    /** Records about one subject, oldest first. */
    List<AuditRecord> bySubject(String subject);

    /** The newest records, newest first. */
    List<AuditRecord> latest(int limit);

    /**
     * Recomputes the chain up to its head as it stands when the check begins and names the first broken record; records
     * chained while it runs are reported as not yet covered, never as broken.
     */
    AuditVerification verify();
}
