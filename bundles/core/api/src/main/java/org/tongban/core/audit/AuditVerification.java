package org.tongban.core.audit;

/** Result of recomputing the chain: intact, or the first record that does not match and why. */
public record AuditVerification(boolean intact, long recordsChecked, Long firstBrokenSeq, String reason) {

    public static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    public static AuditVerification broken(long checked, long seq, String reason) {
        return new AuditVerification(false, checked, seq, reason);
    }
}
