package org.tongban.surrogate.internal;

import org.tongban.core.data.Jdbc;
import org.tongban.core.json.JsonConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import com.fasterxml.jackson.databind.ObjectMapper;


import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.core.NodeLevel;
import org.tongban.surrogate.Agent;
import org.tongban.surrogate.Authorisation;
import org.tongban.surrogate.Fee;
import org.tongban.surrogate.ForwardedCase;
import org.tongban.surrogate.FreeService;
import org.tongban.surrogate.FreeServiceKind;
import org.tongban.surrogate.HandOver;
import org.tongban.surrogate.HandOverStep;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.OnBehalfStatus;

/** SQL of 帮办代办 (tables surrogate_*). */
final class OnBehalfStore {

    static final ObjectMapper JSON = JsonConfig.stored();

    private OnBehalfStore() {
    }

    // ---- agents -----------------------------------------------------------------------------------------------

    static void saveAgent(Connection c, Agent a, long nowMs) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM surrogate_agent WHERE node_id = ? AND account = ?")) {
            d.setString(1, a.nodeId());
            d.setString(2, a.account());
            d.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_agent (account, node_id, name, mobile, point_code, point_name,"
                + " level, division_code, registered_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.account());
            ps.setString(2, a.nodeId());
            ps.setString(3, a.name());
            ps.setString(4, a.mobile());
            ps.setString(5, a.pointCode());
            ps.setString(6, a.pointName());
            ps.setString(7, a.level().name());
            ps.setString(8, a.divisionCode());
            ps.setLong(9, nowMs);
            ps.executeUpdate();
        }
    }

    static Optional<Agent> agent(Connection c, String nodeId, String account) throws SQLException {
        List<Agent> a = agents(c, " WHERE node_id = ? AND account = ?", List.of(nodeId, account));
        return a.isEmpty() ? Optional.empty() : Optional.of(a.get(0));
    }

    /** The division of a node below, from the agents it registered; empty when none reached this node. */
    static Optional<String> nodeDivision(Connection c, String nodeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(division_code) FROM surrogate_agent WHERE node_id = ?")) {
            ps.setString(1, nodeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static List<Agent> network(Connection c, NodeLevel level, String divisionPrefix) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (level != null) {
            where.append(" AND level = ?");
            args.add(level.name());
        }
        if (divisionPrefix != null) {
            where.append(" AND division_code LIKE ?");
            args.add(divisionPrefix + "%");
        }
        return agents(c, where + " ORDER BY division_code, point_code, account", args);
    }

    private static List<Agent> agents(Connection c, String where, List<String> args) throws SQLException {
        List<Agent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT account, name, mobile, point_code, point_name, level, division_code, node_id"
                + " FROM surrogate_agent" + where)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Agent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            NodeLevel.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return out;
    }

    // ---- cases ------------------------------------------------------------------------------------------------

    static long nextNumber(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_case_number (id) VALUES (DEFAULT)", Statement.RETURN_GENERATED_KEYS)) {
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    static void insert(Connection c, OnBehalfCase k, String applicationJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_case (ref, agent_account, point_code, item_code, item_name,"
                + " deciding_level, application, applicant_name, applicant_masked, authorisation, verified, fees, status, missing,"
                + " green_channel, project_name, opened_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, k.ref());
            ps.setString(2, k.agentAccount());
            ps.setString(3, k.pointCode());
            ps.setString(4, k.itemCode());
            ps.setString(5, k.itemName());
            ps.setString(6, k.decidingLevel().name());
            ps.setString(7, applicationJson);
            ps.setString(8, k.applicantName());
            ps.setString(9, k.applicantIdMasked());
            ps.setString(10, json(k.authorisation()));
            ps.setString(11, json(k.verifiedCertificates()));
            ps.setString(12, json(k.fees()));
            ps.setString(13, k.status().name());
            ps.setString(14, json(k.missing()));
            ps.setInt(15, k.greenChannel() ? 1 : 0);
            ps.setString(16, k.projectName());
            ps.setLong(17, k.openedAt().toEpochMilli());
            ps.executeUpdate();
        }
    }

    static void update(Connection c, OnBehalfCase k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE surrogate_case SET fees = ?, status = ?, case_number = ?, missing = ?,"
                + " promised_date = ?, outcome = ?, last_news = ?, submitted_ms = ?, closed_ms = ? WHERE ref = ?")) {
            ps.setString(1, json(k.fees()));
            ps.setString(2, k.status().name());
            ps.setString(3, k.caseNumber());
            ps.setString(4, json(k.missing()));
            Jdbc.setDate(ps, 5, k.promisedDate());
            ps.setString(6, k.outcome());
            ps.setString(7, k.lastNews() != null && k.lastNews().length() > 2000 ? k.lastNews().substring(0, 2000) : k.lastNews());
            Jdbc.setMillis(ps, 8, k.submittedAt());
            Jdbc.setMillis(ps, 9, k.closedAt());
            ps.setString(10, k.ref());
            ps.executeUpdate();
        }
    }

    /** Loads a case and locks its row until the caller's transaction ends. */
    static Optional<OnBehalfCase> lock(Connection c, String ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE surrogate_case SET status = status WHERE ref = ?")) {
            ps.setString(1, ref);
            if (ps.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        return find(c, ref);
    }

    static Optional<OnBehalfCase> find(Connection c, String ref) throws SQLException {
        List<OnBehalfCase> k = cases(c, " WHERE ref = ?", List.of(ref));
        return k.isEmpty() ? Optional.empty() : Optional.of(k.get(0));
    }

    static String application(Connection c, String ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT application FROM surrogate_case WHERE ref = ?")) {
            ps.setString(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The cases of one point (every point's for null). */
    static List<OnBehalfCase> list(Connection c, String point, boolean greenOnly) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (point != null) {
            where.append(" AND point_code = ?");
            args.add(point);
        }
        if (greenOnly) {
            where.append(" AND green_channel = 1");
        }
        return cases(c, where + " ORDER BY green_channel DESC, promised_date, opened_ms", args);
    }

    private static final String CASE = "ref, agent_account, point_code, item_code, item_name, deciding_level, applicant_name,"
            + " applicant_masked, authorisation, verified, fees, status, case_number, missing, promised_date, outcome, last_news,"
            + " green_channel, project_name, opened_ms, submitted_ms, closed_ms";

    private static List<OnBehalfCase> cases(Connection c, String where, List<String> args) throws SQLException {
        List<OnBehalfCase> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CASE + " FROM surrogate_case" + where)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String ref = rs.getString(1);
                    Date promised = rs.getDate(15);
                    out.add(new OnBehalfCase(ref, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            NodeLevel.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), read(rs.getString(9), Authorisation.class),
                            read(rs.getString(10), new TypeReference<List<String>>() { }), read(rs.getString(11), new TypeReference<List<Fee>>() { }),
                            OnBehalfStatus.valueOf(rs.getString(12)), rs.getString(13), read(rs.getString(14), new TypeReference<List<String>>() { }),
                            promised == null ? null : promised.toLocalDate(), rs.getString(16), rs.getString(17), rs.getInt(18) == 1,
                            rs.getString(19), handOvers(c, ref), freeServices(c, ref), Instant.ofEpochMilli(rs.getLong(20)), instant(rs, 21), instant(rs, 22)));
                }
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    // ---- hand-overs -------------------------------------------------------------------------------------------

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

    static void handOver(Connection c, String ref, HandOver h) throws SQLException {
        int seq = nextSeq(c, "surrogate_handover", ref);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_handover (ref, seq, step, items, from_party, to_party,"
                + " recorded_by, at_ms, receipt_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, ref);
            ps.setInt(2, seq);
            ps.setString(3, h.step().name());
            ps.setString(4, h.items());
            ps.setString(5, h.fromParty());
            ps.setString(6, h.toParty());
            ps.setString(7, h.recordedBy());
            ps.setLong(8, h.at().toEpochMilli());
            ps.setString(9, h.receiptRef());
            ps.executeUpdate();
        }
    }

    private static List<HandOver> handOvers(Connection c, String ref) throws SQLException {
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

    // ---- free services ------------------------------------------------------------------------------------------

    static void freeService(Connection c, String ref, FreeService f) throws SQLException {
        int seq = nextSeq(c, "surrogate_free_service", ref);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_free_service (ref, seq, kind, quantity, detail, recorded_by,"
                + " at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, ref);
            ps.setInt(2, seq);
            ps.setString(3, f.kind().name());
            ps.setInt(4, f.quantity());
            ps.setString(5, f.detail());
            ps.setString(6, f.recordedBy());
            ps.setLong(7, f.at().toEpochMilli());
            ps.executeUpdate();
        }
    }

    private static List<FreeService> freeServices(Connection c, String ref) throws SQLException {
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

    // ---- forwarded applications (at the deciding node) ----------------------------------------------------------

    /** Notes how far the point has been told of a forwarded case (at the deciding node; elsewhere no row changes). */
    static void newsSent(Connection c, String ref, String pointStatus) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE surrogate_forwarded SET news_status = ? WHERE ref = ?")) {
            ps.setString(1, pointStatus);
            ps.setString(2, ref);
            ps.executeUpdate();
        }
    }

    /** Forwarded cases whose point has not been told of a final status yet: ref, origin, case number, news status. */
    static List<String[]> newsOpen(Connection c, int limit) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ref, origin_node, case_number, news_status FROM surrogate_forwarded"
                + " WHERE status = 'DONE' AND (news_status IS NULL OR news_status IN ('DEFICIENT', 'ACCEPTED')) ORDER BY received_ms")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        return out;
    }

    /** A forwarded application with the centre's side of its ledger, row-locked when {@code lock}. */
    static Optional<ForwardedCase> forwardedCase(Connection c, String ref, boolean lock) throws SQLException {
        if (lock) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE surrogate_forwarded SET status = status WHERE ref = ?")) {
                ps.setString(1, ref);
                if (ps.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
        }
        List<ForwardedCase> found = forwardedCases(c, " WHERE ref = ?", List.of(ref), 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Forwarded applications, the latest first, of one status or all. */
    static List<ForwardedCase> forwardedCases(Connection c, String status, int limit) throws SQLException {
        return status == null ? forwardedCases(c, "", List.of(), limit) : forwardedCases(c, " WHERE status = ?", List.of(status), limit);
    }

    private static List<ForwardedCase> forwardedCases(Connection c, String where, List<String> args, int limit) throws SQLException {
        List<ForwardedCase> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ref, origin_node, agent, status, case_number, reason, received_ms"
                + " FROM surrogate_forwarded" + where + " ORDER BY received_ms DESC, ref")) {
            ps.setMaxRows(limit);
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ForwardedCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)), handOvers(c, rs.getString(1))));
                }
            }
        }
        return out;
    }

    /** Records an application forwarded from below; false when it is here already. */
    static boolean forwarded(Connection c, String ref, String origin, String eventId, String application, String agent, long nowMs)
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
            ps.setString(1, ref);
            ps.setString(2, origin);
            ps.setString(3, eventId);
            ps.setString(4, application);
            ps.setString(5, agent);
            ps.setLong(6, nowMs);
            ps.executeUpdate();
            return true;
        }
    }

    /** Pending forwarded applications, oldest first: {ref, origin, application, agent}. */
    static List<String[]> pending(Connection c, int limit) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ref, origin_node, application, agent FROM surrogate_forwarded"
                + " WHERE status = 'PENDING' ORDER BY received_ms")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        return out;
    }

    static void settle(Connection c, String ref, String status, String caseNumber, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE surrogate_forwarded SET status = ?, case_number = ?, reason = ? WHERE ref = ?")) {
            ps.setString(1, status);
            ps.setString(2, caseNumber);
            ps.setString(3, reason);
            ps.setString(4, ref);
            ps.executeUpdate();
        }
    }

    /** Records a supplement forwarded from below; false when it is here already. */
    static boolean supplement(Connection c, String eventId, String ref, String origin, String materials, String agent, long nowMs)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM surrogate_supplement WHERE event_id = ?")) {
            q.setString(1, eventId);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_supplement (event_id, ref, origin_node, materials, agent,"
                + " status, received_ms) VALUES (?, ?, ?, ?, ?, 'PENDING', ?)")) {
            ps.setString(1, eventId);
            ps.setString(2, ref);
            ps.setString(3, origin);
            ps.setString(4, materials);
            ps.setString(5, agent);
            ps.setLong(6, nowMs);
            ps.executeUpdate();
            return true;
        }
    }

    /** Pending supplements whose application has become a case, oldest first: {event id, ref, origin, materials, agent, case number}. */
    static List<String[]> pendingSupplements(Connection c, int limit) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.event_id, s.ref, s.origin_node, s.materials, s.agent, f.case_number"
                + " FROM surrogate_supplement s JOIN surrogate_forwarded f ON f.ref = s.ref WHERE s.status = 'PENDING'"
                + " AND f.status = 'DONE' ORDER BY s.received_ms")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)});
                }
            }
        }
        return out;
    }

    static void settleSupplement(Connection c, String eventId, String status, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE surrogate_supplement SET status = ?, reason = ? WHERE event_id = ?")) {
            ps.setString(1, status);
            ps.setString(2, reason);
            ps.setString(3, eventId);
            ps.executeUpdate();
        }
    }

    // ---- JSON -------------------------------------------------------------------------------------------------

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
