package org.tongban.evaluation.internal;

import org.tongban.core.data.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.evaluation.Appeal;
import org.tongban.evaluation.AppealStatus;

/** SQL of the appeals against bad reviews (evaluation_appeal). */
final class AppealStore {

    private static final String COLUMNS = "id, evaluation_id, case_number, reason, filed_by, filed_ms, status, decision, decided_by,"
            + " decided_ms";

    private AppealStore() {
    }

    static long insert(Connection c, Appeal a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation_appeal (evaluation_id, case_number, reason, filed_by,"
                + " filed_ms, status) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, a.evaluationId());
            ps.setString(2, a.caseNumber());
            ps.setString(3, a.reason());
            ps.setString(4, a.filedBy());
            ps.setLong(5, a.filedAt().toEpochMilli());
            ps.setString(6, a.status().name());
            ps.executeUpdate();
            return Jdbc.generatedKey(ps);
        }
    }

    /** Records the decision of a pending appeal; false when it was decided already. */
    static boolean decide(Connection c, long id, AppealStatus status, String decision, String by, long atMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_appeal SET status = ?, decision = ?, decided_by = ?,"
                + " decided_ms = ? WHERE id = ? AND status = 'PENDING'")) {
            ps.setString(1, status.name());
            ps.setString(2, decision);
            ps.setString(3, by);
            ps.setLong(4, atMs);
            ps.setLong(5, id);
            return ps.executeUpdate() == 1;
        }
    }

    static Optional<Appeal> appeal(Connection c, long id) throws SQLException {
        List<Appeal> a = appeals(c, " WHERE id = ?", List.of(id), 1);
        return a.isEmpty() ? Optional.empty() : Optional.of(a.get(0));
    }

    static List<Appeal> ofEvaluation(Connection c, long evaluationId) throws SQLException {
        return appeals(c, " WHERE evaluation_id = ? ORDER BY id", List.of(evaluationId), 100);
    }

    static List<Appeal> list(Connection c, AppealStatus status, int limit) throws SQLException {
        return status == null ? appeals(c, " ORDER BY id DESC", List.of(), limit)
                : appeals(c, " WHERE status = ? ORDER BY filed_ms", List.of(status.name()), limit);
    }

    private static List<Appeal> appeals(Connection c, String where, List<?> args, int limit) throws SQLException {
        List<Appeal> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM evaluation_appeal" + where)) {
            Jdbc.bind(ps, args);
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object decided = rs.getObject(10);
                    out.add(new Appeal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            Instant.ofEpochMilli(rs.getLong(6)), AppealStatus.valueOf(rs.getString(7)), rs.getString(8),
                            rs.getString(9), decided == null ? null : Instant.ofEpochMilli(((Number) decided).longValue())));
                }
            }
        }
        return out;
    }
}
