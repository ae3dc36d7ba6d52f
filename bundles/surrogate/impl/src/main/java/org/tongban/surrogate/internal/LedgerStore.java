package org.tongban.surrogate.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tongban.core.data.Jdbc;
import org.tongban.surrogate.FreeService;
import org.tongban.surrogate.FreeServiceKind;
import org.tongban.surrogate.HandOver;
import org.tongban.surrogate.HandOverStep;

/**
 * SQL of a case's ledgers (tables surrogate_handover and surrogate_free_service): what changed hands, and the free
 * services given, each in the case's own sequence. Shared by the point's cases and the centre's forwarded ones.
 */
final class LedgerStore {

    private LedgerStore() {
    }

    static void handOver(Connection c, String ref, HandOver h) throws SQLException {
        int seq = nextSeq(c, "surrogate_handover", ref);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_handover (ref, seq, step, items, from_party, to_party,"
                + " recorded_by, at_ms, receipt_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(ps, Arrays.asList(ref, seq, h.step().name(), h.items(), h.fromParty(), h.toParty(), h.recordedBy(), h.at(),
                    h.receiptRef()));
            ps.executeUpdate();
        }
    }

    static List<HandOver> handOvers(Connection c, String ref) throws SQLException {
        List<HandOver> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT step, items, from_party, to_party, recorded_by, at_ms, receipt_ref"
                + " FROM surrogate_handover WHERE ref = ? ORDER BY seq")) {
            ps.setString(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HandOver(HandOverStep.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), rs.getString(7)));
                }
            }
        }
        return out;
    }

    static void freeService(Connection c, String ref, FreeService f) throws SQLException {
        int seq = nextSeq(c, "surrogate_free_service", ref);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_free_service (ref, seq, kind, quantity, detail, recorded_by,"
                + " at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(ps, Arrays.asList(ref, seq, f.kind().name(), f.quantity(), f.detail(), f.recordedBy(), f.at()));
            ps.executeUpdate();
        }
    }

    static List<FreeService> freeServices(Connection c, String ref) throws SQLException {
        List<FreeService> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, quantity, detail, recorded_by, at_ms FROM surrogate_free_service"
                + " WHERE ref = ? ORDER BY seq")) {
            ps.setString(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FreeService(FreeServiceKind.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3), rs.getString(4),
                            Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
        }
        return out;
    }

    /** The next number in a case's own sequence of ledger or free-service entries (the case's row lock orders them). */
    private static int nextSeq(Connection c, String table, String ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM " + table + " WHERE ref = ?")) {
            ps.setString(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) + 1;
            }
        }
    }
}
