package org.tongban.evaluation.internal;

import org.tongban.core.json.JsonConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tongban.evaluation.Appeal;
import org.tongban.evaluation.AppealStatus;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.EvaluationChannel;
import org.tongban.evaluation.InvitationStatus;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationStatus;
import org.tongban.evaluation.Satisfaction;

/** SQL of 好差评 (tables evaluation_*), and the read of intake's case read model an invitation copies from. */
public final class EvaluationStore {

    private static final ObjectMapper JSON = JsonConfig.stored();
    private static final String INVITATION = "case_number, code, item_code, item_name, department_code, department_name,"
            + " window_code, clerk, invited_on, expires_on, status";
    private static final String EVALUATION = "e.id, e.case_number, e.follow_up, e.satisfaction, e.channel, e.scores, e.comment_text,"
            + " e.named, e.item_code, e.item_name, e.department_code, e.department_name, e.window_code, e.clerk, e.node_id,"
            + " e.evaluated_on, e.evaluated_ms, e.superseded,"
            + " (SELECT MAX(a.status) FROM evaluation_appeal a WHERE a.evaluation_id = e.id)";
    private static final String RECTIFICATION = "id, evaluation_id, case_number, department_code, department_name, named, status,"
            + " opened_on, due_date, verification, measures, answer, call_back, applicant_rating, closed_on, closed_by, due_provisional,"
            + " limit_days";
    private static final String APPEAL = "id, evaluation_id, case_number, reason, filed_by, filed_ms, status, decision, decided_by,"
            + " decided_ms";

    private EvaluationStore() {
    }

    // ---- intake's read model ----------------------------------------------------------------------------------

    private static final String CASE = "case_number, status, item_code, item_name, department_code, department_name, window_code,"
            + " accepted_by";

