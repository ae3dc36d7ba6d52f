package org.tongban.intermediary.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyApplication;
import org.tongban.intermediary.AgencyStatus;
import org.tongban.intermediary.CreditGrade;
import org.tongban.intermediary.Qualification;

/** SQL of the agencies and their qualifications (tables intermediary_agency, intermediary_qualification). */
final class AgencyStore {

    private AgencyStore() {
    }

    static long insert(Connection c, AgencyApplication a, String account, long nowMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intermediary_agency (credit_code, name, account, contact_mobile,"
                + " service_areas, staff_count, status, credit_score, credit_grade, registered_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, a.creditCode().trim().toUpperCase());
            ps.setString(2, a.name().trim());
            ps.setString(3, account);
            ps.setString(4, a.contactMobile());
            ps.setString(5, String.join(",", a.serviceAreas()));
            ps.setInt(6, a.staffCount());
            ps.setString(7, AgencyStatus.PENDING.name());
            ps.setInt(8, CreditRules.NEW_AGENCY);
            ps.setString(9, CreditGrade.of(CreditRules.NEW_AGENCY, false).name());
            ps.setLong(10, nowMs);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                long id = k.getLong(1);
                setQualifications(c, id, a.qualifications());
                return id;
            }
        }
    }

    static void setQualifications(Connection c, long agencyId, List<Qualification> qs) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM intermediary_qualification WHERE agency_id = ?")) {
            d.setLong(1, agencyId);
            d.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intermediary_qualification (agency_id, service_code, name,"
                + " certificate_number, valid_until) VALUES (?, ?, ?, ?, ?)")) {
            for (Qualification q : qs) {
                ps.setLong(1, agencyId);
                ps.setString(2, q.serviceCode());
                ps.setString(3, q.name());
                ps.setString(4, q.certificateNumber());
                ps.setDate(5, Date.valueOf(q.validUntil()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void setStatus(Connection c, long id, AgencyStatus status, String opinion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intermediary_agency SET status = ?, admission_opinion = ? WHERE id = ?")) {
            ps.setString(1, status.name());
            ps.setString(2, opinion);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    static void setCredit(Connection c, long id, int score, CreditGrade grade) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intermediary_agency SET credit_score = ?, credit_grade = ? WHERE id = ?")) {
            ps.setInt(1, score);
            ps.setString(2, grade.name());
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    private static final String AGENCY = "SELECT id, credit_code, name, account, contact_mobile, service_areas, staff_count, status,"
            + " admission_opinion, credit_score, credit_grade, registered_ms FROM intermediary_agency";

    static Optional<Agency> agency(Connection c, long id, LocalDate today) throws SQLException {
        List<Agency> a = agencies(c, " WHERE id = ?", id, today);
        return a.isEmpty() ? Optional.empty() : Optional.of(a.get(0));
    }

    static Optional<Agency> agencyOf(Connection c, String account, LocalDate today) throws SQLException {
        List<Agency> a = agencies(c, " WHERE account = ?", account, today);
        return a.isEmpty() ? Optional.empty() : Optional.of(a.get(0));
    }

    static Optional<Agency> agencyByCreditCode(Connection c, String creditCode, LocalDate today) throws SQLException {
        List<Agency> a = agencies(c, " WHERE credit_code = ?", creditCode, today);
        return a.isEmpty() ? Optional.empty() : Optional.of(a.get(0));
    }

    static List<Agency> agencies(Connection c, AgencyStatus status, LocalDate today) throws SQLException {
        return status == null ? agencies(c, " ORDER BY id", null, today) : agencies(c, " WHERE status = ? ORDER BY id", status.name(), today);
    }

    private static List<Agency> agencies(Connection c, String where, Object arg, LocalDate today) throws SQLException {
        List<Agency> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(AGENCY + where)) {
            if (arg instanceof Long l) {
                ps.setLong(1, l);
            } else if (arg != null) {
                ps.setString(1, (String) arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String areas = rs.getString(6);
                    out.add(new Agency(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            areas.isEmpty() ? List.of() : Arrays.asList(areas.split(",")), rs.getInt(7), qualifications(c, id),
                            AgencyStatus.valueOf(rs.getString(8)), rs.getString(9), rs.getInt(10), CreditGrade.valueOf(rs.getString(11)),
                            ConductStore.blacklisting(c, id, today).orElse(null), Instant.ofEpochMilli(rs.getLong(12))));
                }
            }
        }
        return out;
    }

    private static List<Qualification> qualifications(Connection c, long agencyId) throws SQLException {
        List<Qualification> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT service_code, name, certificate_number, valid_until FROM"
                + " intermediary_qualification WHERE agency_id = ? ORDER BY service_code")) {
            ps.setLong(1, agencyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Qualification(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()));
                }
            }
        }
        return out;
    }

}
