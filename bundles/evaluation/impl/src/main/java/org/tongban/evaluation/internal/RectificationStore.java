package org.tongban.evaluation.internal;

import org.tongban.core.data.Jdbc;

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
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationStatus;
import org.tongban.evaluation.Satisfaction;

/** SQL of the rectification tasks of bad reviews (evaluation_rectification). */
final class RectificationStore {

    private static final String COLUMNS = "id, evaluation_id, case_number, department_code, department_name, named, status,"
            + " opened_on, due_date, verification, measures, answer, call_back, applicant_rating, closed_on, closed_by, due_provisional,"
            + " limit_days";

    /** An open task whose due date may change with the calendar: its id, opening day, limit and current due date. */
    record DatedTask(long id, String caseNumber, LocalDate openedOn, int limitDays, LocalDate dueDate, boolean provisional) {
    }

    private RectificationStore() {
    }

    /** @param limitDays the working days the task was given (its due date is recomputed from them) */
    static long insert(Connection c, Rectification r, int limitDays, long nowMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation_rectification (evaluation_id, case_number,"
                + " department_code, department_name, named, status, opened_on, due_date, updated_ms, limit_days, due_provisional)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, r.evaluationId());
            ps.setString(2, r.caseNumber());
            ps.setString(3, r.departmentCode());
            ps.setString(4, r.departmentName());
            ps.setInt(5, r.named() ? 1 : 0);
            ps.setString(6, r.status().name());
            ps.setDate(7, Date.valueOf(r.openedOn()));
            ps.setDate(8, Date.valueOf(r.dueDate()));
            ps.setLong(9, nowMs);
            ps.setInt(10, limitDays);
            ps.setShort(11, (short) (r.dueProvisional() ? 1 : 0));
            ps.executeUpdate();
            return Jdbc.generatedKey(ps);
        }
    }

    static void update(Connection c, Rectification r, long nowMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_rectification SET status = ?, verification = ?, measures = ?,"
                + " answer = ?, call_back = ?, applicant_rating = ?, closed_on = ?, closed_by = ?, updated_ms = ? WHERE id = ?")) {
            ps.setString(1, r.status().name());
            ps.setString(2, r.verification());
            ps.setString(3, r.measures());
            ps.setString(4, r.answer());
            ps.setString(5, r.callBack());
            ps.setString(6, r.applicantRating() == null ? null : r.applicantRating().name());
            Jdbc.setDate(ps, 7, r.closedOn());
            ps.setString(8, r.closedBy());
            ps.setLong(9, nowMs);
            ps.setLong(10, r.id());
            ps.executeUpdate();
        }
    }

    /** Loads a task and locks its row until the caller's transaction ends. */
    static Optional<Rectification> lock(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_rectification SET updated_ms = updated_ms WHERE id = ?")) {
            ps.setLong(1, id);
            if (ps.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        return rectification(c, id);
    }

    static Optional<Rectification> rectification(Connection c, long id) throws SQLException {
        return first(rectifications(c, " WHERE id = ?", List.of(id), 1));
    }

    static Optional<Rectification> ofEvaluation(Connection c, long evaluationId) throws SQLException {
        return first(rectifications(c, " WHERE evaluation_id = ?", List.of(evaluationId), 1));
    }

    /** The case's tasks, the newest first (a follow-up may have opened a second). */
    static List<Rectification> ofCase(Connection c, String caseNumber) throws SQLException {
        return rectifications(c, " WHERE case_number = ? ORDER BY id DESC", List.of(caseNumber), 10);
    }

    /**
     * The newest task of the case an invitation code is for: the one its applicant reads and rates. Empty for a code
     * nobody was given and for a case without a bad review.
     */
    static Optional<Rectification> latestByCode(Connection c, String code) throws SQLException {
        return first(rectifications(c, " WHERE case_number IN (SELECT i.case_number FROM evaluation_invitation i"
                + " WHERE i.code = ?) ORDER BY id DESC", List.of(code), 1));
    }

    static List<Rectification> list(Connection c, RectificationStatus status, String department, int limit) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status.name());
        }
        if (department != null) {
            where.append(" AND department_code = ?");
            args.add(department);
        }
        return rectifications(c, where + " ORDER BY due_date, id", args, limit);
    }

    /** Tasks not done, due on or before {@code until}, by the (status, due_date) index. */
    static List<Rectification> undone(Connection c, LocalDate until) throws SQLException {
        List<Rectification> out = new ArrayList<>();
        for (RectificationStatus s : RectificationStatus.values()) {
            if (!s.done()) {
                out.addAll(rectifications(c, " WHERE status = ? AND due_date <= ?", List.of(s.name(), Date.valueOf(until)), 10_000));
            }
        }
        return out;
    }

    private static List<Rectification> rectifications(Connection c, String where, List<?> args, int limit) throws SQLException {
        List<Rectification> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM evaluation_rectification" + where)) {
            Jdbc.bind(ps, args);
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String rating = rs.getString(14);
                    Date closed = rs.getDate(15);
                    out.add(new Rectification(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getInt(6) == 1, RectificationStatus.valueOf(rs.getString(7)), rs.getDate(8).toLocalDate(),
                            rs.getDate(9).toLocalDate(), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                            rating == null ? null : Satisfaction.valueOf(rating), closed == null ? null : closed.toLocalDate(),
                            rs.getString(16), rs.getShort(17) != 0));
                }
            }
        }
        return out;
    }

    /**
     * Open tasks with a known limit whose due date was provisional or, when years changed, whose span from opening to
     * due date touches them ({@code from}..{@code to}).
     */
    static List<DatedTask> recomputable(Connection c, LocalDate from, LocalDate to) throws SQLException {
        String sql = "SELECT id, case_number, opened_on, limit_days, due_date, due_provisional FROM evaluation_rectification"
                + " WHERE closed_on IS NULL AND limit_days IS NOT NULL AND (due_provisional = 1"
                + (from == null ? "" : " OR (opened_on <= ? AND due_date >= ?)") + ") ORDER BY id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (from != null) {
                ps.setDate(1, Date.valueOf(to));
                ps.setDate(2, Date.valueOf(from));
            }
            List<DatedTask> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DatedTask(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getInt(4),
                            rs.getDate(5).toLocalDate(), rs.getShort(6) != 0));
                }
            }
            return out;
        }
    }

    /** Writes a task's recomputed due date and mark. */
    static void redate(Connection c, long id, LocalDate due, boolean provisional, long nowMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_rectification SET due_date = ?, due_provisional = ?,"
                + " updated_ms = ? WHERE id = ?")) {
            ps.setDate(1, Date.valueOf(due));
            ps.setShort(2, (short) (provisional ? 1 : 0));
            ps.setLong(3, nowMs);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    private static <T> Optional<T> first(List<T> found) {
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
}
