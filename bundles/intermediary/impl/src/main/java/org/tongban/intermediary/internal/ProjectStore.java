package org.tongban.intermediary.internal;

import org.tongban.core.data.Jdbc;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.core.json.JsonConfig;
import org.tongban.intermediary.Cancellation;
import org.tongban.intermediary.Contract;
import org.tongban.intermediary.CreditGrade;
import org.tongban.intermediary.OwnerReview;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.Selection;
import org.tongban.intermediary.SelectionMethod;
import org.tongban.intermediary.ServiceDelivery;

/** SQL of the projects (table intermediary_project); selection, contract, delivery and review are kept as JSON. */
final class ProjectStore {

    private static final ObjectMapper JSON = JsonConfig.stored();

    private ProjectStore() {
    }

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
            Jdbc.setLong(ps, 22, p.relaunchOf);
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
            Jdbc.setLong(ps, 3, p.winnerAgencyId);
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
            Jdbc.setLong(ps, 11, p.cancellation == null ? null : p.cancellation.at().toEpochMilli());
            ps.setInt(12, p.cancellation != null && p.cancellation.afterSelection() ? 1 : 0);
            ps.setString(13, p.rulesVersion);
            ps.setLong(14, p.id);
            ps.executeUpdate();
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
    private static String json(Object o) {
        try {
            return o == null ? null : JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + ": " + json, e);
        }
    }
}
