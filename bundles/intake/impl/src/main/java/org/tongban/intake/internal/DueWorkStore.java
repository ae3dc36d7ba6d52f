package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.intake.CaseStanding;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseScope;
import org.tongban.intake.DueCase;
import org.tongban.intake.DueStep;

/**
 * SQL of {@link DueWorkComponent}: open cases and their pending steps found by index (status and promised date, or
 * updated_ms), never a walk over all cases. The Derby optimizer overrides are comments to any other database.
 */
final class DueWorkStore {

    private static final String OPEN = "('ACCEPTED', 'RECEIVED', 'DISPATCHED', 'UNDER_REVIEW')";
    private static final List<String> OPEN_STATUSES = List.of("ACCEPTED", "RECEIVED", "DISPATCHED", "UNDER_REVIEW");
    /** Only these statuses have a review under way. */
    private static final List<String> REVIEWING_STATUSES = List.of("DISPATCHED", "UNDER_REVIEW");
    private static final LocalDate NO_LOWER_BOUND = LocalDate.of(1900, 1, 1);
    /** Case numbers per IN list: well under any engine's limit on parameters. */
    private static final int CHUNK = 200;

    private static final String CASE = "SELECT k.case_number, k.item_name, k.division_code, k.department_code, k.department_name,"
            + " k.status, k.promised_date";
    private static final String STEP = "SELECT k.case_number, k.division_code, s.department_code, s.department_name, k.promised_date";
    // The case index must drive the step join, not all pending steps.
    private static final String STEP_JOIN = " JOIN intake_review_step s --DERBY-PROPERTIES joinStrategy=NESTEDLOOP,"
            + " constraint=intake_review_step_pk\n ON s.case_number = k.case_number AND s.review_round = k.review_round";
    private static final String PENDING_JOIN = " LEFT JOIN intake_review_step s --DERBY-PROPERTIES joinStrategy=NESTEDLOOP,"
            + " constraint=intake_review_step_pk\n ON s.case_number = k.case_number AND s.review_round = k.review_round"
            + " AND s.status = 'PENDING'";
    private static final String STANDING = "SELECT k.case_number, k.status, k.promised_date, k.division_code, s.department_code";

    private DueWorkStore() {
    }

