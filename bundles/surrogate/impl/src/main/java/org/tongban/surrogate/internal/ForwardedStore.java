package org.tongban.surrogate.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tongban.core.data.Jdbc;
import org.tongban.surrogate.ForwardedCase;

/** SQL of the applications forwarded from below, at the deciding node (table surrogate_forwarded). */
final class ForwardedStore {

    /** A forwarded case whose point has not been told of a final status yet. */
    record NewsOpen(String ref, String origin, String caseNumber, String newsStatus) {
    }

    /** A forwarded application still to be taken in. */
    record Pending(String ref, String origin, String application, String agent) {
    }

    private ForwardedStore() {
    }

    /** Notes how far the point has been told of a forwarded case (at the deciding node; elsewhere no row changes). */
    static void newsSent(Connection c, String ref, String pointStatus) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE surrogate_forwarded SET news_status = ? WHERE ref = ?")) {
            Jdbc.bind(ps, Arrays.asList(pointStatus, ref));
            ps.executeUpdate();
        }
    }

    /** Forwarded cases whose point has not been told of a final status yet, the oldest first. */
    static List<NewsOpen> newsOpen(Connection c, int limit) throws SQLException {
        List<NewsOpen> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ref, origin_node, case_number, news_status FROM surrogate_forwarded"
                + " WHERE status = 'DONE' AND (news_status IS NULL OR news_status IN ('DEFICIENT', 'ACCEPTED')) ORDER BY received_ms")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new NewsOpen(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    /** A forwarded application with the centre's side of its ledger, row-locked when {@code lock}. */
    static Optional<ForwardedCase> find(Connection c, String ref, boolean lock) throws SQLException {
        if (lock) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE surrogate_forwarded SET status = status WHERE ref = ?")) {
                ps.setString(1, ref);
                if (ps.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
        }
        return cases(c, " WHERE ref = ?", List.of(ref), 1).stream().findFirst();
    }

    /** Forwarded applications, the latest first, of one status or all. */
    static List<ForwardedCase> list(Connection c, String status, int limit) throws SQLException {
        return status == null ? cases(c, "", List.of(), limit) : cases(c, " WHERE status = ?", List.of(status), limit);
    }

    private static List<ForwardedCase> cases(Connection c, String where, List<String> args, int limit) throws SQLException {
        List<ForwardedCase> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ref, origin_node, agent, status, case_number, reason, received_ms"
                + " FROM surrogate_forwarded" + where + " ORDER BY received_ms DESC, ref")) {
            ps.setMaxRows(limit);
            Jdbc.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ForwardedCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)), LedgerStore.handOvers(c, rs.getString(1))));
                }
            }
        }
        return out;
    }

    /** Records an application forwarded from below; false when it is here already. */
    static boolean record(Connection c, String ref, String origin, String eventId, String application, String agent, long nowMs)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM surrogate_forwarded WHERE ref = ?")) {
            q.setString(1, ref);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_forwarded (ref, origin_node, event_id, application, agent,"
                + " status, received_ms) VALUES (?, ?, ?, ?, ?, 'PENDING', ?)")) {
            Jdbc.bind(ps, Arrays.asList(ref, origin, eventId, application, agent, nowMs));
            ps.executeUpdate();
            return true;
        }
    }

    /** Pending forwarded applications, oldest first. */
    static List<Pending> pending(Connection c, int limit) throws SQLException {
        List<Pending> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ref, origin_node, application, agent FROM surrogate_forwarded"
                + " WHERE status = 'PENDING' ORDER BY received_ms")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    static void settle(Connection c, String ref, String status, String caseNumber, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE surrogate_forwarded SET status = ?, case_number = ?, reason = ? WHERE ref = ?")) {
            Jdbc.bind(ps, Arrays.asList(status, caseNumber, reason, ref));
            ps.executeUpdate();
        }
    }
}
