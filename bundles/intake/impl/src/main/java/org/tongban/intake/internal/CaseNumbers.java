package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Case numbers (办件编号): implementation code + yyyyMMdd + a daily sequence of 4 digits, unique per code and day.
 * The sequence row is locked by its update, so concurrent submissions of one item on one day queue for it.
 */
public final class CaseNumbers {

    /** The highest daily sequence: four digits. */
    public static final int MAX_SEQUENCE = 9999;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private CaseNumbers() {
    }

    private static int increment(Connection c, String code, String day, int count) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE intake_case_sequence SET last_value = last_value + ? WHERE implementation_code = ? AND day = ?")) {
            up.setInt(1, count);
            up.setString(2, code);
            up.setString(3, day);
            return up.executeUpdate();
        }
    }

    public static String format(String implementationCode, LocalDate day, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalStateException("daily case sequence of " + implementationCode + " exhausted on " + day);
        }
        String digits = Integer.toString(sequence);
        return implementationCode + DAY.format(day) + "0".repeat(4 - digits.length()) + digits;
    }

    /** The day's sequence a number carries (its last four digits). */
    public static int sequence(String caseNumber) {
        return Integer.parseInt(caseNumber.substring(caseNumber.length() - 4));
    }

    /** The next number, inside the caller's transaction. */
    public static String next(Connection c, String implementationCode, LocalDate day) throws SQLException {
        return format(implementationCode, day, reserve(c, implementationCode, day, 1));
    }

    /**
     * Takes the next {@code count} sequence values of a code and day in the caller's transaction and returns the first;
     * the row stays locked to its commit.
     */
    public static int reserve(Connection c, String implementationCode, LocalDate day, int count) throws SQLException {
        if (count < 1) {
            throw new IllegalArgumentException("reserve at least one number, not " + count);
        }
        String key = DAY.format(day);
        if (increment(c, implementationCode, key, count) == 0) {
            // First case of the day. Two clerks may both get here: the second insert fails on the key once the first
            // commits, and that clerk's transaction goes back to the savepoint and takes the next numbers instead.
            Savepoint before = c.setSavepoint();
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO intake_case_sequence (implementation_code, day, last_value) VALUES (?, ?, ?)")) {
                ins.setString(1, implementationCode);
                ins.setString(2, key);
                ins.setInt(3, count);
                ins.executeUpdate();
                return 1;
            } catch (SQLException duplicate) {
                c.rollback(before);
                if (increment(c, implementationCode, key, count) == 0) {
                    throw duplicate;
                }
            }
        }
        try (PreparedStatement get = c.prepareStatement(
                "SELECT last_value FROM intake_case_sequence WHERE implementation_code = ? AND day = ?")) {
            get.setString(1, implementationCode);
            get.setString(2, key);
            try (ResultSet rs = get.executeQuery()) {
                rs.next();
                return rs.getInt(1) - count + 1;
            }
        }
    }

    /**
     * Gives back the unused tail of a reservation, {@code firstUnused} to {@code reservedLast}, if nobody reserved after
     * it (the sequence still ends at {@code reservedLast}); otherwise the tail stays a gap. Returns whether it did.
     */
    public static boolean release(Connection c, String implementationCode, LocalDate day, int firstUnused, int reservedLast)
            throws SQLException {
        if (firstUnused > reservedLast) {
            return false;
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE intake_case_sequence SET last_value = ?"
                + " WHERE implementation_code = ? AND day = ? AND last_value = ?")) {
            up.setInt(1, firstUnused - 1);
            up.setString(2, implementationCode);
            up.setString(3, DAY.format(day));
            up.setInt(4, reservedLast);
            return up.executeUpdate() == 1;
        }
    }
}
