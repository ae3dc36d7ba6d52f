package org.tongban.intake.internal;

import org.tongban.core.json.JsonConfig;
import com.fasterxml.jackson.core.JsonProcessingException;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tongban.core.validation.ResidentId;
import org.tongban.intake.Application;
import org.tongban.intake.ApplicantType;
import org.tongban.intake.CaseOutcome;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.PublishedResult;

/** SQL of cases (table intake_case). */
public final class CaseStore {

    static final ObjectMapper JSON = JsonConfig.stored();
    private static final String COLUMNS = "case_number, item_code, item_version, item_name, status, application, missing,"
            + " tolerated, accepted_on, promised_date, tolerance_due, created_ms, updated_ms, outcome, decided_on, credit_flag,"
            + " suspended_since, review_round, details, dates_provisional, division_code, point_code, query_code, accepted_by,"
            + " department_code";
    /** Columns of COLUMNS: what a join reads after them starts at BOUND + 1. */
    static final int BOUND = 25;
    /** The last ones are written once, at intake: an update leaves them (and the index on the lead department) alone. */
    private static final int WRITE_ONCE = 3;

    private CaseStore() {
    }

    public static void insert(Connection c, StoredCase k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_case (" + COLUMNS
                + ", applicant_type, applicant_name, applicant_id, channel, department_name, window_code,"
                + " external_ref, priority) VALUES (" + "?,".repeat(BOUND + 7) + "?)")) {
            int i = bind(ps, k, BOUND);
            ps.setString(i++, k.application.applicant().type().name());
            ps.setString(i++, k.application.applicant().name());
            ps.setString(i++, k.application.applicant().idNumber().toUpperCase());
            ps.setString(i++, k.application.channel().name());
            ps.setString(i++, k.departmentName);
            ps.setString(i++, k.application.window());
            ps.setString(i++, k.application.externalRef());
            ps.setInt(i, k.application.priority() ? 1 : 0);
            ps.executeUpdate();
        }
    }

    public static void update(Connection c, StoredCase k) throws SQLException {
        String[] columns = COLUMNS.split(",\\s*");
        String set = String.join(" = ?, ", java.util.Arrays.copyOf(columns, BOUND - WRITE_ONCE)) + " = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET " + set + " WHERE case_number = ?")) {
            int i = bind(ps, k, BOUND - WRITE_ONCE);
            ps.setString(i, k.caseNumber);
            ps.executeUpdate();
        }
    }

    /** Loads a case and locks its row until the caller's transaction ends, so two clerks cannot both move it. */
    public static Optional<StoredCase> lock(Connection c, String caseNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET updated_ms = updated_ms WHERE case_number = ?")) {
            ps.setString(1, caseNumber);
            if (ps.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        return find(c, caseNumber);
    }

    /** The case a forwarded application became, by the reference it has where it was first taken in. */
    public static Optional<String> byExternalRef(Connection c, String ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT case_number FROM intake_case WHERE external_ref = ?")) {
            ps.setString(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static Optional<StoredCase> find(Connection c, String caseNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM intake_case WHERE case_number = ?")) {
            ps.setString(1, caseNumber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Cases in a status (all when null) that the scope condition admits (every case when null). */
    public static List<StoredCase> list(Connection c, CaseStatus status, CaseAccess.Condition scope, int limit) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (status != null) {
            where.add("k.status = ?");
            args.add(status.name());
        }
        if (scope != null) {
            where.add(scope.sql());
            args.addAll(scope.args());
        }
        String sql = "SELECT " + columns("k") + " FROM intake_case k" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY k.priority DESC, k.promised_date, k.created_ms FETCH FIRST " + clamp(limit) + " ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, (String) args.get(i));
            }
            return readAll(ps);
        }
    }

    /** Gives every case taken in before query codes existed one (once, at start). */
    public static int codeUncoded(Connection c) throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_number FROM intake_case WHERE query_code IS NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                numbers.add(rs.getString(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET query_code = ? WHERE case_number = ?")) {
            for (String n : numbers) {
                ps.setString(1, QueryCodes.next());
                ps.setString(2, n);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return numbers.size();
    }

    /** Gives the cases taken in before cases named their division the node's own (once, at start). */
    public static int claimUndivided(Connection c, String nodeDivision) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET division_code = ? WHERE division_code IS NULL")) {
            ps.setString(1, nodeDivision);
            return ps.executeUpdate();
        }
    }

    /** Approvals still standing (not revoked), the latest first: what the public list shows (a person's name masked). */
    public static List<PublishedResult> published(Connection c, String itemCode, int limit) throws SQLException {
        String sql = "SELECT case_number, item_code, item_name, applicant_type, applicant_name, details, decided_on"
                + " FROM intake_case WHERE outcome = ? AND status <> 'REVOKED'" + (itemCode == null ? "" : " AND item_code = ?")
                + " ORDER BY decided_on DESC, case_number DESC FETCH FIRST " + clamp(limit) + " ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, CaseOutcome.APPROVED.name());
            if (itemCode != null) {
                ps.setString(2, itemCode);
            }
            List<PublishedResult> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CaseDetails d = details(rs.getString(6));
                    String name = ApplicantType.valueOf(rs.getString(4)) == ApplicantType.PERSON ? maskName(rs.getString(5))
                            : rs.getString(5);
                    out.add(new PublishedResult(rs.getString(1), rs.getString(2), rs.getString(3), name,
                            d.result() == null ? null : d.result().documentName(),
                            d.result() == null ? null : maskIds(d.result().documentNumber()), local(rs.getDate(7))));
                }
            }
            return out;
        }
    }

    private static final java.util.regex.Pattern EMBEDDED_ID = java.util.regex.Pattern.compile("\\d{17}[\\dXx]");

    /**
     * A document number that embeds a resident ID number (a disability card's is the holder's ID and two digits) is
     * published with that ID masked as every list masks one: its birth date hidden.
     */
    static String maskIds(String documentNumber) {
        java.util.regex.Matcher m = EMBEDDED_ID.matcher(documentNumber);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(ResidentId.mask(m.group())));
        }
        return m.appendTail(out).toString();
    }

    /** 张三丰 → 张**: the family name stays, so the applicant recognises the entry and nobody else learns the name. */
    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    /** Open statuses whose dates still run (a decided case's dates are history). */
    private static final String RUNNING = "('ACCEPTED', 'RECEIVED', 'DISPATCHED', 'UNDER_REVIEW')";

    /**
     * Open cases whose dates may change with the calendar: those computed over a provisional year, and, when years
     * changed, those whose span from acceptance to their latest date touches one of them ({@code from}..{@code to}).
     */
    public static List<String> recomputable(Connection c, LocalDate from, LocalDate to) throws SQLException {
        String sql = "SELECT case_number FROM intake_case WHERE status IN " + RUNNING + " AND (dates_provisional = 1"
                + (from == null ? "" : " OR (accepted_on <= ? AND (promised_date >= ? OR tolerance_due >= ?))") + ") ORDER BY case_number";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (from != null) {
                ps.setDate(1, date(to));
                ps.setDate(2, date(from));
                ps.setDate(3, date(from));
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    static List<StoredCase> readAll(PreparedStatement ps) throws SQLException {
        List<StoredCase> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    static String columns(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    static int clamp(int limit) {
        return Math.max(1, Math.min(limit, 1000));
    }

    /** Binds the first {@code count} of COLUMNS; returns the next parameter's index. */
    private static int bind(PreparedStatement ps, StoredCase k, int count) throws SQLException {
        ps.setString(1, k.caseNumber);
        ps.setString(2, k.itemCode);
        ps.setInt(3, k.itemVersion);
        ps.setString(4, k.itemName);
        ps.setString(5, k.status.name());
        ps.setString(6, json(k.application));
        ps.setString(7, String.join("\n", k.missing));
        ps.setString(8, String.join("\n", k.tolerated));
        ps.setDate(9, date(k.acceptedOn));
        ps.setDate(10, date(k.promisedDate));
        ps.setDate(11, date(k.toleranceDue));
        ps.setLong(12, k.createdAt.toEpochMilli());
        ps.setLong(13, k.updatedAt.toEpochMilli());
        ps.setString(14, k.outcome == null ? null : k.outcome.name());
        ps.setDate(15, date(k.decidedOn));
        ps.setString(16, k.creditFlag);
        ps.setDate(17, date(k.suspendedSince));
        ps.setInt(18, k.round);
        ps.setString(19, json(k.details));
        ps.setShort(20, (short) (k.datesProvisional ? 1 : 0));
        ps.setString(21, k.divisionCode);
        ps.setString(22, k.pointCode);
        if (count == BOUND) {
            ps.setString(23, k.queryCode);
            ps.setString(24, k.acceptedBy);
            ps.setString(25, k.departmentCode);
        }
        return count + 1;
    }

    static StoredCase read(ResultSet rs) throws SQLException {
        StoredCase k = new StoredCase();
        k.caseNumber = rs.getString(1);
        k.itemCode = rs.getString(2);
        k.itemVersion = rs.getInt(3);
        k.itemName = rs.getString(4);
        k.status = CaseStatus.valueOf(rs.getString(5));
        try {
            k.application = JSON.readValue(rs.getString(6), Application.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored application of " + k.caseNumber + " unreadable: " + e.getOriginalMessage(), e);
        }
        k.missing = lines(rs.getString(7));
        k.tolerated = lines(rs.getString(8));
        k.acceptedOn = local(rs.getDate(9));
        k.promisedDate = local(rs.getDate(10));
        k.toleranceDue = local(rs.getDate(11));
        k.createdAt = Instant.ofEpochMilli(rs.getLong(12));
        k.updatedAt = Instant.ofEpochMilli(rs.getLong(13));
        String outcome = rs.getString(14);
        k.outcome = outcome == null ? null : CaseOutcome.valueOf(outcome);
        k.decidedOn = local(rs.getDate(15));
        k.creditFlag = rs.getString(16);
        k.suspendedSince = local(rs.getDate(17));
        k.round = rs.getInt(18);
        k.details = details(rs.getString(19));
        k.datesProvisional = rs.getShort(20) != 0;
        k.divisionCode = rs.getString(21);
        k.pointCode = rs.getString(22);
        k.queryCode = rs.getString(23);
        k.acceptedBy = rs.getString(24);
        k.departmentCode = rs.getString(25);
        return k;
    }

    private static CaseDetails details(String json) {
        if (json == null) {
            return CaseDetails.EMPTY;
        }
        try {
            return JSON.readValue(json, CaseDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored case details unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
