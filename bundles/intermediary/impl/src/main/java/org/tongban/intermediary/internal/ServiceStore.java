package org.tongban.intermediary.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tongban.intermediary.IntermediaryService;

/** SQL of the catalogue of intermediary services (table intermediary_service). */
final class ServiceStore {

    private ServiceStore() {
    }

    static void save(Connection c, IntermediaryService s, long nowMs) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE intermediary_service SET name = ?, legal_basis = ?, required_by = ?,"
                + " time_limit_days = ?, fee_standard = ?, updated_ms = ? WHERE code = ?")) {
            u.setString(1, s.name());
            u.setString(2, s.legalBasis());
            u.setString(3, String.join(",", s.requiredBy()));
            u.setInt(4, s.timeLimitDays());
            u.setString(5, s.feeStandard());
            u.setLong(6, nowMs);
            u.setString(7, s.code());
            if (u.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement i = c.prepareStatement("INSERT INTO intermediary_service (name, legal_basis, required_by, time_limit_days,"
                + " fee_standard, updated_ms, code) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            i.setString(1, s.name());
            i.setString(2, s.legalBasis());
            i.setString(3, String.join(",", s.requiredBy()));
            i.setInt(4, s.timeLimitDays());
            i.setString(5, s.feeStandard());
            i.setLong(6, nowMs);
            i.setString(7, s.code());
            i.executeUpdate();
        }
    }

    static List<IntermediaryService> services(Connection c) throws SQLException {
        List<IntermediaryService> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name, legal_basis, required_by, time_limit_days, fee_standard"
                + " FROM intermediary_service ORDER BY code"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String req = rs.getString(4);
                out.add(new IntermediaryService(rs.getString(1), rs.getString(2), rs.getString(3),
                        req.isEmpty() ? List.of() : Arrays.asList(req.split(",")), rs.getInt(5), rs.getString(6)));
            }
        }
        return out;
    }

    static Optional<IntermediaryService> service(Connection c, String code) throws SQLException {
        return services(c).stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
