package org.tongban.evaluation.internal;

import org.tongban.core.data.Jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tongban.core.json.JsonConfig;
import org.tongban.evaluation.AppealStatus;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.EvaluationChannel;
import org.tongban.evaluation.Satisfaction;

/** SQL of the evaluations themselves (table evaluation), each with the status of its latest appeal. */
final class ReviewStore {

    private static final ObjectMapper JSON = JsonConfig.stored();
    private static final String COLUMNS = "e.id, e.case_number, e.follow_up, e.satisfaction, e.channel, e.scores, e.comment_text,"
            + " e.named, e.item_code, e.item_name, e.department_code, e.department_name, e.window_code, e.clerk, e.node_id,"
            + " e.evaluated_on, e.evaluated_ms, e.superseded,"
            + " (SELECT MAX(a.status) FROM evaluation_appeal a WHERE a.evaluation_id = e.id)";

    private ReviewStore() {
    }

    /** Inserts an evaluation (its id is ignored) of a case of that division and returns the id given. */
    static long insert(Connection c, Evaluation e, String divisionCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation (case_number, follow_up, satisfaction, channel, scores,"
                + " comment_text, named, item_code, item_name, department_code, department_name, window_code, clerk, node_id,"
                + " evaluated_on, evaluated_ms, division_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, e.caseNumber());
            ps.setInt(2, e.followUp() ? 1 : 0);
            ps.setString(3, e.level().name());
            ps.setString(4, e.channel().name());
            ps.setString(5, json(e.scores()));
            ps.setString(6, e.comment());
            ps.setInt(7, e.named() ? 1 : 0);
            ps.setString(8, e.itemCode());
            ps.setString(9, e.itemName());
            ps.setString(10, e.departmentCode());
            ps.setString(11, e.departmentName());
            ps.setString(12, e.window());
            ps.setString(13, e.clerk());
            ps.setString(14, e.nodeId());
            ps.setDate(15, Date.valueOf(e.evaluatedOn()));
            ps.setLong(16, e.evaluatedAt().toEpochMilli());
            ps.setString(17, divisionCode == null ? "" : divisionCode);
            ps.executeUpdate();
            return Jdbc.generatedKey(ps);
        }
    }

    /**
     * Locks an evaluation's row to the end of the transaction (an update that changes nothing), so two requests about
     * it, such as two appeals filed at once, take turns: the second sees what the first did. False when there is none.
     */
    static boolean lock(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation SET follow_up = follow_up WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    static Optional<Evaluation> evaluation(Connection c, long id) throws SQLException {
        return first(evaluations(c, " WHERE e.id = ?", List.of(id), 1));
    }

    static Optional<Evaluation> evaluationOf(Connection c, String caseNumber, boolean followUp) throws SQLException {
        return first(evaluations(c, " WHERE e.case_number = ? AND e.follow_up = ?", List.of(caseNumber, followUp ? 1 : 0), 1));
    }

    /** Evaluations, the newest first; every filter is optional (null), a division prefix keeps those divisions' cases. */
    static List<Evaluation> list(Connection c, String caseNumber, String department, Satisfaction level, LocalDate from,
                                 LocalDate to, int limit, String divisionPrefix) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (divisionPrefix != null) {
            where.append(" AND e.division_code LIKE ?");
            args.add(divisionPrefix + "%");
        }
        if (caseNumber != null) {
            where.append(" AND e.case_number = ?");
            args.add(caseNumber);
        }
        if (department != null) {
            where.append(" AND e.department_code = ?");
            args.add(department);
        }
        if (level != null) {
            where.append(" AND e.satisfaction = ?");
            args.add(level.name());
        }
        if (from != null) {
            where.append(" AND e.evaluated_on >= ?");
            args.add(Date.valueOf(from));
        }
        if (to != null) {
            where.append(" AND e.evaluated_on <= ?");
            args.add(Date.valueOf(to));
        }
        return evaluations(c, where + " ORDER BY e.id DESC", args, limit);
    }

    /** A follow-up replaces the first review in the figures. */
    static void supersede(Connection c, long evaluationId) throws SQLException {
        flag(c, evaluationId, "superseded");
    }

    /** An upheld appeal leaves the review on record but out of the figures. */
    static void exclude(Connection c, long evaluationId) throws SQLException {
        flag(c, evaluationId, "excluded");
    }

    private static void flag(Connection c, long evaluationId, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation SET " + column + " = 1 WHERE id = ?")) {
            ps.setLong(1, evaluationId);
            ps.executeUpdate();
        }
    }

    private static List<Evaluation> evaluations(Connection c, String where, List<?> args, int limit) throws SQLException {
        List<Evaluation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM evaluation e" + where)) {
            Jdbc.bind(ps, args);
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String appeal = rs.getString(19);
                    out.add(new Evaluation(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1, Satisfaction.valueOf(rs.getString(4)),
                            EvaluationChannel.valueOf(rs.getString(5)), scores(rs.getString(6)), rs.getString(7), rs.getInt(8) == 1,
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                            rs.getString(14), rs.getString(15), rs.getDate(16).toLocalDate(), Instant.ofEpochMilli(rs.getLong(17)),
                            rs.getInt(18) == 1, appeal == null ? null : appealStatus(c, rs.getLong(1))));
                }
            }
        }
        return out;
    }

    /** The status of an evaluation's latest appeal. */
    private static AppealStatus appealStatus(Connection c, long evaluationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM evaluation_appeal WHERE evaluation_id = ? ORDER BY id DESC")) {
            ps.setLong(1, evaluationId);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? AppealStatus.valueOf(rs.getString(1)) : null;
            }
        }
    }

    private static <T> Optional<T> first(List<T> found) {
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static String json(Map<String, Integer> scores) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(scores));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Integer> scores(String json) {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable scores " + json, e);
        }
    }
}
