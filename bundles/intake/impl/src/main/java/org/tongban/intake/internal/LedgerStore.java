package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tongban.intake.Extension;
import org.tongban.intake.SpecialProcedure;
import org.tongban.intake.Suspension;

/** SQL of a case's time ledger: suspensions (intake_suspension) and extensions (intake_extension). */
public final class LedgerStore {

    private LedgerStore() {
    }

    public static void startSuspension(Connection c, String caseNumber, SpecialProcedure procedure, String reason,
                                       LocalDate on, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_suspension (case_number, seq, special_procedure,"
                + " reason, started_on, actor) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, caseNumber);
            ps.setInt(2, suspensions(c, caseNumber).size() + 1);
            ps.setString(3, procedure.name());
            ps.setString(4, reason);
            ps.setDate(5, CaseStore.date(on));
            ps.setString(6, actor);
            ps.executeUpdate();
        }
    }

    /** Closes the running suspension with the working days it took. */
    public static void endSuspension(Connection c, String caseNumber, LocalDate on, long workingDays) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_suspension SET ended_on = ?, working_days = ?"
                + " WHERE case_number = ? AND ended_on IS NULL")) {
            ps.setDate(1, CaseStore.date(on));
            ps.setLong(2, workingDays);
            ps.setString(3, caseNumber);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("case " + caseNumber + " is marked suspended but has no running suspension");
            }
        }
    }

    /** Re-counts an ended suspension's working days (a calendar year's data changed). */
    public static void recount(Connection c, String caseNumber, int seq, long workingDays) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_suspension SET working_days = ? WHERE case_number = ? AND seq = ?")) {
            ps.setLong(1, workingDays);
            ps.setString(2, caseNumber);
            ps.setInt(3, seq);
            ps.executeUpdate();
        }
    }

    public static List<Suspension> suspensions(Connection c, String caseNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, special_procedure, reason, started_on, ended_on, working_days,"
                + " actor FROM intake_suspension WHERE case_number = ? ORDER BY seq")) {
            ps.setString(1, caseNumber);
            List<Suspension> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Suspension(rs.getInt(1), SpecialProcedure.valueOf(rs.getString(2)), rs.getString(3),
                            CaseStore.local(rs.getDate(4)), CaseStore.local(rs.getDate(5)), rs.getLong(6), rs.getString(7)));
                }
            }
            return out;
        }
    }

    public static void addExtension(Connection c, String caseNumber, int days, String reason, String approvedBy, LocalDate on)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_extension (case_number, seq, days, reason, approved_by,"
                + " added_on) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, caseNumber);
            ps.setInt(2, extensions(c, caseNumber).size() + 1);
            ps.setInt(3, days);
            ps.setString(4, reason);
            ps.setString(5, approvedBy);
            ps.setDate(6, CaseStore.date(on));
            ps.executeUpdate();
        }
    }

    public static List<Extension> extensions(Connection c, String caseNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, days, reason, approved_by, added_on FROM intake_extension"
                + " WHERE case_number = ? ORDER BY seq")) {
            ps.setString(1, caseNumber);
            List<Extension> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Extension(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            CaseStore.local(rs.getDate(5))));
                }
            }
            return out;
        }
    }
}
