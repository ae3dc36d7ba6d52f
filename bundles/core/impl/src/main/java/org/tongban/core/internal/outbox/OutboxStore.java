package org.tongban.core.internal.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.tongban.core.outbox.OutboxEvent;

/** SQL of the outbox (table core_outbox). */
public final class OutboxStore {

    static final int MAX_PAYLOAD = 32000;
    private static final int MAX_IN_LIST = 500;
    private static final String COLUMNS =
            "id, origin_node, subject, subject_seq, event_type, payload_version, payload, created_ms, delivered_ms";

    private OutboxStore() {
    }

    public static OutboxEvent append(Connection c, String node, Instant now, String subject, String type, int version,
                                     String payload) throws SQLException {
        if (payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("event payload of " + payload.length() + " characters exceeds " + MAX_PAYLOAD);
        }
        long seq = nextSeq(c, node, subject);
        OutboxEvent event = new OutboxEvent(UUID.randomUUID().toString(), node, subject, seq, type, version, payload,
                Instant.ofEpochMilli(now.toEpochMilli()), null);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO core_outbox (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,NULL)")) {
            ps.setString(1, event.id());
            ps.setString(2, node);
            ps.setString(3, subject);
            ps.setLong(4, seq);
            ps.setString(5, type);
            ps.setInt(6, version);
            ps.setString(7, payload);
            ps.setLong(8, event.created().toEpochMilli());
            ps.executeUpdate();
        }
        return event;
    }

    /**
     * The next number of a subject at this origin: its row in core_outbox_subject is incremented (and stays locked to
     * the commit, which the subject's own changes serialise on anyway); the first event of a subject creates it.
     */
    static long nextSeq(Connection c, String node, String subject) throws SQLException {
        if (increment(c, node, subject) == 0) {
            Savepoint before = c.setSavepoint();
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO core_outbox_subject (origin_node, subject, last_seq) VALUES (?, ?, 1)")) {
                ins.setString(1, node);
                ins.setString(2, subject);
                ins.executeUpdate();
                return 1;
            } catch (SQLException duplicate) {
                // Another writer created it first: take the next number after theirs.
                c.rollback(before);
                if (increment(c, node, subject) == 0) {
                    throw duplicate;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq FROM core_outbox_subject WHERE origin_node = ? AND subject = ?")) {
            ps.setString(1, node);
            ps.setString(2, subject);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int increment(Connection c, String node, String subject) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE core_outbox_subject SET last_seq = last_seq + 1 WHERE origin_node = ? AND subject = ?")) {
            up.setString(1, node);
            up.setString(2, subject);
            return up.executeUpdate();
        }
    }

    /**
     * The oldest undelivered events, in outbox order. Two steps, each of which a database does without a sort or a
     * scan of the table: the positions come from the pending index alone (core_outbox_pending on delivered_ms,
     * position; ordering by both of its columns, which is the same order here since delivered_ms is NULL throughout, lets
     * Derby stop after {@code limit} entries), then those rows by primary key. Asked for in one statement, Derby's
     * optimizer, which does not weigh FETCH FIRST, scanned and sorted the whole table for every batch: about half a
     * second per batch with 100,000 events queued (benchmarks/RESULTS.md, "Sync drain").
     */
    public static List<OutboxEvent> pending(Connection c, int limit) throws SQLException {
        List<Long> positions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT position FROM core_outbox WHERE delivered_ms IS NULL"
                + " ORDER BY delivered_ms, position FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                positions.add(rs.getLong(1));
            }
        }
        List<OutboxEvent> out = new ArrayList<>();
        // Still pending: a row delivered in between (by another reader of the queue) is left out, not sent twice. Each
        // list is padded with its last position to a fixed length, so there are few statement texts to compile.
        int slots = Math.min(Math.max(1, limit), MAX_IN_LIST);
        for (int from = 0; from < positions.size(); from += slots) {
            List<Long> part = positions.subList(from, Math.min(positions.size(), from + slots));
            String sql = "SELECT " + COLUMNS + " FROM core_outbox WHERE position IN (" + "?,".repeat(slots - 1)
                    + "?) AND delivered_ms IS NULL ORDER BY position";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < slots; i++) {
                    ps.setLong(i + 1, part.get(Math.min(i, part.size() - 1)));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(event(rs));
                    }
                }
            }
        }
        return out;
    }

    private static OutboxEvent event(ResultSet rs) throws SQLException {
        long delivered = rs.getLong(9);
        return new OutboxEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getInt(6), rs.getString(7), Instant.ofEpochMilli(rs.getLong(8)),
                rs.wasNull() ? null : Instant.ofEpochMilli(delivered));
    }

    public static int markDelivered(Connection c, Collection<String> ids, Instant now) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("UPDATE core_outbox SET delivered_ms = ? WHERE id = ? AND delivered_ms IS NULL")) {
            for (String id : ids) {
                ps.setLong(1, now.toEpochMilli());
                ps.setString(2, id);
                ps.addBatch();
            }
            for (int count : ps.executeBatch()) {
                n += Math.max(count, 0);
            }
        }
        return n;
    }

    /** Inserts another node's event unchanged unless its id is already here. */
    public static boolean relay(Connection c, OutboxEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM core_outbox WHERE id = ?")) {
            ps.setString(1, e.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        if (e.payload().length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("event payload of " + e.payload().length() + " characters exceeds " + MAX_PAYLOAD);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO core_outbox (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,NULL)")) {
            ps.setString(1, e.id());
            ps.setString(2, e.originNode());
            ps.setString(3, e.subject());
            ps.setLong(4, e.subjectSeq());
            ps.setString(5, e.type());
            ps.setInt(6, e.payloadVersion());
            ps.setString(7, e.payload());
            ps.setLong(8, e.created().toEpochMilli());
            ps.executeUpdate();
            return true;
        }
    }

    public static int markPending(Connection c, Collection<String> ids) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("UPDATE core_outbox SET delivered_ms = NULL WHERE id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    public static long pendingCount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM core_outbox WHERE delivered_ms IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
