package org.tongban.testsupport;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditRecord;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.audit.AuditVerification;

/** An audit trail that keeps what it is given, in order, for a test to read back; no hash chain. */
public final class RecordingAudit implements AuditTrail {

    public final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public AuditRecord append(AuditEntry e) {
        entries.add(e);
        return record(entries.size(), e);
    }

    @Override
    public List<AuditRecord> bySubject(String subject) {
        return entries.stream().filter(e -> subject.equals(e.subject())).map(e -> record(0, e)).toList();
    }

    @Override
    public List<AuditRecord> latest(int limit) {
        int from = Math.max(0, entries.size() - limit);
        return entries.subList(from, entries.size()).stream().map(e -> record(0, e)).toList();
    }

    @Override
    public AuditVerification verify() {
        throw new UnsupportedOperationException("a recording trail has no chain to verify");
    }

    /** The actions recorded, in order ("case.accepted", …). */
    public List<String> actions() {
        return entries.stream().map(AuditEntry::action).toList();
    }

    private static AuditRecord record(long seq, AuditEntry e) {
        return new AuditRecord(seq, Instant.now(), "test", e.actor(), e.role(), e.action(), e.subject(), e.detail(), null, null);
    }
}
