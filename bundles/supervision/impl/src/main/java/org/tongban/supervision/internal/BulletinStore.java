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
import org.tongban.intake.CaseFigures;
import org.tongban.intake.Completions;
import org.tongban.intake.MonthFigures;
import org.tongban.supervision.Bulletin;
import org.tongban.supervision.BulletinLine;
import org.tongban.supervision.OnTimeRate;

/**
 * The monthly bulletin (月度通报): intake's counts of the month (submissions by creation time, completions by decision
 * date) and one grouped query over the cards by issue date (case cards, counted for the case's lead department).
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

    public static Bulletin bulletin(Connection c, CaseFigures figures, YearMonth month, ZoneId zone) throws SQLException {
        return bulletin(c, figures, SupervisionScope.ALL, month, zone);
    }

    /** The month's figures over the cases in scope (intake's counts) and their cards. */
    static Bulletin bulletin(Connection c, CaseFigures figures, SupervisionScope scope, YearMonth month, ZoneId zone)
            throws SQLException {
        Map<String, Counts> byDept = new TreeMap<>();
        for (MonthFigures f : figures.month(scope.divisions(), month, zone)) {
            Counts k = counts(byDept, f.departmentCode(), f.departmentName());
            k.submissions = f.submissions();
            k.online = f.online();
            k.completions = f.completions();
            k.onTime = f.onTime();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT department_code, MAX(department_name),"
                + " SUM(CASE WHEN colour = 'YELLOW' THEN 1 ELSE 0 END), SUM(CASE WHEN colour = 'RED' THEN 1 ELSE 0 END)"
                + " FROM supervision_card WHERE scope = 'CASE' AND issued_on >= ? AND issued_on < ?"
                + (scope.wholeNode() ? "" : " AND division_code LIKE ?")
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

    public static OnTimeRate onTime(CaseFigures figures, LocalDate from, LocalDate to) {
        return onTime(figures, SupervisionScope.ALL, from, to);
    }

    static OnTimeRate onTime(CaseFigures figures, SupervisionScope scope, LocalDate from, LocalDate to) {
        Completions done = figures.decided(scope.divisions(), from, to);
        return new OnTimeRate(from, to, done.decided(), done.onTime(), ratio(done.onTime(), done.decided(), 1.0));
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
