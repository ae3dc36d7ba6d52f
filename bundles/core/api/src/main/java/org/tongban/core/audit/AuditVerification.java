package org.tongban.core.audit;

/**
 * Result of recomputing the chain up to one consistent point, its head as it stood when the check began: intact, or
 * the first record that does not match and why. {@code coveredUpTo} is that point's sequence number; records chained
 * after it while the check ran ({@code notYetCovered}) are left to the next check and never count as broken.
 */
public record AuditVerification(boolean intact, long recordsChecked, Long firstBrokenSeq, String reason, long coveredUpTo,
                                long notYetCovered) {

    /** The form before coverage was reported: covering what was checked, nothing left over. */
    public AuditVerification(boolean intact, long recordsChecked, Long firstBrokenSeq, String reason) {
        this(intact, recordsChecked, firstBrokenSeq, reason, recordsChecked, 0);
    }

    public static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    public static AuditVerification broken(long checked, long seq, String reason) {
        return new AuditVerification(false, checked, seq, reason);
    }

    /** This result at the point {@code coveredUpTo}, with the records chained after it while it was checked. */
    public AuditVerification covering(long upTo, long chainedSince) {
        return new AuditVerification(intact, recordsChecked, firstBrokenSeq, reason, upTo, chainedSince);
    }
}
