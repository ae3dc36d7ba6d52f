package org.tongban.supervision.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import org.tongban.supervision.Card;
import org.tongban.supervision.CardColour;
import org.tongban.supervision.CardScope;
import org.tongban.supervision.OverdueCase;

/**
 * SQL of supervision: finding crossings in intake's read model by index, and the card table. Every query is bounded by
 * a date range or by the (few) open cards, never a walk over all cases.
 */
public final class CardStore {

    /** Statuses in which a case's clock runs against its promised date. */
    static final String OPEN = "('ACCEPTED', 'RECEIVED', 'DISPATCHED', 'UNDER_REVIEW')";
    static final List<String> OPEN_STATUSES = List.of("ACCEPTED", "RECEIVED", "DISPATCHED", "UNDER_REVIEW");
    private static final String CARD = "id, case_number, scope, department_code, department_name, colour, due_date, threshold,"
            + " issued_on, closed_on, closed_reason";

    /** A crossing found by a scan, not yet carded. */
    public record Crossing(String caseNumber, CardScope scope, String departmentCode, String departmentName, LocalDate dueDate) {
    }

    private CardStore() {
    }

    /** A card a scan should issue: the crossing, its colour and the threshold (working days overdue, or minus days left). */
    public record Missing(Crossing crossing, CardColour colour, int threshold) {
    }

    /** Every card missing for open cases (or their pending steps): a full pass, see the incremental form. */
    public static List<Missing> missing(Connection c, CardScope scope, Thresholds t, int yellowAfter, int redAfter, int warnDays)
            throws SQLException {
        return missing(c, scope, t, yellowAfter, redAfter, warnDays, null, null);
    }

    /**
     * Every card missing for open cases (or their pending steps) due before the end of the warning window. Each case's
     * existing cards for its due date are read with one index probe as a bit mask (1 warning, 2 yellow, 4 red) and
     * compared with what its due date calls for. Incrementally ({@code from} and {@code changedSince} given) only two
     * kinds of case can lack a card since the previous full or incremental scan: those whose due date lies at or after
     * that scan's red threshold ({@code from}: time moved them across), and those changed since ({@code updated_ms}).
     */
    public static List<Missing> missing(Connection c, CardScope scope, Thresholds t, int yellowAfter, int redAfter, int warnDays,
                                        LocalDate from, Long changedSince) throws SQLException {
        String mask = "(SELECT SUM(CASE x.colour WHEN 'WARNING' THEN 1 WHEN 'YELLOW' THEN 2 ELSE 4 END) FROM supervision_card x"
                + " WHERE x.case_number = k.case_number AND x.scope = '" + scope.name() + "' AND x.department_code = %s"
                + " AND x.due_date = k.promised_date)";
        String caseColumns = "SELECT k.case_number, COALESCE(k.department_code, ''), COALESCE(k.department_name, ''), k.promised_date, "
                + String.format(mask, "COALESCE(k.department_code, '')");
        String stepColumns = "SELECT k.case_number, s.department_code, s.department_name, k.promised_date, "
                + String.format(mask, "s.department_code");
        // The case index must drive the step join, not all pending steps: Derby's optimizer override is a comment
        // to any other database.
        String stepJoin = " JOIN intake_review_step s --DERBY-PROPERTIES joinStrategy=NESTEDLOOP, constraint=intake_review_step_pk\n"
                + " ON s.case_number = k.case_number AND s.review_round = k.review_round";
        String byStatus = scope == CardScope.CASE
                ? caseColumns + " FROM intake_case k WHERE k.status = ? AND k.promised_date >= ? AND k.promised_date < ?"
                + " AND k.suspended_since IS NULL"
                : stepColumns + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n intake_case k --DERBY-PROPERTIES index=intake_case_status\n"
                + stepJoin + " WHERE k.status = ? AND k.promised_date >= ? AND k.promised_date < ? AND k.suspended_since IS NULL"
                + " AND s.status = 'PENDING'";
        Set<Missing> out = new LinkedHashSet<>();
        LocalDate lower = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate upper = t.warnUntil().plusDays(1);
        List<String> statuses = scope == CardScope.CASE ? OPEN_STATUSES : List.of("DISPATCHED", "UNDER_REVIEW");
        try (PreparedStatement ps = c.prepareStatement(byStatus)) {
            for (String status : statuses) {
                ps.setString(1, status);
                ps.setDate(2, Date.valueOf(lower));
                ps.setDate(3, Date.valueOf(upper));
                collect(ps, scope, t, yellowAfter, redAfter, warnDays, out);
            }
        }
        if (changedSince != null) {
            String changed = (scope == CardScope.CASE
                    ? caseColumns + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n intake_case k --DERBY-PROPERTIES index=intake_case_updated\n"
                    + " WHERE"
                    : stepColumns + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n intake_case k --DERBY-PROPERTIES index=intake_case_updated\n"
                    + stepJoin + " WHERE s.status = 'PENDING' AND")
                    + " k.updated_ms >= ? AND k.status IN " + OPEN + " AND k.promised_date < ? AND k.suspended_since IS NULL";
            try (PreparedStatement ps = c.prepareStatement(changed)) {
                ps.setLong(1, changedSince);
                ps.setDate(2, Date.valueOf(upper));
                collect(ps, scope, t, yellowAfter, redAfter, warnDays, out);
            }
        }
        return List.copyOf(out);
    }

