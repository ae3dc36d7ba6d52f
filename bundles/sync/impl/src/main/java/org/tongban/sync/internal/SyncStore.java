package org.tongban.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tongban.sync.DeadLetter;
import org.tongban.sync.InboxEntry;
import org.tongban.sync.SyncEvent;

/** SQL of the inbox (sync_inbox) and the dead letters (sync_dead_letter). */
public final class SyncStore {

    private SyncStore() {
    }

    private static final int MAX_IN_LIST = 500;

    /** Stores a received event unless its id is already here; true when stored now. */
    public static boolean receive(Connection c, SyncEvent e, String from, Instant now) throws SQLException {
        if (!known(c, List.of(e.id())).isEmpty()) {
            return false;
        }
        store(c, e, from, now);
        return true;
    }

    /**
     * Which of these event ids the inbox already holds: one query per {@value #MAX_IN_LIST} ids (by primary key), not
     * one per event. Each list is padded with its last id to a fixed length, so there are few statement texts.
     */
    public static java.util.Set<String> known(Connection c, List<String> ids) throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        int slots = Math.max(1, Math.min(ids.size(), MAX_IN_LIST));
        for (int from = 0; from < ids.size(); from += slots) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + slots));
            try (PreparedStatement ps = c.prepareStatement("SELECT event_id FROM sync_inbox WHERE event_id IN ("
                    + "?,".repeat(slots - 1) + "?)")) {
                for (int i = 0; i < slots; i++) {
                    ps.setString(i + 1, part.get(Math.min(i, part.size() - 1)));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    /** Stores a received event the caller found new (see {@link #known}); the primary key refuses a second copy. */
    public static void store(Connection c, SyncEvent e, String from, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_inbox (event_id, origin_node, received_from, subject,"
                + " subject_seq, event_type, payload_version, payload, created_ms, received_ms) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, e.id());
            ps.setString(2, e.originNode());
            ps.setString(3, from);
            ps.setString(4, e.subject());
            ps.setLong(5, e.subjectSeq());
            ps.setString(6, e.type());
            ps.setInt(7, e.payloadVersion());
            ps.setString(8, e.payload());
            ps.setLong(9, e.created().toEpochMilli());
            ps.setLong(10, now.toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** An event as received, with whom it came from ({@code parent} for events coming down). */
    public record Received(SyncEvent event, String from) {
    }

    /** Events received at or after {@code sinceMs}, in the order they came, by the received_ms index. */
    public static List<Received> receivedSince(Connection c, long sinceMs) throws SQLException {
        List<Received> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, origin_node, subject, subject_seq, event_type, payload_version,"
                + " payload, created_ms, received_from FROM sync_inbox WHERE received_ms >= ? ORDER BY received_ms")) {
            ps.setLong(1, sinceMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Received(new SyncEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getInt(6), rs.getString(7), Instant.ofEpochMilli(rs.getLong(8))), rs.getString(9)));
                }
            }
        }
        return out;
    }

    public static List<InboxEntry> inbox(Connection c, String subject, int limit) throws SQLException {
        String sql = "SELECT event_id, origin_node, received_from, subject, subject_seq, event_type, received_ms FROM sync_inbox"
                + (subject == null ? " ORDER BY received_ms DESC, event_id" : " WHERE subject = ? ORDER BY origin_node, subject_seq")
                + " FETCH FIRST " + Math.max(1, Math.min(limit, 10_000)) + " ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (subject != null) {
                ps.setString(1, subject);
            }
            List<InboxEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new InboxEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getString(6), Instant.ofEpochMilli(rs.getLong(7))));
                }
            }
            return out;
        }
    }

    public static void deadLetter(Connection c, SyncEvent e, String reason, Instant now) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM sync_dead_letter WHERE event_id = ?")) {
            del.setString(1, e.id());
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_dead_letter (event_id, origin_node, subject, event_type,"
                + " reason, dead_ms) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, e.id());
            ps.setString(2, e.originNode());
            ps.setString(3, e.subject());
            ps.setString(4, e.type());
            ps.setString(5, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
            ps.setLong(6, now.toEpochMilli());
            ps.executeUpdate();
        }
    }

    public static List<DeadLetter> deadLetters(Connection c, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, origin_node, subject, event_type, reason, dead_ms"
                + " FROM sync_dead_letter ORDER BY dead_ms, event_id FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY")) {
            List<DeadLetter> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DeadLetter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            Instant.ofEpochMilli(rs.getLong(6))));
                }
            }
            return out;
        }
    }

    public static boolean removeDeadLetter(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_dead_letter WHERE event_id = ?")) {
            ps.setString(1, eventId);
            return ps.executeUpdate() == 1;
        }
    }

    public static long deadLetterCount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sync_dead_letter"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
