package org.tongban.intermediary.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tongban.intermediary.Registration;

/** SQL of the registrations for projects and their sealed bids (table intermediary_registration). */
final class RegistrationStore {

    private RegistrationStore() {
    }

    static long register(Connection c, long projectId, long agencyId, BigDecimal bid, String proposal, long nowMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intermediary_registration (project_id, agency_id, bid, proposal,"
                + " registered_ms) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, projectId);
            ps.setLong(2, agencyId);
            ps.setBigDecimal(3, bid);
            ps.setString(4, proposal);
            ps.setLong(5, nowMs);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    static List<Registration> registrations(Connection c, long projectId) throws SQLException {
        List<Registration> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.project_id, r.agency_id, a.name, r.bid, r.proposal, r.registered_ms"
                + " FROM intermediary_registration r JOIN intermediary_agency a ON a.id = r.agency_id WHERE r.project_id = ? ORDER BY r.agency_id")) {
            ps.setLong(1, projectId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Registration(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBigDecimal(5),
                            rs.getString(6), Instant.ofEpochMilli(rs.getLong(7))));
                }
            }
        }
        return out;
    }
}
