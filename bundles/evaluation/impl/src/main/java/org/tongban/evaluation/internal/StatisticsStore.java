package org.tongban.evaluation.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Satisfaction;

/**
 * The counts behind the figures of 好差评, grouped in the evaluation table (where a case was handled is copied onto each
 * review). A division prefix keeps the reviews of those divisions' cases; null counts the whole node.
 */
final class StatisticsStore {

    /** How many reviews of one group gave one level. */
    record LevelCount(String key, String name, Satisfaction level, long count) {
    }

    /** How many bad reviews of one group opened a task, and how many of those tasks closed. */
    record RectificationCount(String key, String name, long bad, long rectified) {
    }

    /** How many reviews of one month gave one level. */
    record MonthCount(YearMonth month, Satisfaction level, long count) {
    }

    private StatisticsStore() {
    }

    /** The key and name columns of a dimension. */
    static String[] columns(Dimension d) {
        return switch (d) {
            case WINDOW -> new String[] {"window_code", "window_code"};
            case CLERK -> new String[] {"clerk", "clerk"};
            case DEPARTMENT -> new String[] {"department_code", "department_name"};
            case ITEM -> new String[] {"item_code", "item_name"};
            case NODE -> new String[] {"node_id", "node_id"};
        };
    }

    /** Counts per group and level of the evaluations that count in [from, to]: each case's latest, not excluded by an upheld appeal. */
    static List<LevelCount> levelCounts(Connection c, Dimension d, LocalDate from, LocalDate to, String divisionPrefix)
            throws SQLException {
        String[] col = columns(d);
        String sql = "SELECT " + col[0] + ", MAX(" + col[1] + "), satisfaction, COUNT(*) FROM evaluation WHERE evaluated_on >= ?"
                + " AND evaluated_on <= ? AND superseded = 0 AND excluded = 0" + inDivisions("division_code", divisionPrefix)
                + " GROUP BY " + col[0] + ", satisfaction";
        List<LevelCount> out = new ArrayList<>();
        try (PreparedStatement ps = period(c, sql, from, to, divisionPrefix); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new LevelCount(rs.getString(1), rs.getString(2), Satisfaction.valueOf(rs.getString(3)), rs.getLong(4)));
            }
        }
        return out;
    }

    /** Bad reviews given in [from, to] (each opened a task) and how many of their tasks closed. */
    static List<RectificationCount> rectificationCounts(Connection c, Dimension d, LocalDate from, LocalDate to,
                                                        String divisionPrefix) throws SQLException {
        String[] col = columns(d);
        String key = "e." + col[0];
        String sql = "SELECT " + key + ", MAX(e." + col[1] + "), COUNT(*), SUM(CASE WHEN r.status = 'CLOSED' THEN 1 ELSE 0 END)"
                + " FROM evaluation e JOIN evaluation_rectification r ON r.evaluation_id = e.id"
                + " WHERE e.evaluated_on >= ? AND e.evaluated_on <= ? AND e.excluded = 0" + inDivisions("e.division_code", divisionPrefix)
                + " GROUP BY " + key;
        List<RectificationCount> out = new ArrayList<>();
        try (PreparedStatement ps = period(c, sql, from, to, divisionPrefix); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new RectificationCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return out;
    }

    /** Counts per month and level in [from, to], optionally of one group (dimension {@code d}, key). */
    static List<MonthCount> monthlyCounts(Connection c, LocalDate from, LocalDate to, Dimension d, String key, String divisionPrefix)
            throws SQLException {
        String filter = (d == null ? "" : " AND " + columns(d)[0] + " = ?") + inDivisions("division_code", divisionPrefix);
        // Grouped by day and bucketed into months here: YEAR()/MONTH() are Derby's, EXTRACT is PostgreSQL's.
        String sql = "SELECT evaluated_on, satisfaction, COUNT(*) FROM evaluation WHERE evaluated_on >= ?"
                + " AND evaluated_on <= ? AND superseded = 0 AND excluded = 0" + filter + " GROUP BY evaluated_on, satisfaction";
        List<MonthCount> out = new ArrayList<>();
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
                    out.add(new MonthCount(YearMonth.from(rs.getDate(1).toLocalDate()), Satisfaction.valueOf(rs.getString(2)),
                            rs.getLong(3)));
                }
            }
        }
        return out;
    }

    private static String inDivisions(String column, String divisionPrefix) {
        return divisionPrefix == null ? "" : " AND " + column + " LIKE ?";
    }

    private static PreparedStatement period(Connection c, String sql, LocalDate from, LocalDate to, String divisionPrefix)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setDate(1, Date.valueOf(from));
        ps.setDate(2, Date.valueOf(to));
        if (divisionPrefix != null) {
            ps.setString(3, divisionPrefix + "%");
        }
        return ps;
    }
}
