package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.intake.Defaulter;

/** SQL of the judgment-defaulter list (table intake_defaulter), keyed by the upper-cased ID number or credit code. */
public final class DefaulterStore {

    private static final String COLUMNS = "id_number, name, court_reference, listed_on, source";

    private DefaulterStore() {
    }

    public static Optional<Defaulter> find(Connection c, String idNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM intake_defaulter WHERE id_number = ?")) {
            ps.setString(1, idNumber.trim().toUpperCase());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public static List<Defaulter> list(Connection c, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM intake_defaulter ORDER BY listed_on DESC,"
                + " id_number FETCH FIRST " + CaseStore.clamp(limit) + " ROWS ONLY")) {
            List<Defaulter> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    /**
     * Inserts or updates; true when the entry is new. Two puts of one new entry at once: the second insert fails on the
     * key once the first commits, goes back to its savepoint and updates instead.
     */
    public static boolean put(Connection c, Defaulter d, Instant now) throws SQLException {
        if (update(c, d, now)) {
            return false;
        }
        Savepoint before = c.setSavepoint();
        try (PreparedStatement in = c.prepareStatement("INSERT INTO intake_defaulter (name, court_reference, listed_on, source,"
                + " updated_ms, id_number) VALUES (?, ?, ?, ?, ?, ?)")) {
            bind(in, d, now);
            in.executeUpdate();
            return true;
        } catch (SQLException duplicate) {
            if (!"23505".equals(duplicate.getSQLState())) {
                throw duplicate;
            }
            c.rollback(before);
            if (!update(c, d, now)) {
                throw duplicate;
            }
            return false;
        }
    }

    private static boolean update(Connection c, Defaulter d, Instant now) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE intake_defaulter SET name = ?, court_reference = ?, listed_on = ?,"
                + " source = ?, updated_ms = ? WHERE id_number = ?")) {
            bind(up, d, now);
            return up.executeUpdate() == 1;
        }
    }

    public static boolean remove(Connection c, String idNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM intake_defaulter WHERE id_number = ?")) {
            ps.setString(1, idNumber.trim().toUpperCase());
            return ps.executeUpdate() == 1;
        }
    }

    private static void bind(PreparedStatement ps, Defaulter d, Instant now) throws SQLException {
        ps.setString(1, d.name().trim());
        ps.setString(2, d.reference().trim());
        ps.setDate(3, CaseStore.date(d.listedOn()));
        ps.setString(4, d.source() == null || d.source().isBlank() ? "manual" : d.source().trim());
        ps.setLong(5, now.toEpochMilli());
        ps.setString(6, d.idNumber().trim().toUpperCase());
    }

    private static Defaulter read(ResultSet rs) throws SQLException {
        return new Defaulter(rs.getString(1), rs.getString(2), rs.getString(3), CaseStore.local(rs.getDate(4)), rs.getString(5));
    }
}
