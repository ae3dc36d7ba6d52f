package org.tongban.intermediary.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.intermediary.OwnerRecord;
import org.tongban.intermediary.RuleSet;

/** SQL of what a project's record draws on beyond itself: the rules by version, owners' cancellations, earlier attempts. */
final class HistoryStore {

    private HistoryStore() {
    }

    /** Keeps the rules under their version; rules already kept are left as they are. */
    static void keep(Connection c, SelectionRules.Rules rules, long nowMs) throws SQLException {
        String version = rules.version();
        if (rules(c, version).isPresent()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intermediary_rules (version, content, recorded_ms) VALUES (?, ?, ?)")) {
            ps.setString(1, version);
            ps.setString(2, rules.text());
            ps.setLong(3, nowMs);
            ps.executeUpdate();
        }
    }

    static Optional<RuleSet> rules(Connection c, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, content FROM intermediary_rules WHERE version = ?")) {
            ps.setString(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new RuleSet(rs.getString(1).trim(), rs.getString(2))) : Optional.empty();
            }
        }
    }

    /** Gives projects from before rules were versioned the version of the rules in force now; how many. */
    static int pinUnversioned(Connection c, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intermediary_project SET rules_version = ? WHERE rules_version IS NULL")) {
            ps.setString(1, version);
            return ps.executeUpdate();
        }
    }

    /** A project the owner cancelled after its selection: what the same-need test compares. */
    record Cancelled(long id, String title, String areaCode) {
    }

    /** The owner's projects of the service cancelled after their selection from {@code sinceMs} on, the latest first. */
    static List<Cancelled> cancelledAfterSelection(Connection c, String ownerCreditCode, String serviceCode, long sinceMs)
            throws SQLException {
        List<Cancelled> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title, area_code FROM intermediary_project WHERE owner_credit_code = ?"
                + " AND service_code = ? AND cancelled_after_selection = 1 AND cancelled_ms >= ? ORDER BY cancelled_ms DESC, id DESC")) {
            ps.setString(1, ownerCreditCode);
            ps.setString(2, serviceCode);
            ps.setLong(3, sinceMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Cancelled(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    /** Every owner's count of projects and of cancellations after selection, the most such cancellations first. */
    static List<OwnerRecord> owners(Connection c) throws SQLException {
        List<OwnerRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT owner_credit_code, MAX(owner_name), COUNT(*), SUM(cancelled_after_selection),"
                + " MAX(CASE WHEN cancelled_after_selection = 1 THEN cancelled_ms END) FROM intermediary_project"
                + " GROUP BY owner_credit_code ORDER BY 4 DESC, 1"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long last = rs.getLong(5);
                Instant lastAt = rs.wasNull() ? null : Instant.ofEpochMilli(last);
                out.add(new OwnerRecord(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), lastAt));
            }
        }
        return out;
    }
}
