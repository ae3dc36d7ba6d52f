package org.tongban.evaluation.internal;

import org.tongban.core.data.Jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tongban.evaluation.InvitationStatus;

/** SQL of the invitations (evaluation_invitation). */
final class InvitationStore {

    private static final String COLUMNS = "case_number, code, item_code, item_name, department_code, department_name,"
            + " window_code, clerk, invited_on, expires_on, status, division_code";

    private InvitationStore() {
    }

    static void insert(Connection c, Invited i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation_invitation (" + COLUMNS + ", invited_ms)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, i.caseNumber());
            ps.setString(2, i.code());
            ps.setString(3, i.itemCode());
            ps.setString(4, i.itemName());
            ps.setString(5, i.departmentCode());
            ps.setString(6, i.departmentName());
            ps.setString(7, i.window());
            ps.setString(8, i.clerk());
            ps.setDate(9, Date.valueOf(i.invitedOn()));
            ps.setDate(10, Date.valueOf(i.expiresOn()));
            ps.setString(11, i.status().name());
            ps.setString(12, i.divisionCode() == null ? "" : i.divisionCode());
            ps.setLong(13, System.currentTimeMillis());
            ps.executeUpdate();
        }
    }

    static Optional<Invited> ofCase(Connection c, String caseNumber) throws SQLException {
        return invitation(c, "case_number", caseNumber);
    }

    static Optional<Invited> byCode(Connection c, String code) throws SQLException {
        return invitation(c, "code", code);
    }

    /** Loads an invitation by code and locks its row: evaluations of one case are then made one at a time. */
    static Optional<Invited> lock(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_invitation SET status = status WHERE code = ?")) {
            ps.setString(1, code);
            if (ps.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        return invitation(c, "code", code);
    }

    private static Optional<Invited> invitation(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM evaluation_invitation WHERE " + column + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** Which of these cases have an invitation already. */
    static Set<String> invited(Connection c, Collection<String> caseNumbers) throws SQLException {
        Set<String> out = new HashSet<>();
        List<String> all = new ArrayList<>(caseNumbers);
        for (int from = 0; from < all.size(); from += 100) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 100));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT case_number FROM evaluation_invitation WHERE case_number IN ("
                    + marks + ")")) {
                Jdbc.bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    /** Open invitations whose period ended before {@code today}, by the (status, expires_on) index. */
    static List<Invited> expired(Connection c, LocalDate today, int limit) throws SQLException {
        List<Invited> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM evaluation_invitation"
                + " WHERE status = 'OPEN' AND expires_on < ? ORDER BY expires_on")) {
            ps.setDate(1, Date.valueOf(today));
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    /** Moves an invitation on; false when it was no longer in {@code from} (a concurrent sweep or evaluation won). */
    static boolean setStatus(Connection c, String caseNumber, InvitationStatus from, InvitationStatus to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_invitation SET status = ? WHERE case_number = ? AND status = ?")) {
            ps.setString(1, to.name());
            ps.setString(2, caseNumber);
            ps.setString(3, from.name());
            return ps.executeUpdate() == 1;
        }
    }

    /** Cases invited before invitations carried their division (NULL: not copied yet). */
    static List<String> withoutDivision(Connection c, int limit) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_number FROM evaluation_invitation WHERE division_code IS NULL")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Copies a case's division onto its invitation and its evaluations ("" for a case that has none). */
    static void setDivision(Connection c, String caseNumber, String divisionCode) throws SQLException {
        String d = divisionCode == null ? "" : divisionCode;
        for (String table : List.of("evaluation_invitation", "evaluation")) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET division_code = ? WHERE case_number = ?"
                    + " AND division_code IS NULL")) {
                ps.setString(1, d);
                ps.setString(2, caseNumber);
                ps.executeUpdate();
            }
        }
    }

    private static Invited row(ResultSet rs) throws SQLException {
        return new Invited(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getDate(9).toLocalDate(), rs.getDate(10).toLocalDate(),
                InvitationStatus.valueOf(rs.getString(11)), rs.getString(12));
    }
}
