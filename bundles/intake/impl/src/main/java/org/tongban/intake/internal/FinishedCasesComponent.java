package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.data.Transactions;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.FinishedCase;
import org.tongban.intake.FinishedCases;

/** {@link FinishedCases} on intake's case table: the one place other capabilities learn a decided case's particulars. */
@Component(service = FinishedCases.class)
public class FinishedCasesComponent implements FinishedCases {

    private static final String COLUMNS = "case_number, status, item_code, item_name, department_code, department_name,"
            + " window_code, accepted_by, division_code, decided_on";
    private final Transactions tx;

    /** {@code schema} is referenced so reads start once intake's tables are migrated. */
    @Activate
    public FinishedCasesComponent(@Reference Transactions tx, @Reference IntakeSchema schema) {
        this.tx = tx;
    }

    @Override
    public Optional<FinishedCase> find(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return Optional.empty();
        }
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM intake_case WHERE case_number = ?")) {
                ps.setString(1, caseNumber.trim());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<FinishedCase> decidedSince(LocalDate since, String after, int limit) {
        int max = Math.max(1, Math.min(limit, 10_000));
        return tx.read(c -> decided(c, since, after, max));
    }

    // The outcome and decision day lead, so the (outcome, decided_on) index narrows the scan.
    private static List<FinishedCase> decided(Connection c, LocalDate since, String after, int limit) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM intake_case WHERE outcome IN ('APPROVED', 'REJECTED') AND decided_on >= ?"
                + " AND status IN ('DECIDED', 'DELIVERED')" + (after == null ? "" : " AND case_number > ?") + " ORDER BY case_number";
        List<FinishedCase> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(since));
            if (after != null) {
                ps.setString(2, after);
            }
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    private static FinishedCase row(ResultSet rs) throws SQLException {
        Date decided = rs.getDate(10);
        return new FinishedCase(rs.getString(1), CaseStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                decided == null ? null : decided.toLocalDate());
    }
}
