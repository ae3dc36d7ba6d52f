package org.tongban.surrogate.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tongban.core.data.Jdbc;

/** SQL of the supplements (补正) forwarded from below, queued at the deciding node (table surrogate_supplement). */
final class SupplementStore {

    /** A pending supplement whose application has become a case (number {@code caseNumber}). */
    record Pending(String eventId, String ref, String origin, String materials, String agent, String caseNumber) {
    }

    private SupplementStore() {
    }

    /** Records a supplement forwarded from below; false when it is here already. */
    static boolean record(Connection c, String eventId, String ref, String origin, String materials, String agent, long nowMs)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM surrogate_supplement WHERE event_id = ?")) {
            q.setString(1, eventId);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_supplement (event_id, ref, origin_node, materials, agent,"
                + " status, received_ms) VALUES (?, ?, ?, ?, ?, 'PENDING', ?)")) {
            Jdbc.bind(ps, Arrays.asList(eventId, ref, origin, materials, agent, nowMs));
            ps.executeUpdate();
            return true;
        }
    }

    /** Pending supplements whose application has become a case, oldest first. */
    static List<Pending> pending(Connection c, int limit) throws SQLException {
        List<Pending> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.event_id, s.ref, s.origin_node, s.materials, s.agent, f.case_number"
                + " FROM surrogate_supplement s JOIN surrogate_forwarded f ON f.ref = s.ref WHERE s.status = 'PENDING'"
                + " AND f.status = 'DONE' ORDER BY s.received_ms")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6)));
                }
            }
        }
        return out;
    }

    static void settle(Connection c, String eventId, String status, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE surrogate_supplement SET status = ?, reason = ? WHERE event_id = ?")) {
            Jdbc.bind(ps, Arrays.asList(status, reason, eventId));
            ps.executeUpdate();
        }
    }
}
