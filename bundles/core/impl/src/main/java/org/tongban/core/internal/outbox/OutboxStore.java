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
import org.tongban.core.outbox.NewEvent;
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
        return appendAll(c, node, now, subject, List.of(new NewEvent(type, version, payload)), false).get(0);
    }

    /**
     * Appends events of one subject in order (payloads are JSON text), numbered after the subject's last. A subject
     * said to be new gets its counter created at once; otherwise the counter is advanced once for all of them.
     */
    public static List<OutboxEvent> appendAll(Connection c, String node, Instant now, String subject, List<NewEvent> events,
                                              boolean newSubject) throws SQLException {
        if (events.isEmpty()) {
            return List.of();
        }
        for (NewEvent e : events) {
            String payload = (String) e.payload();
            if (payload.length() > MAX_PAYLOAD) {
                throw new IllegalArgumentException("event payload of " + payload.length() + " characters exceeds " + MAX_PAYLOAD);
            }
        }
        int n = events.size();
        long first = newSubject ? createSubject(c, node, subject, n) : advance(c, node, subject, n);
        Instant created = Instant.ofEpochMilli(now.toEpochMilli());
        List<OutboxEvent> out = new ArrayList<>(n);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO core_outbox (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,NULL)")) {
            for (int i = 0; i < n; i++) {
                NewEvent e = events.get(i);
                OutboxEvent event = new OutboxEvent(UUID.randomUUID().toString(), node, subject, first + i, e.type(),
                        e.payloadVersion(), (String) e.payload(), created, null);
                ps.setString(1, event.id());
                ps.setString(2, node);
                ps.setString(3, subject);
                ps.setLong(4, event.subjectSeq());
                ps.setString(5, event.type());
                ps.setInt(6, event.payloadVersion());
                ps.setString(7, event.payload());
                ps.setLong(8, created.toEpochMilli());
                ps.addBatch();
                out.add(event);
            }
            ps.executeBatch();
        }
        return out;
    }

    /** The counter of a subject nobody has numbered yet, at {@code count}: its first number is 1. */
    private static long createSubject(Connection c, String node, String subject, int count) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO core_outbox_subject (origin_node, subject, last_seq) VALUES (?, ?, ?)")) {
            ins.setString(1, node);
            ins.setString(2, subject);
            ins.setLong(3, count);
            ins.executeUpdate();
        } catch (SQLException e) {
            if (isDuplicate(e)) {
                throw new IllegalStateException("subject " + subject + " has events already: it is not new", e);
            }
            throw e;
        }
        return 1;
    }

    /**
     * Takes the next {@code count} numbers of a subject at this origin and returns the first: its row in
     * core_outbox_subject is advanced (and stays locked to the commit, which the subject's own changes serialise on
     * anyway); the first event of a subject creates it.
     */
    private static long advance(Connection c, String node, String subject, int count) throws SQLException {
        if (increment(c, node, subject, count) == 0) {
            Savepoint before = c.setSavepoint();
            try {
                return createSubject(c, node, subject, count);
            } catch (IllegalStateException duplicate) {
                // Another writer created it first: take the numbers after theirs.
                c.rollback(before);
                if (increment(c, node, subject, count) == 0) {
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
                return rs.getLong(1) - count + 1;
            }
        }
    }

    private static int increment(Connection c, String node, String subject, int count) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE core_outbox_subject SET last_seq = last_seq + ? WHERE origin_node = ? AND subject = ?")) {
            up.setInt(1, count);
            up.setString(2, node);
            up.setString(3, subject);
            return up.executeUpdate();
        }
    }

    /** SQLState class 23 (integrity constraint violation): a unique key already taken, in Derby and PostgreSQL. */
    private static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
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
