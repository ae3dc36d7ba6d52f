package org.tongban.core.audit;

import java.sql.Connection;
import java.util.List;

/** The append-only, hash-chained audit trail (全程留痕). */
public interface AuditTrail {

    /**
     * Appends within the caller's transaction, so the record commits (or not) with the change it describes. In a group
     * commit ({@code Transactions.inGroupCommit}) it is linked into the hash chain at once and returned with its sequence
     * number and hash; otherwise it is linked right after it commits (before any read of the trail), and the record
     * returned has no sequence number or hash yet (0 and null).
     */
    AuditRecord append(Connection tx, AuditEntry entry);

    /** {@link #append(Connection, AuditEntry)} for several records, in order, written as one batch. */
    List<AuditRecord> appendAll(Connection tx, List<AuditEntry> entries);

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
