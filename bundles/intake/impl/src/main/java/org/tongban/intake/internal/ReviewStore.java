package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tongban.catalog.Department;
import org.tongban.intake.ReviewStep;
import org.tongban.intake.ReviewTask;
import org.tongban.intake.StepStatus;

/** SQL of review steps (table intake_review_step): one row per department and round. */
public final class ReviewStore {

    private static final String STEP = "review_round, department_code, department_name, status, opinion, reviewer, decided_ms";

    private ReviewStore() {
    }

    public static void open(Connection c, String caseNumber, int round, List<Department> departments) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_review_step (case_number, review_round,"
                + " department_code, department_name, step_order, status) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < departments.size(); i++) {
                ps.setString(1, caseNumber);
                ps.setInt(2, round);
                ps.setString(3, departments.get(i).creditCode());
                ps.setString(4, departments.get(i).name());
                ps.setInt(5, i);
                ps.setString(6, StepStatus.PENDING.name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every step of a case, round by round, in department order. */
    public static List<ReviewStep> steps(Connection c, String caseNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + STEP + " FROM intake_review_step WHERE case_number = ?"
                + " ORDER BY review_round, step_order")) {
            ps.setString(1, caseNumber);
            List<ReviewStep> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(step(rs, 1));
                }
            }
            return out;
        }
    }

    public static List<ReviewStep> round(Connection c, String caseNumber, int round) throws SQLException {
        return steps(c, caseNumber).stream().filter(s -> s.round() == round).toList();
    }

    /** Decides a pending step; false when there is no pending step of that department in that round. */
    public static boolean decide(Connection c, String caseNumber, int round, String departmentCode, StepStatus status,
                                 String opinion, String reviewer, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_review_step SET status = ?, opinion = ?, reviewer = ?,"
                + " decided_ms = ? WHERE case_number = ? AND review_round = ? AND department_code = ? AND status = ?")) {
            ps.setString(1, status.name());
            if (opinion == null) {
                ps.setNull(2, Types.VARCHAR);
            } else {
                ps.setString(2, opinion);
            }
            ps.setString(3, reviewer);
            ps.setLong(4, at.toEpochMilli());
            ps.setString(5, caseNumber);
            ps.setInt(6, round);
            ps.setString(7, departmentCode);
            ps.setString(8, StepStatus.PENDING.name());
            return ps.executeUpdate() == 1;
        }
    }

    /** Closes what is still pending once a round is settled (e.g. M of N reached). */
    public static void cancelPending(Connection c, String caseNumber, int round, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_review_step SET status = ?, decided_ms = ?"
                + " WHERE case_number = ? AND review_round = ? AND status = ?")) {
            ps.setString(1, StepStatus.CANCELLED.name());
            ps.setLong(2, at.toEpochMilli());
            ps.setString(3, caseNumber);
            ps.setInt(4, round);
            ps.setString(5, StepStatus.PENDING.name());
            ps.executeUpdate();
        }
    }

    /** A department's queue: its pending steps of cases in review, green-channel cases first, then the oldest promised date. */
    /** @param visible which cases the caller may see of them (the queue is read in its order and filtered) */
    public static List<ReviewTask> queue(Connection c, String departmentCode, int limit, java.util.function.Predicate<StoredCase> visible)
            throws SQLException {
        String sql = "SELECT " + CaseStore.columns("k") + ", " + ("s." + STEP.replace(", ", ", s."))
                + " FROM intake_review_step s JOIN intake_case k ON k.case_number = s.case_number AND k.review_round = s.review_round"
                + " WHERE s.department_code = ? AND s.status = ? ORDER BY k.priority DESC, k.promised_date, k.created_ms FETCH FIRST "
                + CaseStore.clamp(limit) + " ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, departmentCode);
            ps.setString(2, StepStatus.PENDING.name());
            List<ReviewTask> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredCase k = CaseStore.read(rs);
                    if (!visible.test(k)) {
                        continue;
                    }
                    out.add(new ReviewTask(k.view(), step(rs, CaseStore.BOUND + 1), k.application().priority()));
                }
            }
            return out;
        }
    }

    private static ReviewStep step(ResultSet rs, int i) throws SQLException {
        long decided = rs.getLong(i + 6);
        Instant decidedAt = rs.wasNull() ? null : Instant.ofEpochMilli(decided);
        return new ReviewStep(rs.getInt(i), rs.getString(i + 1), rs.getString(i + 2), StepStatus.valueOf(rs.getString(i + 3)),
                rs.getString(i + 4), rs.getString(i + 5), decidedAt);
    }
}
