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

/** SQL of the audit trail (tables core_audit_pending, core_audit, core_audit_head). */
public final class AuditStore {

    private static final String COLUMNS =
            "seq, at_ms, node_id, actor, actor_role, action, subject, detail, prev_hash, hash";

    private AuditStore() {
    }

    /** An entry and when it happened. */
    public record Stamped(Instant at, AuditEntry entry) {
    }

    /**
     * Writes one record in the caller's transaction, not yet chained: no lock is shared with other writers, so
     * concurrent changes commit side by side. {@link #seal} links it into the chain after it commits.
     */
    public static AuditRecord append(Connection c, String node, Instant at, AuditEntry e) throws SQLException {
        return appendAll(c, node, at, List.of(e)).get(0);
    }

    /** {@link #append} for several records, in order, in one batch. */
    public static List<AuditRecord> appendAll(Connection c, String node, Instant at, List<AuditEntry> entries) throws SQLException {
        long atMillis = at.toEpochMilli();
        List<AuditRecord> out = new ArrayList<>(entries.size());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO core_audit_pending (at_ms, node_id, actor, actor_role,"
                + " action, subject, detail) VALUES (?,?,?,?,?,?,?)")) {
            for (AuditEntry e : entries) {
                String detail = truncate(e.detail(), 4000);
                insert.setLong(1, atMillis);
                insert.setString(2, node);
                insert.setString(3, e.actor());
                insert.setString(4, e.role());
                insert.setString(5, e.action());
                insert.setString(6, e.subject());
                insert.setString(7, detail);
                insert.addBatch();
                out.add(new AuditRecord(0, Instant.ofEpochMilli(atMillis), node, e.actor(), e.role(), e.action(), e.subject(),
                        detail, null, null));
            }
            insert.executeBatch();
        }
        return out;
    }

    /**
     * Writes records straight into the chain in the caller's transaction, which holds the head row's lock from here to
     * its end: for the end of a group commit, where groups take the head one at a time anyway, and this costs one insert
     * per record instead of a pending insert, a second insert by the sealer and a delete. Returns them chained.
     */
    public static List<AuditRecord> chain(Connection c, String node, List<Stamped> entries) throws SQLException {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Stamped s : entries) {
            AuditEntry e = s.entry();
            rows.add(new Object[] {s.at().toEpochMilli(), node, e.actor(), e.role(), e.action(), e.subject(),
                truncate(e.detail(), 4000)});
        }
        lockHead(c);
        return link(c, rows);
    }

    /**
     * Chains up to {@code max} committed pending records, oldest first: each gets the next sequence number and the hash
     * over it and its predecessor's hash, and leaves the pending table in the same transaction. The records are read
     * before the head is locked: reading waits for writers' uncommitted records, and a group commit holding locks of
     * its own may be waiting for the head meanwhile. Returns how many were sealed.
     */
    public static int seal(Connection c, int max) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, at_ms, node_id, actor, actor_role, action, subject, detail"
                + " FROM core_audit_pending ORDER BY id FETCH FIRST " + Math.max(1, max) + " ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                rows.add(new Object[] {rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getString(7), rs.getString(8)});
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        lockHead(c);
        // Only what this sealer took out of the pending table is chained: one sealed meanwhile by another is not again.
        List<Object[]> taken = new ArrayList<>(rows.size());
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM core_audit_pending WHERE id = ?")) {
            for (long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            int[] counts = delete.executeBatch();
            for (int i = 0; i < rows.size(); i++) {
                if (counts[i] != 0) {
                    taken.add(rows.get(i));
                }
            }
        }
        link(c, taken);
        return rows.size();
    }

    /** Takes the head row's lock, held to the end of the transaction: chain writers go one at a time. */
    private static void lockHead(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("UPDATE core_audit_head SET last_seq = last_seq WHERE id = 1")) {
            lock.executeUpdate();
        }
    }

    /** Appends rows (at, node, actor, role, action, subject, detail) after the chain's head and moves the head. */
    private static List<AuditRecord> link(Connection c, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        AuditChain.Head head = head(c);
        long seq = head.seq();
        String previous = head.hash();
        List<AuditRecord> out = new ArrayList<>(rows.size());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO core_audit (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (Object[] r : rows) {
                seq++;
                long atMillis = (Long) r[0];
                String hash = AuditChain.hash(seq, atMillis, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], previous);
                insert.setLong(1, seq);
                insert.setLong(2, atMillis);
                for (int k = 1; k <= 6; k++) {
                    insert.setString(k + 2, (String) r[k]);
                }
                insert.setString(9, previous);
                insert.setString(10, hash);
                insert.addBatch();
                out.add(new AuditRecord(seq, Instant.ofEpochMilli(atMillis), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6], previous, hash));
                previous = hash;
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE core_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            update.setLong(1, seq);
            update.setString(2, previous);
            update.executeUpdate();
        }
        return out;
    }

    /** Records written but not chained yet. */
    public static long pendingCount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM core_audit_pending"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
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

    /**
     * Checks the chain against one consistent point without holding up its writers: the head as it stands, then the
     * records up to it, all committed by then since a record commits with the head's move over it. Then the highest
     * record number and the head again: how far the head moved is what was chained meanwhile, and a record past the
     * later head was slipped in behind the chain's back (see {@link AuditChain#settle}). Plain reads at any isolation
     * level, on any engine.
     */
    public static AuditVerification verify(Connection c) throws SQLException {
        AuditChain.Head point = head(c);
        AuditVerification upToPoint;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM core_audit WHERE seq <= ? ORDER BY seq")) {
            ps.setLong(1, point.seq());
            try (ResultSet rs = ps.executeQuery()) {
                upToPoint = AuditChain.verify(iterate(rs, AuditStore::read), point.seq(), point.hash());
            }
        }
        long lastSeq = lastSeq(c);
        return AuditChain.settle(upToPoint, point, lastSeq, head(c));
    }

    private static AuditChain.Head head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM core_audit_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the audit chain's head row is missing");
            }
            return new AuditChain.Head(rs.getLong(1), rs.getString(2));
        }
    }

    /** The highest record number in the table (0 when empty), whatever the head says. */
    private static long lastSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM core_audit"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
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

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
