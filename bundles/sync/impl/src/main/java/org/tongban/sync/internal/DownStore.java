package org.tongban.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.sync.DownEvent;
import org.tongban.sync.SyncEvent;

/** SQL of the way down: routes, the per-child downbox, this node's cursor at its parent. */
final class DownStore {

    private DownStore() {
    }

    /** Remembers that the origin's events come through this child (the latest way wins: a node may be re-parented). */
    static void route(Connection c, String origin, String child, long nowMs) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE sync_route SET via_child = ?, updated_ms = ? WHERE origin_node = ?")) {
            u.setString(1, child);
            u.setLong(2, nowMs);
            u.setString(3, origin);
            if (u.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement i = c.prepareStatement("INSERT INTO sync_route (origin_node, via_child, updated_ms) VALUES (?, ?, ?)")) {
            i.setString(1, origin);
            i.setString(2, child);
            i.setLong(3, nowMs);
            i.executeUpdate();
        }
    }

    static Optional<String> via(Connection c, String destination) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT via_child FROM sync_route WHERE origin_node = ?")) {
            ps.setString(1, destination);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void queue(Connection c, String child, String destination, SyncEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_downbox (child, destination, event_id, origin_node, subject,"
                + " subject_seq, event_type, payload_version, payload, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, child);
            ps.setString(2, destination);
            ps.setString(3, e.id());
            ps.setString(4, e.originNode());
            ps.setString(5, e.subject());
            ps.setLong(6, e.subjectSeq());
            ps.setString(7, e.type());
            ps.setInt(8, e.payloadVersion());
            ps.setString(9, e.payload());
            ps.setLong(10, e.created().toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** Removes what the child has taken (up to its cursor) and returns what follows. */
    static List<DownEvent> pull(Connection c, String child, long after, int limit) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM sync_downbox WHERE child = ? AND seq <= ?")) {
            d.setString(1, child);
            d.setLong(2, after);
            d.executeUpdate();
        }
        List<DownEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, destination, event_id, origin_node, subject, subject_seq, event_type,"
                + " payload_version, payload, created_ms FROM sync_downbox WHERE child = ? AND seq > ? ORDER BY seq")) {
            ps.setString(1, child);
            ps.setLong(2, after);
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DownEvent(rs.getLong(1), rs.getString(2), new SyncEvent(rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getLong(6), rs.getString(7), rs.getInt(8), rs.getString(9), Instant.ofEpochMilli(rs.getLong(10)))));
                }
            }
        }
        return out;
    }

    static long queued(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sync_downbox"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long cursor(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM sync_down_cursor WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static void cursor(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_down_cursor SET last_seq = ? WHERE id = 1 AND last_seq < ?")) {
            ps.setLong(1, seq);
            ps.setLong(2, seq);
            ps.executeUpdate();
        }
    }
}
