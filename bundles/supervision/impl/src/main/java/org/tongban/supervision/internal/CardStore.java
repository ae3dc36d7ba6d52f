package org.tongban.supervision.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.tongban.supervision.Card;
import org.tongban.supervision.CardColour;
import org.tongban.supervision.CardScope;

/**
 * SQL of supervision's card table. What cards are due is read from intake's {@link org.tongban.intake.DueWork}
 * (see {@link Crossings}); each card keeps the division of its case so a supervisor's scope is a condition on this
 * table alone.
 */
public final class CardStore {

    private static final String CARD = "id, case_number, scope, department_code, department_name, colour, due_date, threshold,"
            + " issued_on, closed_on, closed_reason";
    /** Case numbers per IN list: well under any engine's limit on parameters. */
    private static final int CHUNK = 200;

    /** A crossing found by a scan, not yet carded; {@code divisionCode} is its case's (null for a task). */
    public record Crossing(String caseNumber, CardScope scope, String departmentCode, String departmentName, LocalDate dueDate,
                           String divisionCode) {
    }

    /** A card a scan should issue: the crossing, its colour and the threshold (working days overdue, or minus days left). */
    public record Missing(Crossing crossing, CardColour colour, int threshold) {
    }

    /** What a card was issued for: a department of a case (or its step) against one due date. */
    record Reason(String caseNumber, String departmentCode, LocalDate dueDate) {
    }

    /** An open card of a case or a step, as the re-check of its reason reads it. */
    record OpenCard(long id, String caseNumber, CardScope scope, CardColour colour, String departmentCode, String departmentName,
                    LocalDate dueDate) {
    }

    private CardStore() {
    }

    /**
     * The colours of the cards of one scope issued for the given cases, as a bit mask per reason (1 warning, 2 yellow,
     * 4 red), closed cards included: a crossing is carded once per due date.
     */
    static Map<Reason, Integer> colours(Connection c, CardScope scope, Collection<String> caseNumbers) throws SQLException {
        Map<Reason, Integer> out = new HashMap<>();
        for (List<String> chunk : chunks(caseNumbers)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT case_number, department_code, due_date, colour FROM supervision_card"
                    + " WHERE scope = ? AND case_number IN (" + marks(chunk.size()) + ")")) {
                ps.setString(1, scope.name());
                for (int j = 0; j < chunk.size(); j++) {
                    ps.setString(j + 2, chunk.get(j));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int bit = switch (CardColour.valueOf(rs.getString(4))) {
                            case WARNING -> 1;
                            case YELLOW -> 2;
                            default -> 4;
                        };
                        out.merge(new Reason(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()), bit, (a, b) -> a | b);
                    }
                }
            }
        }
        return out;
    }

    /** Every open card of a case or a step (a task's cards are closed by the capability that escalated them). */
    static List<OpenCard> open(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, case_number, scope, colour, department_code, department_name,"
                + " due_date FROM supervision_card WHERE closed_on IS NULL AND scope <> 'TASK'")) {
            List<OpenCard> out = new ArrayList<>();
            readOpen(ps, out);
            return out;
        }
    }

    /** The open cards of the given cases (by the open-card index). */
    static List<OpenCard> open(Connection c, Collection<String> caseNumbers) throws SQLException {
        List<OpenCard> out = new ArrayList<>();
        for (List<String> chunk : chunks(caseNumbers)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, case_number, scope, colour, department_code, department_name,"
                    + " due_date FROM supervision_card --DERBY-PROPERTIES index=supervision_card_open\n WHERE closed_on IS NULL"
                    + " AND scope <> 'TASK' AND case_number IN (" + marks(chunk.size()) + ")")) {
                for (int j = 0; j < chunk.size(); j++) {
                    ps.setString(j + 1, chunk.get(j));
                }
                readOpen(ps, out);
            }
        }
        return out;
    }

    private static void readOpen(PreparedStatement ps, List<OpenCard> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new OpenCard(rs.getLong(1), rs.getString(2), CardScope.valueOf(rs.getString(3)),
                        CardColour.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate()));
            }
        }
    }

    /** Cases of cards that do not yet name their case's division (issued before cards kept it). */
    static List<String> undivided(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT case_number FROM supervision_card"
                + " WHERE division_code IS NULL AND scope <> 'TASK'"); ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    /** Names the division of a case's cards that have none; returns how many. */
    static int divide(Connection c, String caseNumber, String divisionCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE supervision_card SET division_code = ? WHERE case_number = ?"
                + " AND division_code IS NULL AND scope <> 'TASK'")) {
            ps.setString(1, divisionCode);
            ps.setString(2, caseNumber);
            return ps.executeUpdate();
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
                + " department_name, colour, due_date, threshold, issued_on, issued_ms, division_code)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, x.caseNumber());
            ps.setString(2, x.scope().name());
            ps.setString(3, x.departmentCode());
            ps.setString(4, x.departmentName());
            ps.setString(5, colour.name());
            ps.setDate(6, Date.valueOf(x.dueDate()));
            ps.setInt(7, threshold);
            ps.setDate(8, Date.valueOf(on));
            ps.setLong(9, at.toEpochMilli());
            ps.setString(10, x.divisionCode());
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

    /**
     * The case numbers in IN lists of a few fixed lengths, the last one padded by repeating its last number: the
     * database compiles each list length's statement once and finds it in its statement cache after that.
     */
    static List<List<String>> chunks(Collection<String> caseNumbers) {
        List<String> numbers = List.copyOf(new LinkedHashSet<>(caseNumbers));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i += CHUNK) {
            List<String> chunk = new ArrayList<>(numbers.subList(i, Math.min(numbers.size(), i + CHUNK)));
            int length = chunk.size() <= 8 ? 8 : chunk.size() <= 40 ? 40 : CHUNK;
            while (chunk.size() < length) {
                chunk.add(chunk.get(chunk.size() - 1));
            }
            out.add(chunk);
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