    private static void collect(PreparedStatement ps, CardScope scope, Thresholds t, int yellowAfter, int redAfter, int warnDays,
                                Set<Missing> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LocalDate due = rs.getDate(4).toLocalDate();
                int have = rs.getInt(5);
                Crossing x = new Crossing(rs.getString(1), scope, rs.getString(2), rs.getString(3), due);
                if (due.isBefore(t.redBefore()) && (have & 4) == 0) {
                    out.add(new Missing(x, CardColour.RED, redAfter));
                }
                if (due.isBefore(t.yellowBefore()) && (have & 2) == 0) {
                    out.add(new Missing(x, CardColour.YELLOW, yellowAfter));
                }
                if (!due.isBefore(t.today()) && (have & 1) == 0) {
                    out.add(new Missing(x, CardColour.WARNING, -warnDays));
                }
            }
        }
    }

    /** Records a card; false when a concurrent scan recorded it first (the unique key holds). */
    public static boolean issue(Connection c, Crossing x, CardColour colour, int threshold, LocalDate on, Instant at)
            throws SQLException {
        return insert(c, x, colour, threshold, on, at) > 0;
    }

    /** Records a card and returns its id; 0 when it exists already. */
    public static long insert(Connection c, Crossing x, CardColour colour, int threshold, LocalDate on, Instant at)
            throws SQLException {
        if (exists(c, x, colour)) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO supervision_card (case_number, scope, department_code,"
                + " department_name, colour, due_date, threshold, issued_on, issued_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, x.caseNumber());
            ps.setString(2, x.scope().name());
            ps.setString(3, x.departmentCode());
            ps.setString(4, x.departmentName());
            ps.setString(5, colour.name());
            ps.setDate(6, Date.valueOf(x.dueDate()));
            ps.setInt(7, threshold);
            ps.setDate(8, Date.valueOf(on));
            ps.setLong(9, at.toEpochMilli());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    private static boolean exists(Connection c, Crossing x, CardColour colour) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM supervision_card WHERE case_number = ? AND scope = ?"
                + " AND department_code = ? AND colour = ? AND due_date = ?")) {
            ps.setString(1, x.caseNumber());
            ps.setString(2, x.scope().name());
            ps.setString(3, x.departmentCode());
            ps.setString(4, colour.name());
            ps.setDate(5, Date.valueOf(x.dueDate()));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Open cards whose reason is gone, with why: the case is no longer open, its due date moved, or (for a step) the
     * department's step is no longer pending.
     */
    public static List<Object[]> stale(Connection c) throws SQLException {
        return stale(c, null);
    }

    /**
     * As {@link #stale(Connection)}, looking only at cards of cases changed at or after {@code sinceMs} (by the case's
     * updated_ms index) when it is given: a case that did not change cannot have made its card stale.
     */
    public static List<Object[]> stale(Connection c, Long sinceMs) throws SQLException {
        String select = "SELECT x.id, x.case_number, x.colour, x.scope, x.department_code, x.department_name, k.status, k.promised_date,"
                + " (SELECT COUNT(*) FROM intake_review_step s WHERE s.case_number = x.case_number AND s.review_round = k.review_round"
                + " AND s.department_code = x.department_code AND s.status = 'PENDING'), x.due_date";
        String sql = sinceMs == null
                ? select + " FROM supervision_card x LEFT JOIN intake_case k ON k.case_number = x.case_number WHERE x.closed_on IS NULL"
                + " AND x.scope <> 'TASK'"
                : select + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n intake_case k --DERBY-PROPERTIES index=intake_case_updated\n"
                + " JOIN supervision_card x --DERBY-PROPERTIES joinStrategy=NESTEDLOOP, index=supervision_card_open\n"
                + " ON x.case_number = k.case_number WHERE k.updated_ms >= ? AND x.closed_on IS NULL";
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (sinceMs != null) {
                ps.setLong(1, sinceMs);
            }
            try (ResultSet rs = ps.executeQuery()) {
                readStale(rs, out);
            }
        }
        return out;
    }

    private static void readStale(ResultSet rs, List<Object[]> out) throws SQLException {
        while (rs.next()) {
            String status = rs.getString(7);
            Date promised = rs.getDate(8);
            boolean caseOpen = status != null && OPEN.contains("'" + status + "'");
            String reason = null;
            if (!caseOpen) {
                reason = "case " + (status == null ? "gone" : status);
            } else if (promised == null || !promised.toLocalDate().equals(rs.getDate(10).toLocalDate())) {
                reason = "due date moved to " + promised;
            } else if ("STEP".equals(rs.getString(4)) && rs.getLong(9) == 0) {
                reason = "step decided";
            }
            if (reason != null) {
                out.add(new Object[] {rs.getLong(1), rs.getString(2), CardColour.valueOf(rs.getString(3)), rs.getString(5),
                    rs.getString(6), reason});
            }
        }
    }

    /** Ids of a subject's open cards of one scope. */
    public static List<Long> openOf(Connection c, String subject, CardScope scope) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM supervision_card WHERE closed_on IS NULL AND case_number = ?"
                + " AND scope = ?")) {
            ps.setString(1, subject);
            ps.setString(2, scope.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    public static void close(Connection c, long id, LocalDate on, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE supervision_card SET closed_on = ?, closed_reason = ? WHERE id = ?"
                + " AND closed_on IS NULL")) {
            ps.setDate(1, Date.valueOf(on));
            ps.setString(2, reason.length() > 200 ? reason.substring(0, 200) : reason);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    public static List<Card> cards(Connection c, String department, CardColour colour, boolean openOnly, int limit)
            throws SQLException {
        return cards(c, department == null ? SupervisionScope.ALL : new SupervisionScope("", java.util.Set.of(department)), colour,
                openOnly, limit);
    }

    static List<Card> cards(Connection c, SupervisionScope scope, CardColour colour, boolean openOnly, int limit)
            throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + CARD + " FROM supervision_card y WHERE 1 = 1" + scope.cardCondition("y", args));
        if (colour != null) {
            sql.append(" AND colour = ?");
            args.add(colour.name());
        }
        if (openOnly) {
            sql.append(" AND closed_on IS NULL");
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(Math.max(1, Math.min(limit, 1000))).append(" ROWS ONLY");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, (String) args.get(i));
            }
            List<Card> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date closed = rs.getDate(10);
                    out.add(new Card(rs.getLong(1), rs.getString(2), CardScope.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getString(5), CardColour.valueOf(rs.getString(6)), rs.getDate(7).toLocalDate(), rs.getInt(8),
                            rs.getDate(9).toLocalDate(), closed == null ? null : closed.toLocalDate(), rs.getString(11), false));
                }
            }
            return out;
        }
    }

    /** Open cases due before {@code before}, the oldest due date first (overdue days are counted by the caller). */
    public static List<OverdueCase> overdue(Connection c, LocalDate before, int limit) throws SQLException {
        return overdue(c, SupervisionScope.ALL, before, limit);
    }

    static List<OverdueCase> overdue(Connection c, SupervisionScope scope, LocalDate before, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT case_number, item_name, department_code, department_name, status,"
                + " promised_date FROM intake_case WHERE status IN " + OPEN + " AND promised_date < ? AND suspended_since IS NULL"
                + scope.caseCondition().orElse("") + " ORDER BY promised_date, case_number FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY")) {
            ps.setDate(1, Date.valueOf(before));
            if (!scope.wholeNode()) {
                ps.setString(2, scope.divisionPrefix() + "%");
            }
            List<OverdueCase> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OverdueCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getDate(6).toLocalDate(), 0));
                }
            }
            return out;
        }
    }
}