    public static Optional<FinishedCase> finishedCase(Connection c, String caseNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CASE + " FROM intake_case WHERE case_number = ?")) {
            ps.setString(1, caseNumber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(finished(rs)) : Optional.empty();
            }
        }
    }

    /** Cases decided on or after {@code since} that have no invitation yet, by the (outcome, decided_on) index. */
    public static List<FinishedCase> uninvited(Connection c, LocalDate since, int limit) throws SQLException {
        List<FinishedCase> out = new ArrayList<>();
        for (String outcome : List.of("APPROVED", "REJECTED")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CASE + " FROM intake_case k WHERE k.outcome = ?"
                    + " AND k.decided_on >= ? AND k.status IN ('DECIDED', 'DELIVERED') AND NOT EXISTS"
                    + " (SELECT 1 FROM evaluation_invitation i WHERE i.case_number = k.case_number)")) {
                ps.setString(1, outcome);
                ps.setDate(2, Date.valueOf(since));
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(finished(rs));
                    }
                }
            }
        }
        return out;
    }

    private static FinishedCase finished(ResultSet rs) throws SQLException {
        return new FinishedCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    // ---- invitations ------------------------------------------------------------------------------------------

    public static void insert(Connection c, Invited i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation_invitation (" + INVITATION + ", invited_ms)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, i.caseNumber());
            ps.setString(2, i.code());
            ps.setString(3, i.itemCode());
            ps.setString(4, i.itemName());
            ps.setString(5, i.departmentCode());
            ps.setString(6, i.departmentName());
            ps.setString(7, i.window());
            ps.setString(8, i.clerk());
            ps.setDate(9, Date.valueOf(i.invitedOn()));
            ps.setDate(10, Date.valueOf(i.expiresOn()));
            ps.setString(11, i.status().name());
            ps.setLong(12, System.currentTimeMillis());
            ps.executeUpdate();
        }
    }

    public static Optional<Invited> invitationOfCase(Connection c, String caseNumber) throws SQLException {
        return invitation(c, "case_number", caseNumber);
    }

    /** Loads an invitation by code and locks its row: evaluations of one case are then made one at a time. */
    public static Optional<Invited> lockInvitation(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_invitation SET status = status WHERE code = ?")) {
            ps.setString(1, code);
            if (ps.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        return invitation(c, "code", code);
    }

    public static Optional<Invited> invitationByCode(Connection c, String code) throws SQLException {
        return invitation(c, "code", code);
    }

    private static Optional<Invited> invitation(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + INVITATION + " FROM evaluation_invitation WHERE " + column + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(invited(rs)) : Optional.empty();
            }
        }
    }

    /** Open invitations whose period ended before {@code today}, by the (status, expires_on) index. */
    public static List<Invited> expired(Connection c, LocalDate today, int limit) throws SQLException {
        List<Invited> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + INVITATION + " FROM evaluation_invitation"
                + " WHERE status = 'OPEN' AND expires_on < ? ORDER BY expires_on")) {
            ps.setDate(1, Date.valueOf(today));
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(invited(rs));
                }
            }
        }
        return out;
    }

    /** Moves an invitation on; false when it was no longer in {@code from} (a concurrent sweep or evaluation won). */
    public static boolean setStatus(Connection c, String caseNumber, InvitationStatus from, InvitationStatus to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_invitation SET status = ? WHERE case_number = ? AND status = ?")) {
            ps.setString(1, to.name());
            ps.setString(2, caseNumber);
            ps.setString(3, from.name());
            return ps.executeUpdate() == 1;
        }
    }

    private static Invited invited(ResultSet rs) throws SQLException {
        return new Invited(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getDate(9).toLocalDate(), rs.getDate(10).toLocalDate(),
                InvitationStatus.valueOf(rs.getString(11)));
    }

    // ---- evaluations ------------------------------------------------------------------------------------------

    /** Inserts an evaluation (its id is ignored) and returns the id given. */
    public static long insert(Connection c, Evaluation e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation (case_number, follow_up, satisfaction, channel, scores,"
                + " comment_text, named, item_code, item_name, department_code, department_name, window_code, clerk, node_id,"
                + " evaluated_on, evaluated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Locks an evaluation's row to the end of the transaction (an update that changes nothing), so two requests about
     * it, such as two appeals filed at once, take turns: the second sees what the first did. False when there is none.
     */
    public static boolean lock(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation SET follow_up = follow_up WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    public static Optional<Evaluation> evaluation(Connection c, long id) throws SQLException {
        List<Evaluation> found = evaluations(c, " WHERE e.id = ?", List.of(id), 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public static Optional<Evaluation> evaluationOf(Connection c, String caseNumber, boolean followUp) throws SQLException {
        List<Evaluation> found = evaluations(c, " WHERE e.case_number = ? AND e.follow_up = ?", List.of(caseNumber, followUp ? 1 : 0), 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public static List<Evaluation> list(Connection c, String caseNumber, String department, Satisfaction level, LocalDate from,
                                        LocalDate to, int limit) throws SQLException {
        return list(c, caseNumber, department, level, from, to, limit, null);
    }

    /** As {@link #list}, and with a division prefix only the reviews of this node's cases of those divisions. */
    static List<Evaluation> list(Connection c, String caseNumber, String department, Satisfaction level, LocalDate from,
                                 LocalDate to, int limit, String divisionPrefix) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (divisionPrefix != null) {
            where.append(" AND e.case_number IN (SELECT case_number FROM intake_case WHERE division_code LIKE ?)");
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

    private static List<Evaluation> evaluations(Connection c, String where, List<?> args, int limit) throws SQLException {
        List<Evaluation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EVALUATION + " FROM evaluation e" + where)) {
            bind(ps, args);
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

    public static void flag(Connection c, long evaluationId, String column) throws SQLException {
        if (!"superseded".equals(column) && !"excluded".equals(column)) {
            throw new IllegalArgumentException(column);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation SET " + column + " = 1 WHERE id = ?")) {
            ps.setLong(1, evaluationId);
            ps.executeUpdate();
        }
    }

    // ---- rectification ----------------------------------------------------------------------------------------

    /** @param limitDays the working days the task was given (its due date is recomputed from them) */
    public static long insert(Connection c, Rectification r, int limitDays, long nowMs) throws SQLException {
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
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static void update(Connection c, Rectification r, long nowMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_rectification SET status = ?, verification = ?, measures = ?,"
                + " answer = ?, call_back = ?, applicant_rating = ?, closed_on = ?, closed_by = ?, updated_ms = ? WHERE id = ?")) {
            ps.setString(1, r.status().name());
            ps.setString(2, r.verification());
            ps.setString(3, r.measures());
            ps.setString(4, r.answer());
            ps.setString(5, r.callBack());
            ps.setString(6, r.applicantRating() == null ? null : r.applicantRating().name());
            if (r.closedOn() == null) {
                ps.setNull(7, Types.DATE);
            } else {
                ps.setDate(7, Date.valueOf(r.closedOn()));
            }
            ps.setString(8, r.closedBy());
            ps.setLong(9, nowMs);
            ps.setLong(10, r.id());
            ps.executeUpdate();
        }
    }

    /** Loads a task and locks its row until the caller's transaction ends. */
    public static Optional<Rectification> lockRectification(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_rectification SET updated_ms = updated_ms WHERE id = ?")) {
            ps.setLong(1, id);
            if (ps.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        return rectification(c, id);
    }

    public static Optional<Rectification> rectification(Connection c, long id) throws SQLException {
        List<Rectification> r = rectifications(c, " WHERE id = ?", List.of(id), 1);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    public static Optional<Rectification> rectificationOf(Connection c, long evaluationId) throws SQLException {
        List<Rectification> r = rectifications(c, " WHERE evaluation_id = ?", List.of(evaluationId), 1);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /** The case's tasks, the newest first (a follow-up may have opened a second). */
    public static List<Rectification> rectificationsOfCase(Connection c, String caseNumber) throws SQLException {
        return rectifications(c, " WHERE case_number = ? ORDER BY id DESC", List.of(caseNumber), 10);
    }

    /**
     * The newest task of the case an invitation code is for: the one its applicant reads and rates. Empty for a code
     * nobody was given and for a case without a bad review.
     */
    public static Optional<Rectification> latestRectificationByCode(Connection c, String code) throws SQLException {
        List<Rectification> r = rectifications(c, " WHERE case_number IN (SELECT i.case_number FROM evaluation_invitation i"
                + " WHERE i.code = ?) ORDER BY id DESC", List.of(code), 1);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    public static List<Rectification> rectifications(Connection c, RectificationStatus status, String department, int limit)
            throws SQLException {
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
    public static List<Rectification> undone(Connection c, LocalDate until) throws SQLException {
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
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RECTIFICATION + " FROM evaluation_rectification" + where)) {
            bind(ps, args);
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

    /** An open task whose due date may change with the calendar: its id, opening day, limit and current due date. */
    public record DatedTask(long id, String caseNumber, LocalDate openedOn, int limitDays, LocalDate dueDate, boolean provisional) {
    }

    /**
     * Open tasks with a known limit whose due date was provisional or, when years changed, whose span from opening to
     * due date touches them ({@code from}..{@code to}).
     */
    public static List<DatedTask> recomputable(Connection c, LocalDate from, LocalDate to) throws SQLException {
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
    public static void redate(Connection c, long id, LocalDate due, boolean provisional, long nowMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_rectification SET due_date = ?, due_provisional = ?,"
                + " updated_ms = ? WHERE id = ?")) {
            ps.setDate(1, Date.valueOf(due));
            ps.setShort(2, (short) (provisional ? 1 : 0));
            ps.setLong(3, nowMs);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    // ---- appeals ----------------------------------------------------------------------------------------------

    public static long insert(Connection c, Appeal a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation_appeal (evaluation_id, case_number, reason, filed_by,"
                + " filed_ms, status) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, a.evaluationId());
            ps.setString(2, a.caseNumber());
            ps.setString(3, a.reason());
            ps.setString(4, a.filedBy());
            ps.setLong(5, a.filedAt().toEpochMilli());
            ps.setString(6, a.status().name());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Records the decision of a pending appeal; false when it was decided already. */
    public static boolean decide(Connection c, long id, AppealStatus status, String decision, String by, long atMs) throws SQLException {
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

    public static Optional<Appeal> appeal(Connection c, long id) throws SQLException {
        List<Appeal> a = appeals(c, " WHERE id = ?", List.of(id), 1);
        return a.isEmpty() ? Optional.empty() : Optional.of(a.get(0));
    }

    public static List<Appeal> appealsOf(Connection c, long evaluationId) throws SQLException {
        return appeals(c, " WHERE evaluation_id = ? ORDER BY id", List.of(evaluationId), 100);
    }

    public static List<Appeal> appeals(Connection c, AppealStatus status, int limit) throws SQLException {
        return status == null ? appeals(c, " ORDER BY id DESC", List.of(), limit)
                : appeals(c, " WHERE status = ? ORDER BY filed_ms", List.of(status.name()), limit);
    }

    private static List<Appeal> appeals(Connection c, String where, List<?> args, int limit) throws SQLException {
        List<Appeal> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + APPEAL + " FROM evaluation_appeal" + where)) {
            bind(ps, args);
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

    // ---- statistics -------------------------------------------------------------------------------------------

    /** The key and name columns of a dimension. */
    static String[] columns(org.tongban.evaluation.Dimension d) {
        return switch (d) {
            case WINDOW -> new String[] {"window_code", "window_code"};
            case CLERK -> new String[] {"clerk", "clerk"};
            case DEPARTMENT -> new String[] {"department_code", "department_name"};
            case ITEM -> new String[] {"item_code", "item_name"};
            case NODE -> new String[] {"node_id", "node_id"};
        };
    }

    /**
     * Counts per group and level of the evaluations that count in [from, to]: each case's latest (not superseded), not
     * excluded by an upheld appeal. Rows: key, name, level, count.
     */
    public static List<Object[]> levelCounts(Connection c, org.tongban.evaluation.Dimension d, LocalDate from, LocalDate to,
                                             String divisionPrefix) throws SQLException {
        String[] col = columns(d);
        String sql = "SELECT " + col[0] + ", MAX(" + col[1] + "), satisfaction, COUNT(*) FROM evaluation WHERE evaluated_on >= ?"
                + " AND evaluated_on <= ? AND superseded = 0 AND excluded = 0" + inDivisions("case_number", divisionPrefix)
                + " GROUP BY " + col[0] + ", satisfaction";
        return rows(c, sql, from, to, 4, divisionPrefix);
    }

    /**
     * Bad reviews given in [from, to] (each opened a task) and how many of their tasks closed: key, name, bad,
     * rectified.
     */
    public static List<Object[]> rectificationCounts(Connection c, org.tongban.evaluation.Dimension d, LocalDate from, LocalDate to,
                                                     String divisionPrefix) throws SQLException {
        String[] col = columns(d);
        String key = "e." + col[0];
        String sql = "SELECT " + key + ", MAX(e." + col[1] + "), COUNT(*), SUM(CASE WHEN r.status = 'CLOSED' THEN 1 ELSE 0 END)"
                + " FROM evaluation e JOIN evaluation_rectification r ON r.evaluation_id = e.id"
                + " WHERE e.evaluated_on >= ? AND e.evaluated_on <= ? AND e.excluded = 0" + inDivisions("e.case_number", divisionPrefix)
                + " GROUP BY " + key;
        return rows(c, sql, from, to, 4, divisionPrefix);
    }

    /** Counts per month and level in [from, to], optionally of one group: month (yyyy-MM), level, count. */
    public static List<Object[]> monthlyCounts(Connection c, LocalDate from, LocalDate to, org.tongban.evaluation.Dimension d,
                                               String key, String divisionPrefix) throws SQLException {
        String filter = (d == null ? "" : " AND " + columns(d)[0] + " = ?") + inDivisions("case_number", divisionPrefix);
        // Grouped by day and bucketed into months here: YEAR()/MONTH() are Derby's, EXTRACT is PostgreSQL's.
        String sql = "SELECT evaluated_on, satisfaction, COUNT(*) FROM evaluation WHERE evaluated_on >= ?"
                + " AND evaluated_on <= ? AND superseded = 0 AND excluded = 0" + filter + " GROUP BY evaluated_on, satisfaction";
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            int next = 3;
            if (d != null) {
                ps.setString(next++, key);
            }
            if (divisionPrefix != null) {
                ps.setString(next, divisionPrefix + "%");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Object[] {java.time.YearMonth.from(rs.getDate(1).toLocalDate()).toString(), rs.getString(2),
                        rs.getLong(3)});
                }
            }
        }
        return out;
    }

    /** Only the cases of a division prefix (reviews carry no division: their case does); nothing with none. */
    private static String inDivisions(String caseColumn, String divisionPrefix) {
        return divisionPrefix == null ? "" : " AND " + caseColumn + " IN (SELECT case_number FROM intake_case WHERE division_code LIKE ?)";
    }

    private static List<Object[]> rows(Connection c, String sql, LocalDate from, LocalDate to, int width, String divisionPrefix)
            throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            if (divisionPrefix != null) {
                ps.setString(3, divisionPrefix + "%");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static void bind(PreparedStatement ps, List<?> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (a instanceof Date d) {
                ps.setDate(i + 1, d);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
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
