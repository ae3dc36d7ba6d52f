package org.tongban.supervision.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tongban.supervision.Bulletin;
import org.tongban.supervision.BulletinLine;
import org.tongban.supervision.OnTimeRate;

/**
 * The monthly bulletin (月度通报) as three grouped queries over a month: submissions by creation time, completions by
 * decision date, cards by issue date (case cards, counted for the case's lead department).
 */
public final class BulletinStore {

    private BulletinStore() {
    }

    private static final class Counts {
        String name = "";
        long submissions;
        long online;
        long completions;
        long onTime;
        long yellow;
        long red;
    }

    public static Bulletin bulletin(Connection c, YearMonth month, ZoneId zone) throws SQLException {
        return bulletin(c, SupervisionScope.ALL, month, zone);
    }

    /** The month's figures over the cases in scope (and their cards). */
    static Bulletin bulletin(Connection c, SupervisionScope scope, YearMonth month, ZoneId zone) throws SQLException {
        String inScope = scope.caseCondition().orElse("");
        Map<String, Counts> byDept = new TreeMap<>();
        long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(department_code, ''), MAX(department_name), COUNT(*),"
                + " SUM(CASE WHEN channel = 'ONLINE' THEN 1 ELSE 0 END) FROM intake_case WHERE created_ms >= ? AND created_ms < ?"
                + inScope + " GROUP BY COALESCE(department_code, '')")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            bindScope(ps, 3, scope);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Counts k = counts(byDept, rs.getString(1), rs.getString(2));
                    k.submissions = rs.getLong(3);
                    k.online = rs.getLong(4);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(department_code, ''), MAX(department_name), COUNT(*),"
                + " SUM(CASE WHEN decided_on <= promised_date THEN 1 ELSE 0 END) FROM intake_case"
                + " WHERE decided_on >= ? AND decided_on < ?" + inScope + " GROUP BY COALESCE(department_code, '')")) {
            ps.setDate(1, Date.valueOf(month.atDay(1)));
            ps.setDate(2, Date.valueOf(month.plusMonths(1).atDay(1)));
            bindScope(ps, 3, scope);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Counts k = counts(byDept, rs.getString(1), rs.getString(2));
                    k.completions = rs.getLong(3);
                    k.onTime = rs.getLong(4);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT department_code, MAX(department_name),"
                + " SUM(CASE WHEN colour = 'YELLOW' THEN 1 ELSE 0 END), SUM(CASE WHEN colour = 'RED' THEN 1 ELSE 0 END)"
                + " FROM supervision_card WHERE scope = 'CASE' AND issued_on >= ? AND issued_on < ?"
                + (scope.wholeNode() ? "" : " AND case_number IN (SELECT case_number FROM intake_case WHERE division_code LIKE ?)")
                + " GROUP BY department_code")) {
            ps.setDate(1, Date.valueOf(month.atDay(1)));
            ps.setDate(2, Date.valueOf(month.plusMonths(1).atDay(1)));
            bindScope(ps, 3, scope);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Counts k = counts(byDept, rs.getString(1), rs.getString(2));
                    k.yellow = rs.getLong(3);
                    k.red = rs.getLong(4);
                }
            }
        }
        List<BulletinLine> lines = new ArrayList<>();
        Counts total = new Counts();
        total.name = "合计";
        byDept.forEach((code, k) -> {
            lines.add(line(code, k));
            total.submissions += k.submissions;
            total.online += k.online;
            total.completions += k.completions;
            total.onTime += k.onTime;
            total.yellow += k.yellow;
            total.red += k.red;
        });
        return new Bulletin(month, lines, line("", total));
    }

    public static OnTimeRate onTime(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return onTime(c, SupervisionScope.ALL, from, to);
    }

    static OnTimeRate onTime(Connection c, SupervisionScope scope, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN decided_on <= promised_date THEN 1 ELSE 0 END)"
                + " FROM intake_case WHERE decided_on >= ? AND decided_on <= ?" + scope.caseCondition().orElse(""))) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            bindScope(ps, 3, scope);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long done = rs.getLong(1);
                long onTime = rs.getLong(2);
                return new OnTimeRate(from, to, done, onTime, ratio(onTime, done, 1.0));
            }
        }
    }

    private static void bindScope(PreparedStatement ps, int at, SupervisionScope scope) throws SQLException {
        if (!scope.wholeNode()) {
            ps.setString(at, scope.divisionPrefix() + "%");
        }
    }

    private static Counts counts(Map<String, Counts> byDept, String code, String name) {
        Counts k = byDept.computeIfAbsent(code, x -> new Counts());
        if (name != null && k.name.isEmpty()) {
            k.name = name;
        }
        return k;
    }

    private static BulletinLine line(String code, Counts k) {
        return new BulletinLine(code, k.name, k.submissions, k.online, ratio(k.online, k.submissions, 0.0), k.completions, k.onTime,
                ratio(k.onTime, k.completions, 1.0), k.yellow, k.red);
    }

    /** A share rounded to 4 decimals; {@code none} when there is nothing to divide. */
    static double ratio(long part, long whole, double none) {
        return whole == 0 ? none : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
