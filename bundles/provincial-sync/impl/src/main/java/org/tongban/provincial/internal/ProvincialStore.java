package org.tongban.provincial.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tongban.provincial.HubDataset;
import org.tongban.provincial.RejectedRecord;

/** SQL of the records the hub refused (table provincial_rejected). */
final class ProvincialStore {

    private ProvincialStore() {
    }

    static void reject(Connection c, RejectedRecord r) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM provincial_rejected WHERE record_id = ?")) {
            d.setString(1, r.recordId());
            d.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO provincial_rejected (record_id, event_id, dataset, case_number,"
                + " reason, at_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.recordId());
            ps.setString(2, r.eventId());
            ps.setString(3, r.dataset().name());
            ps.setString(4, r.caseNumber());
            ps.setString(5, r.reason().length() > 2000 ? r.reason().substring(0, 2000) : r.reason());
            ps.setLong(6, r.at().toEpochMilli());
            ps.executeUpdate();
        }
    }

    static List<RejectedRecord> rejected(Connection c, int limit) throws SQLException {
        List<RejectedRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT record_id, event_id, dataset, case_number, reason, at_ms"
                + " FROM provincial_rejected ORDER BY at_ms DESC")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RejectedRecord(rs.getString(1), rs.getString(2), HubDataset.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))));
                }
            }
        }
        return out;
    }

    static long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM provincial_rejected"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
