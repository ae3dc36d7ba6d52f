package org.tongban.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditRecord;
import org.tongban.core.audit.AuditVerification;

/** SQL of the audit trail (tables core_audit, core_audit_head). */
public final class AuditStore {

    private static final String COLUMNS =
            "seq, at_ms, node_id, actor, actor_role, action, subject, detail, prev_hash, hash";

    private AuditStore() {
    }

    /** Appends one record; the head row lock serialises concurrent appends until the caller's commit. */
    public static AuditRecord append(Connection c, String node, Instant at, AuditEntry e) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("UPDATE core_audit_head SET last_seq = last_seq + 1 WHERE id = 1")) {
            lock.executeUpdate();
        }
        long seq;
        String previous;
        try (PreparedStatement head = c.prepareStatement("SELECT last_seq, last_hash FROM core_audit_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            previous = rs.getString(2);
        }
        long atMillis = at.toEpochMilli();
        String detail = truncate(e.detail(), 4000);
        String hash = AuditChain.hash(seq, atMillis, node, e.actor(), e.role(), e.action(), e.subject(), detail, previous);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO core_audit (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            insert.setLong(1, seq);
            insert.setLong(2, atMillis);
            insert.setString(3, node);
            insert.setString(4, e.actor());
            insert.setString(5, e.role());
            insert.setString(6, e.action());
            insert.setString(7, e.subject());
            insert.setString(8, detail);
            insert.setString(9, previous);
            insert.setString(10, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE core_audit_head SET last_hash = ? WHERE id = 1")) {
            update.setString(1, hash);
            update.executeUpdate();
        }
        return new AuditRecord(seq, Instant.ofEpochMilli(atMillis), node, e.actor(), e.role(), e.action(), e.subject(),
                detail, previous, hash);
    }

    public static List<AuditRecord> bySubject(Connection c, String subject) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM core_audit WHERE subject = ? ORDER BY seq")) {
            ps.setString(1, subject);
            return list(ps);
        }
    }

    public static List<AuditRecord> latest(Connection c, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM core_audit ORDER BY seq DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) {
            return list(ps);
        }
    }

    /** Streams the whole trail through the chain check without holding it in memory. */
    public static AuditVerification verify(Connection c) throws SQLException {
        long headSeq;
        String headHash;
        try (PreparedStatement head = c.prepareStatement("SELECT last_seq, last_hash FROM core_audit_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            rs.next();
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM core_audit ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            return AuditChain.verify(iterate(rs, AuditStore::read), headSeq, headHash);
        }
    }

    private static List<AuditRecord> list(PreparedStatement ps) throws SQLException {
        List<AuditRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    private static AuditRecord read(ResultSet rs) {
        try {
            return new AuditRecord(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
        } catch (SQLException e) {
            throw new IllegalStateException("unreadable audit record: " + e.getMessage(), e);
        }
    }

    private static <T> Iterator<T> iterate(ResultSet rs, Function<ResultSet, T> reader) {
        return new Iterator<>() {
            private Boolean ready;

            @Override
            public boolean hasNext() {
                if (ready == null) {
                    try {
                        ready = rs.next();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }
                return ready;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = null;
                return reader.apply(rs);
            }
        };
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
