package org.tongban.surrogate.internal;

import org.tongban.core.data.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.tongban.core.NodeLevel;

/** The SQL of the network's figures: one row per on-behalf case known here, replaced only by a newer revision. */
final class NetworkCaseStore {

    private NetworkCaseStore() {
    }

    /** The revision stored for the case, 0 when none. */
    static int revision(Connection c, String ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM surrogate_network_case WHERE ref = ?")) {
            ps.setString(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Stores the summary unless one as new or newer is there already; true when stored. */
    static boolean saveIfNewer(Connection c, NetworkCase k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE surrogate_network_case SET node_id = ?, agent_account = ?, agent_name = ?,"
                + " point_code = ?, point_name = ?, level = ?, division_code = ?, status = ?, green_channel = ?, fees = ?, free_copies = ?,"
                + " mailings = ?, opened_ms = ?, closed_ms = ?, revision = ? WHERE ref = ? AND revision < ?")) {
            int i = bind(ps, k, 1);
            ps.setString(i, k.ref());
            ps.setInt(i + 1, k.revision());
            if (ps.executeUpdate() == 1) {
                return true;
            }
        }
        if (revision(c, k.ref()) > 0) {
            return false; // as new or newer already
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_network_case (node_id, agent_account, agent_name,"
                + " point_code, point_name, level, division_code, status, green_channel, fees, free_copies, mailings, opened_ms, closed_ms,"
                + " revision, ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(bind(ps, k, 1), k.ref());
            ps.executeUpdate();
            return true;
        }
    }

    private static int bind(PreparedStatement ps, NetworkCase k, int from) throws SQLException {
        int i = from;
        ps.setString(i++, k.nodeId());
        ps.setString(i++, k.agentAccount());
        ps.setString(i++, k.agentName());
        ps.setString(i++, k.pointCode());
        ps.setString(i++, k.pointName());
        ps.setString(i++, k.level().name());
        ps.setString(i++, k.divisionCode());
        ps.setString(i++, k.status());
        ps.setInt(i++, k.greenChannel() ? 1 : 0);
        ps.setBigDecimal(i++, k.fees());
        ps.setInt(i++, k.freeCopies());
        ps.setInt(i++, k.mailings());
        ps.setLong(i++, k.openedMs());
        Jdbc.setLong(ps, i++, k.closedMs());
        ps.setInt(i++, k.revision());
        return i;
    }

    /** Every case known here, optionally only where the division code starts with the prefix. */
    static List<NetworkCase> list(Connection c, String divisionPrefix) throws SQLException {
        if (divisionPrefix != null && !divisionPrefix.matches("\\d{1,12}")) {
            return List.of(); // division codes are digits: anything else (a LIKE wildcard…) matches none
        }
        String where = divisionPrefix == null ? "" : " WHERE division_code LIKE ?";
        List<NetworkCase> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ref, node_id, agent_account, agent_name, point_code, point_name, level,"
                + " division_code, status, green_channel, fees, free_copies, mailings, opened_ms, closed_ms, revision"
                + " FROM surrogate_network_case" + where + " ORDER BY ref")) {
            if (divisionPrefix != null) {
                ps.setString(1, divisionPrefix + "%");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long closed = rs.getLong(15);
                    Long closedMs = rs.wasNull() ? null : closed;
                    out.add(new NetworkCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), NodeLevel.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getInt(10) == 1,
                            rs.getBigDecimal(11), rs.getInt(12), rs.getInt(13), rs.getLong(14), closedMs, rs.getInt(16)));
                }
            }
        }
        return out;
    }
}
