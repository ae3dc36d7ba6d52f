package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tongban.intake.PostApprovalCheck;
import org.tongban.intake.PostCheckStatus;

/** SQL of post-approval checks (table intake_post_check), one per case approved on a commitment. */
final class PostCheckStore {

    private static final String COLUMNS = "case_number, item_code, item_name, department_code, division_code, due_on, status,"
            + " checked_by, checked_on, finding";

    private PostCheckStore() {
    }

    static void open(Connection c, PostApprovalCheck check) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_post_check (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?)")) {
            ps.setString(1, check.caseNumber());
            ps.setString(2, check.itemCode());
            ps.setString(3, check.itemName());
            ps.setString(4, check.departmentCode());
            ps.setString(5, check.divisionCode());
            ps.setDate(6, CaseStore.date(check.dueOn()));
            ps.setString(7, check.status().name());
            ps.setString(8, check.checkedBy());
            ps.setDate(9, CaseStore.date(check.checkedOn()));
            ps.setString(10, check.finding());
            ps.executeUpdate();
        }
    }

    /** Closes an open check; false when the case has none open. */
    static boolean close(Connection c, String caseNumber, PostCheckStatus status, String by, LocalDate on, String finding)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_post_check SET status = ?, checked_by = ?, checked_on = ?,"
                + " finding = ? WHERE case_number = ? AND status = ?")) {
            ps.setString(1, status.name());
            ps.setString(2, by);
            ps.setDate(3, CaseStore.date(on));
            ps.setString(4, finding);
            ps.setString(5, caseNumber);
            ps.setString(6, PostCheckStatus.OPEN.name());
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Checks in a status (all when null), due before {@code dueBefore} when given, of a division prefix (all when empty)
     * and of the departments given (all when null), the earliest due first.
     */
    static List<PostApprovalCheck> list(Connection c, PostCheckStatus status, LocalDate dueBefore, String divisionPrefix,
                                        List<String> departments, int limit) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (status != null) {
            where.add("status = ?");
            args.add(status.name());
        }
        if (dueBefore != null) {
            where.add("due_on < ?");
            args.add(CaseStore.date(dueBefore));
        }
        if (!divisionPrefix.isEmpty()) {
            where.add("division_code LIKE ?");
            args.add(divisionPrefix + "%");
        }
        if (departments != null) {
            where.add(departments.isEmpty() ? "1 = 0" : "department_code IN (" + String.join(", ", departments.stream().map(d -> "?").toList()) + ")");
            args.addAll(departments);
        }
        String sql = "SELECT " + COLUMNS + " FROM intake_post_check" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY due_on, case_number FETCH FIRST " + CaseStore.clamp(limit) + " ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<PostApprovalCheck> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PostApprovalCheck(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            CaseStore.local(rs.getDate(6)), PostCheckStatus.valueOf(rs.getString(7)), rs.getString(8),
                            CaseStore.local(rs.getDate(9)), rs.getString(10)));
                }
            }
            return out;
        }
    }
}
