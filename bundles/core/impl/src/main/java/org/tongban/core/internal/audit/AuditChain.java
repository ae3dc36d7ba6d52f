package org.tongban.core.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import org.tongban.core.audit.AuditRecord;
import org.tongban.core.audit.AuditVerification;

/** The hash chain: SHA-256 over every field and the previous hash, and its verification. Pure logic. */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Hash of a record's content chained to {@code previousHash}; fields are length-prefixed so none can bleed into another. */
    public static String hash(long seq, long atMillis, String node, String actor, String role, String action,
                              String subject, String detail, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        for (Object field : new Object[] {seq, atMillis, node, actor, role, action, subject, detail, previousHash}) {
            String text = String.valueOf(field);
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    /** Recomputed hash of a stored record. */
    public static String hashOf(AuditRecord r) {
        return hash(r.seq(), r.at().toEpochMilli(), r.node(), r.actor(), r.role(), r.action(), r.subject(), r.detail(),
                r.previousHash());
    }

    /**
     * Walks the records up to a head in sequence order and reports the first that breaks the chain: a gap in the
     * sequence, a link to the wrong previous hash, or content that no longer matches its hash. {@code headSeq}/{@code
     * headHash} are the chain's head as read, which catches records removed from the end.
     */
    public static AuditVerification verify(Iterator<AuditRecord> records, long headSeq, String headHash) {
        long expectedSeq = 1;
        String previous = GENESIS;
        long checked = 0;
        while (records.hasNext()) {
            AuditRecord r = records.next();
            if (r.seq() != expectedSeq) {
                return AuditVerification.broken(checked, expectedSeq, "record " + expectedSeq + " is missing");
            }
            if (!r.previousHash().equals(previous)) {
                return AuditVerification.broken(checked, r.seq(), "link to the previous record does not match");
            }
            if (!hashOf(r).equals(r.hash())) {
                return AuditVerification.broken(checked, r.seq(), "content does not match its hash");
            }
            previous = r.hash();
            expectedSeq++;
            checked++;
        }
        if (checked != headSeq) {
            return AuditVerification.broken(checked, checked + 1,
                    "chain ends at record " + checked + " but the head records " + headSeq);
        }
        if (!previous.equals(headHash)) {
            return AuditVerification.broken(Math.max(0, checked - 1), headSeq,
                    "record " + headSeq + " is not the one the head records");
        }
        return AuditVerification.intact(checked);
    }

    /**
     * Completes a check made up to {@code point} (the head read before the records) with the highest record number
     * seen after it and the head read after that. A record is only ever chained together with the head's move over
     * it, in one transaction, so the later head covers every record seen before it unless one was put there behind the
     * chain's back; the head's move during the check is what was chained meanwhile, merely not covered yet.
     */
    public static AuditVerification settle(AuditVerification upToPoint, Head point, long lastSeq, Head later) {
        AuditVerification result = upToPoint;
        if (upToPoint.intact() && later.seq() < point.seq()) {
            result = AuditVerification.broken(upToPoint.recordsChecked(), later.seq() + 1,
                    "the head went back from record " + point.seq() + " to " + later.seq() + " during the check");
        } else if (upToPoint.intact() && lastSeq > later.seq()) {
            result = AuditVerification.broken(upToPoint.recordsChecked(), lastSeq,
                    "record " + lastSeq + " lies past the chain's head, which records " + later.seq());
        }
        return result.covering(point.seq(), Math.max(0, later.seq() - point.seq()));
    }

    /** The chain's head as read: the last chained record's sequence number and hash. */
    public record Head(long seq, String hash) {
    }
}
