package org.tongban.intermediary.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.intermediary.Blacklisting;
import org.tongban.intermediary.Violation;
import org.tongban.intermediary.ViolationSeverity;

/** SQL of an agency's conduct: blacklistings, violations and the owners' reviews its credit is scored on. */
final class ConductStore {

    private ConductStore() {
    }

    /** The blacklisting in force or still ahead (not lifted, not ended before today), the latest first. */
    static Optional<Blacklisting> blacklisting(Connection c, long agencyId, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, agency_id, reason, from_date, until_date, listed_by, lifted_on,"
                + " lifted_by FROM intermediary_blacklist WHERE agency_id = ? AND lifted_on IS NULL AND until_date >= ? ORDER BY id DESC")) {
            ps.setLong(1, agencyId);
            ps.setDate(2, Date.valueOf(today));
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Blacklisting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getDate(5).toLocalDate(), rs.getString(6), null, null)) : Optional.empty();
            }
        }
    }

    static long blacklist(Connection c, long agencyId, String reason, LocalDate from, LocalDate until, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intermediary_blacklist (agency_id, reason, from_date, until_date,"
                + " listed_by) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, agencyId);
            ps.setString(2, reason);
            ps.setDate(3, Date.valueOf(from));
            ps.setDate(4, Date.valueOf(until));
            ps.setString(5, by);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    static int lift(Connection c, long agencyId, LocalDate on, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intermediary_blacklist SET lifted_on = ?, lifted_by = ? WHERE agency_id = ?"
                + " AND lifted_on IS NULL AND until_date >= ?")) {
            ps.setDate(1, Date.valueOf(on));
            ps.setString(2, by);
            ps.setLong(3, agencyId);
            ps.setDate(4, Date.valueOf(on));
            return ps.executeUpdate();
        }
    }

    static Violation violation(Connection c, long agencyId, ViolationSeverity severity, String description, LocalDate on, String by)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intermediary_violation (agency_id, severity, description,"
                + " recorded_on, recorded_by) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, agencyId);
            ps.setString(2, severity.name());
            ps.setString(3, description);
            ps.setDate(4, Date.valueOf(on));
            ps.setString(5, by);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return new Violation(k.getLong(1), agencyId, severity, description, on, by);
            }
        }
    }

    static List<ViolationSeverity> violations(Connection c, long agencyId) throws SQLException {
        List<ViolationSeverity> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT severity FROM intermediary_violation WHERE agency_id = ?")) {
            ps.setLong(1, agencyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(ViolationSeverity.valueOf(rs.getString(1)));
                }
            }
        }
        return out;
    }

    /** The owners' review scores of an agency's services and how many were delivered on time or late. */
    record Reviews(List<Integer> scores, int onTime, int late) {
    }

    static Reviews reviews(Connection c, long agencyId) throws SQLException {
        List<Integer> scores = new ArrayList<>();
        int onTime = 0;
        int late = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT review_score, review_on_time FROM intermediary_project"
                + " WHERE winner_agency_id = ? AND review_score IS NOT NULL")) {
            ps.setLong(1, agencyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    scores.add(rs.getInt(1));
                    if (rs.getInt(2) == 1) {
                        onTime++;
                    } else {
                        late++;
                    }
                }
            }
        }
        return new Reviews(List.copyOf(scores), onTime, late);
    }
}
