package org.tongban.intake.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tongban.intake.Application;
import org.tongban.intake.CaseStatus;

/** SQL of cases (table intake_case). */
public final class CaseStore {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final String COLUMNS = "case_number, item_code, item_version, item_name, status, application, missing,"
            + " tolerated, accepted_on, promised_date, tolerance_due, created_ms, updated_ms";

    private CaseStore() {
    }

    public static void insert(Connection c, StoredCase k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_case (" + COLUMNS
                + ", applicant_type, applicant_name, applicant_id, channel) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = bind(ps, k);
            ps.setString(i++, k.application().applicant().type().name());
            ps.setString(i++, k.application().applicant().name());
            ps.setString(i++, k.application().applicant().idNumber().toUpperCase());
            ps.setString(i, k.application().channel().name());
            ps.executeUpdate();
        }
    }

    public static void update(Connection c, StoredCase k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET case_number = ?, item_code = ?, item_version = ?,"
                + " item_name = ?, status = ?, application = ?, missing = ?, tolerated = ?, accepted_on = ?, promised_date = ?,"
                + " tolerance_due = ?, created_ms = ?, updated_ms = ? WHERE case_number = ?")) {
            int i = bind(ps, k);
            ps.setString(i, k.caseNumber());
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

    public static Optional<StoredCase> find(Connection c, String caseNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM intake_case WHERE case_number = ?")) {
            ps.setString(1, caseNumber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static int bind(PreparedStatement ps, StoredCase k) throws SQLException {
        ps.setString(1, k.caseNumber());
        ps.setString(2, k.itemCode());
        ps.setInt(3, k.itemVersion());
        ps.setString(4, k.itemName());
        ps.setString(5, k.status().name());
        ps.setString(6, json(k.application()));
        ps.setString(7, String.join("\n", k.missing()));
        ps.setString(8, String.join("\n", k.tolerated()));
        ps.setDate(9, date(k.acceptedOn()));
        ps.setDate(10, date(k.promisedDate()));
        ps.setDate(11, date(k.toleranceDue()));
        ps.setLong(12, k.createdAt().toEpochMilli());
        ps.setLong(13, k.updatedAt().toEpochMilli());
        return 14;
    }

    private static StoredCase read(ResultSet rs) throws SQLException {
        try {
            return new StoredCase(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                    CaseStatus.valueOf(rs.getString(5)), JSON.readValue(rs.getString(6), Application.class), lines(rs.getString(7)),
                    lines(rs.getString(8)), local(rs.getDate(9)), local(rs.getDate(10)), local(rs.getDate(11)),
                    Instant.ofEpochMilli(rs.getLong(12)), Instant.ofEpochMilli(rs.getLong(13)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored application unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private static String json(Application a) {
        try {
            return JSON.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("application not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
