package org.tongban.intermediary.internal;

import org.tongban.core.json.JsonConfig;
import com.fasterxml.jackson.core.JsonProcessingException;

import com.fasterxml.jackson.databind.ObjectMapper;


import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyApplication;
import org.tongban.intermediary.AgencyStatus;
import org.tongban.intermediary.Blacklisting;
import org.tongban.intermediary.Cancellation;
import org.tongban.intermediary.Contract;
import org.tongban.intermediary.CreditGrade;
import org.tongban.intermediary.IntermediaryService;
import org.tongban.intermediary.OwnerReview;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.Qualification;
import org.tongban.intermediary.Registration;
import org.tongban.intermediary.Selection;
import org.tongban.intermediary.SelectionMethod;
import org.tongban.intermediary.ServiceDelivery;
import org.tongban.intermediary.Violation;
import org.tongban.intermediary.ViolationSeverity;

/** SQL of the marketplace (tables intermediary_*). */
final class MarketStore {

    static final ObjectMapper JSON = JsonConfig.stored();

    private MarketStore() {
    }

    // ---- services ---------------------------------------------------------------------------------------------

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

    // ---- agencies ---------------------------------------------------------------------------------------------

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
                            blacklisting(c, id, today).orElse(null), Instant.ofEpochMilli(rs.getLong(12))));
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

    /** The owners' review scores of an agency's services and how many were on time / late: {scores…}, onTime, late. */
    static int[][] record(Connection c, long agencyId) throws SQLException {
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
        return new int[][] {scores.stream().mapToInt(Integer::intValue).toArray(), {onTime, late}};
    }

    // ---- projects ---------------------------------------------------------------------------------------------

    static long insert(Connection c, StoredProject p, long nowMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intermediary_project (service_code, title, scope, owner_name,"
                + " owner_credit_code, owner_account, budget_min, budget_max, fixed_price, time_limit_days, minimum_grade, method,"
                + " published_ms, closes_ms, public_funds, area_code, status, seed, seed_commitment, updated_ms, rules_version, relaunch_of)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, p.serviceCode);
            ps.setString(2, p.title);
            ps.setString(3, p.scope);
            ps.setString(4, p.ownerName);
            ps.setString(5, p.ownerCreditCode);
            ps.setString(6, p.ownerAccount);
            ps.setBigDecimal(7, p.budgetMin);
            ps.setBigDecimal(8, p.budgetMax);
            ps.setBigDecimal(9, p.fixedPrice);
            ps.setInt(10, p.timeLimitDays);
            ps.setString(11, p.minimumGrade == null ? null : p.minimumGrade.name());
            ps.setString(12, p.method.name());
            ps.setLong(13, p.publishedAt.toEpochMilli());
            ps.setLong(14, p.closes.toEpochMilli());
            ps.setInt(15, p.publicFunds ? 1 : 0);
            ps.setString(16, p.areaCode);
            ps.setString(17, p.status.name());
            ps.setString(18, p.seed);
            ps.setString(19, p.seedCommitment);
            ps.setLong(20, nowMs);
            ps.setString(21, p.rulesVersion);
            setLong(ps, 22, p.relaunchOf);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                p.id = k.getLong(1);
            }
        }
        p.code = "ZJ" + p.areaCode + "-" + p.publishedAt.toString().substring(0, 4) + "-" + String.format("%05d", p.id);
        try (PreparedStatement ps = c.prepareStatement("UPDATE intermediary_project SET code = ? WHERE id = ?")) {
            ps.setString(1, p.code);
            ps.setLong(2, p.id);
            ps.executeUpdate();
        }
        return p.id;
    }

    static void update(Connection c, StoredProject p, long nowMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intermediary_project SET status = ?, selection = ?, winner_agency_id = ?,"
                + " contract = ?, delivery = ?, review = ?, review_score = ?, review_on_time = ?, cancel_reason = ?, updated_ms = ?,"
                + " cancelled_ms = ?, cancelled_after_selection = ?, rules_version = ? WHERE id = ?")) {
            ps.setString(1, p.status.name());
            ps.setString(2, json(p.selection));
            setLong(ps, 3, p.winnerAgencyId);
            ps.setString(4, json(p.contract));
            ps.setString(5, json(p.delivery));
            ps.setString(6, json(p.review));
            if (p.review == null) {
                ps.setNull(7, Types.SMALLINT);
                ps.setNull(8, Types.SMALLINT);
            } else {
                ps.setInt(7, p.review.score());
                ps.setInt(8, p.review.onTime() ? 1 : 0);
            }
            ps.setString(9, p.cancellation == null ? null : p.cancellation.reason());
            ps.setLong(10, nowMs);
            setLong(ps, 11, p.cancellation == null ? null : p.cancellation.at().toEpochMilli());
            ps.setInt(12, p.cancellation != null && p.cancellation.afterSelection() ? 1 : 0);
            ps.setString(13, p.rulesVersion);
            ps.setLong(14, p.id);
            ps.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static final String PROJECT = "SELECT p.id, p.code, p.service_code, s.name, p.title, p.scope, p.owner_name,"
            + " p.owner_credit_code, p.owner_account, p.budget_min, p.budget_max, p.fixed_price, p.time_limit_days, p.minimum_grade,"
            + " p.method, p.published_ms, p.closes_ms, p.public_funds, p.area_code, p.status, p.seed, p.seed_commitment, p.selection,"
            + " p.winner_agency_id, p.contract, p.delivery, p.review, p.cancel_reason,"
            + " (SELECT COUNT(*) FROM intermediary_registration r WHERE r.project_id = p.id),"
            + " p.rules_version, p.cancelled_ms, p.cancelled_after_selection, p.relaunch_of"
            + " FROM intermediary_project p LEFT JOIN intermediary_service s ON s.code = p.service_code";

    static Optional<StoredProject> lock(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intermediary_project SET updated_ms = updated_ms WHERE id = ?")) {
            ps.setLong(1, id);
            if (ps.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        return project(c, id);
    }

    static Optional<StoredProject> project(Connection c, long id) throws SQLException {
        List<StoredProject> p = projects(c, " WHERE p.id = ?", id, 1);
        return p.isEmpty() ? Optional.empty() : Optional.of(p.get(0));
    }

    static List<StoredProject> projects(Connection c, ProjectStatus status, int limit) throws SQLException {
        return status == null ? projects(c, " ORDER BY p.id DESC", null, limit)
                : projects(c, " WHERE p.status = ? ORDER BY p.id DESC", status.name(), limit);
    }

    private static List<StoredProject> projects(Connection c, String where, Object arg, int limit) throws SQLException {
        List<StoredProject> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(PROJECT + where)) {
            if (arg instanceof Long l) {
                ps.setLong(1, l);
            } else if (arg != null) {
                ps.setString(1, (String) arg);
            }
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredProject p = new StoredProject();
                    p.id = rs.getLong(1);
                    p.code = rs.getString(2);
                    p.serviceCode = rs.getString(3);
                    p.serviceName = rs.getString(4);
                    p.title = rs.getString(5);
                    p.scope = rs.getString(6);
                    p.ownerName = rs.getString(7);
                    p.ownerCreditCode = rs.getString(8);
                    p.ownerAccount = rs.getString(9);
                    p.budgetMin = rs.getBigDecimal(10);
                    p.budgetMax = rs.getBigDecimal(11);
                    p.fixedPrice = rs.getBigDecimal(12);
                    p.timeLimitDays = rs.getInt(13);
                    String grade = rs.getString(14);
                    p.minimumGrade = grade == null ? null : CreditGrade.valueOf(grade);
                    p.method = SelectionMethod.valueOf(rs.getString(15));
                    p.publishedAt = Instant.ofEpochMilli(rs.getLong(16));
                    p.closes = Instant.ofEpochMilli(rs.getLong(17));
                    p.publicFunds = rs.getInt(18) == 1;
                    p.areaCode = rs.getString(19);
                    p.status = ProjectStatus.valueOf(rs.getString(20));
                    p.seed = rs.getString(21);
                    p.seedCommitment = rs.getString(22);
                    p.selection = read(rs.getString(23), Selection.class);
                    long winner = rs.getLong(24);
                    p.winnerAgencyId = rs.wasNull() ? null : winner;
                    p.contract = read(rs.getString(25), Contract.class);
                    p.delivery = read(rs.getString(26), ServiceDelivery.class);
                    p.review = read(rs.getString(27), OwnerReview.class);
                    p.registrations = rs.getInt(29);
                    p.rulesVersion = rs.getString(30);
                    long cancelledMs = rs.getLong(31);
                    // Rows cancelled before cancellations kept their time show the reason without one.
                    Instant cancelledAt = rs.wasNull() ? null : Instant.ofEpochMilli(cancelledMs);
                    String reason = rs.getString(28);
                    p.cancellation = reason == null ? null : new Cancellation(cancelledAt, reason, rs.getInt(32) == 1);
                    long relaunch = rs.getLong(33);
                    p.relaunchOf = rs.wasNull() ? null : relaunch;
                    out.add(p);
                }
            }
        }
        return out;
    }

    // ---- registrations ----------------------------------------------------------------------------------------

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

    // ---- JSON -------------------------------------------------------------------------------------------------

    static String json(Object o) {
        try {
            return o == null ? null : JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + ": " + json, e);
        }
    }
}