    static List<DueCase> casesDue(Connection c, LocalDate from, LocalDate until) throws SQLException {
        // One probe of the (status, promised_date) index per open status.
        String sql = CASE + " FROM intake_case k WHERE k.status = ? AND k.promised_date >= ? AND k.promised_date < ?"
                + " AND k.suspended_since IS NULL";
        List<DueCase> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String status : OPEN_STATUSES) {
                bindRange(ps, status, from, until);
                readCases(ps, out);
            }
        }
        return out;
    }

    static List<DueCase> casesChanged(Connection c, Instant since, LocalDate until) throws SQLException {
        String sql = CASE + " FROM intake_case k --DERBY-PROPERTIES index=intake_case_updated\n"
                + " WHERE k.updated_ms >= ? AND k.status IN " + OPEN + " AND k.promised_date < ? AND k.suspended_since IS NULL";
        List<DueCase> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, since.toEpochMilli());
            ps.setDate(2, Date.valueOf(until));
            readCases(ps, out);
        }
        return out;
    }

    static List<DueStep> stepsDue(Connection c, LocalDate from, LocalDate until) throws SQLException {
        String sql = STEP + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n intake_case k --DERBY-PROPERTIES index=intake_case_status\n"
                + STEP_JOIN + " WHERE k.status = ? AND k.promised_date >= ? AND k.promised_date < ? AND k.suspended_since IS NULL"
                + " AND s.status = 'PENDING'";
        List<DueStep> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String status : REVIEWING_STATUSES) {
                bindRange(ps, status, from, until);
                readSteps(ps, out);
            }
        }
        return out;
    }

    static List<DueStep> stepsChanged(Connection c, Instant since, LocalDate until) throws SQLException {
        String sql = STEP + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n intake_case k --DERBY-PROPERTIES index=intake_case_updated\n"
                + STEP_JOIN + " WHERE s.status = 'PENDING' AND k.updated_ms >= ? AND k.status IN " + OPEN + " AND k.promised_date < ?"
                + " AND k.suspended_since IS NULL";
        List<DueStep> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, since.toEpochMilli());
            ps.setDate(2, Date.valueOf(until));
            readSteps(ps, out);
        }
        return out;
    }

    static List<DueCase> overdue(Connection c, CaseScope scope, LocalDate before, int limit) throws SQLException {
        String sql = CASE + " FROM intake_case k WHERE k.status IN " + OPEN + " AND k.promised_date < ? AND k.suspended_since IS NULL"
                + (scope.wholeNode() ? "" : " AND k.division_code LIKE ?")
                + " ORDER BY k.promised_date, k.case_number FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY";
        List<DueCase> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(before));
            if (!scope.wholeNode()) {
                ps.setString(2, scope.prefix() + "%");
            }
            readCases(ps, out);
        }
        return out;
    }

    static List<CaseStanding> standing(Connection c, Collection<String> caseNumbers) throws SQLException {
        List<String> numbers = List.copyOf(new LinkedHashSet<>(caseNumbers));
        Map<String, Standing> out = new LinkedHashMap<>();
        for (int i = 0; i < numbers.size(); i += CHUNK) {
            List<String> chunk = new ArrayList<>(numbers.subList(i, Math.min(numbers.size(), i + CHUNK)));
            // A few fixed list lengths, the last padded with its last number: each statement is compiled once.
            int length = chunk.size() <= 8 ? 8 : chunk.size() <= 40 ? 40 : CHUNK;
            while (chunk.size() < length) {
                chunk.add(chunk.get(chunk.size() - 1));
            }
            String sql = STANDING + " FROM intake_case k" + PENDING_JOIN + " WHERE k.case_number IN ("
                    + String.join(", ", chunk.stream().map(n -> "?").toList()) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int j = 0; j < chunk.size(); j++) {
                    ps.setString(j + 1, chunk.get(j));
                }
                readStanding(ps, out);
            }
        }
        return out.values().stream().map(Standing::done).toList();
    }

    static List<CaseStanding> changedSince(Connection c, Instant since) throws SQLException {
        String sql = STANDING + " FROM intake_case k --DERBY-PROPERTIES index=intake_case_updated\n" + PENDING_JOIN
                + " WHERE k.updated_ms >= ?";
        Map<String, Standing> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, since.toEpochMilli());
            readStanding(ps, out);
        }
        return out.values().stream().map(Standing::done).toList();
    }

    private static void bindRange(PreparedStatement ps, String status, LocalDate from, LocalDate until) throws SQLException {
        ps.setString(1, status);
        ps.setDate(2, Date.valueOf(from == null ? NO_LOWER_BOUND : from));
        ps.setDate(3, Date.valueOf(until));
    }

    private static void readCases(PreparedStatement ps, List<DueCase> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DueCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        CaseStatus.valueOf(rs.getString(6)), rs.getDate(7).toLocalDate()));
            }
        }
    }

    private static void readSteps(PreparedStatement ps, List<DueStep> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DueStep(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate()));
            }
        }
    }

    /** A case's standing while its pending steps (one row each) are read. */
    private record Standing(String caseNumber, CaseStatus status, LocalDate promised, String division, Set<String> reviewing) {

        CaseStanding done() {
            return new CaseStanding(caseNumber, status, promised, division, reviewing);
        }
    }

    private static void readStanding(PreparedStatement ps, Map<String, Standing> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Date promised = rs.getDate(3);
                Standing s = out.get(rs.getString(1));
                if (s == null) {
                    s = new Standing(rs.getString(1), CaseStatus.valueOf(rs.getString(2)),
                            promised == null ? null : promised.toLocalDate(), rs.getString(4), new LinkedHashSet<>());
                    out.put(s.caseNumber(), s);
                }
                String reviewing = rs.getString(5);
                if (reviewing != null) {
                    s.reviewing().add(reviewing);
                }
            }
        }
    }
}
