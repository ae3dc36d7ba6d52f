package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.data.Transactions;
import org.tongban.intake.CaseFigures;
import org.tongban.intake.Completions;
import org.tongban.intake.CaseScope;
import org.tongban.intake.Intake;
import org.tongban.intake.MonthFigures;

/** Intake's case counts for reports, as grouped queries over a period: by creation time and by decision date. */
@Component(service = CaseFigures.class)
public class CaseFiguresComponent implements CaseFigures {

    private final Transactions tx;

    /** {@code intake} is referenced so counts begin once intake has started (schema migrated, divisions claimed). */
    @Activate
    public CaseFiguresComponent(@Reference Transactions tx, @Reference IntakeSchema schema, @Reference Intake intake) {
        this.tx = tx;
    }

    /** A department's counts while its two queries are read. */
    private static final class Counts {
        String name;
        long submissions;
        long online;
        long completions;
        long onTime;
    }

    @Override
    public List<MonthFigures> month(CaseScope scope, YearMonth month, ZoneId zone) {
        return tx.read(c -> month(c, scope, month, zone));
    }

    private static List<MonthFigures> month(Connection c, CaseScope scope, YearMonth month, ZoneId zone) throws SQLException {
        Map<String, Counts> byDept = new TreeMap<>();
        long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(department_code, ''), MAX(department_name), COUNT(*),"
                + " SUM(CASE WHEN channel = 'ONLINE' THEN 1 ELSE 0 END) FROM intake_case WHERE created_ms >= ? AND created_ms < ?"
                + inScope(scope) + " GROUP BY COALESCE(department_code, '')")) {
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
                + " WHERE decided_on >= ? AND decided_on < ?" + inScope(scope) + " GROUP BY COALESCE(department_code, '')")) {
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
        return byDept.entrySet().stream().map(e -> new MonthFigures(e.getKey(), e.getValue().name, e.getValue().submissions,
                e.getValue().online, e.getValue().completions, e.getValue().onTime)).toList();
    }

    @Override
    public Completions decided(CaseScope scope, LocalDate from, LocalDate to) {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN decided_on <= promised_date THEN 1 ELSE 0 END)"
                    + " FROM intake_case WHERE decided_on >= ? AND decided_on <= ?" + inScope(scope))) {
                ps.setDate(1, Date.valueOf(from));
                ps.setDate(2, Date.valueOf(to));
                bindScope(ps, 3, scope);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Completions(rs.getLong(1), rs.getLong(2));
                }
            }
        });
    }

    private static String inScope(CaseScope scope) {
        return scope.wholeNode() ? "" : " AND division_code LIKE ?";
    }

    private static void bindScope(PreparedStatement ps, int at, CaseScope scope) throws SQLException {
        if (!scope.wholeNode()) {
            ps.setString(at, scope.prefix() + "%");
        }
    }

    private static Counts counts(Map<String, Counts> byDept, String code, String name) {
        Counts k = byDept.computeIfAbsent(code, x -> new Counts());
        if (name != null && k.name == null) {
            k.name = name;
        }
        return k;
    }
}
