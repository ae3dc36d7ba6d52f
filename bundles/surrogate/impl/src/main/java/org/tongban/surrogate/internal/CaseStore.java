package org.tongban.surrogate.internal;

import static org.tongban.surrogate.internal.StoredJson.json;
import static org.tongban.surrogate.internal.StoredJson.read;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tongban.core.NodeLevel;
import org.tongban.core.data.Jdbc;
import org.tongban.surrogate.Authorisation;
import org.tongban.surrogate.Fee;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.OnBehalfStatus;

/** SQL of the point's on-behalf cases (tables surrogate_case, surrogate_case_number); their ledgers are {@link LedgerStore}'s. */
final class CaseStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Fee>> FEES = new TypeReference<>() { };

    private CaseStore() {
    }

    static long nextNumber(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_case_number (id) VALUES (DEFAULT)", Statement.RETURN_GENERATED_KEYS)) {
            ps.executeUpdate();
            return Jdbc.generatedKey(ps);
        }
    }

    static void insert(Connection c, OnBehalfCase k, String applicationJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_case (ref, agent_account, point_code, item_code, item_name,"
                + " deciding_level, application, applicant_name, applicant_masked, authorisation, verified, fees, status, missing,"
                + " green_channel, project_name, opened_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(ps, Arrays.asList(k.ref(), k.agentAccount(), k.pointCode(), k.itemCode(), k.itemName(), k.decidingLevel().name(),
                    applicationJson, k.applicantName(), k.applicantIdMasked(), json(k.authorisation()), json(k.verifiedCertificates()),
                    json(k.fees()), k.status().name(), json(k.missing()), k.greenChannel() ? 1 : 0, k.projectName(), k.openedAt()));
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
        return cases(c, " WHERE ref = ?", List.of(ref)).stream().findFirst();
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
            Jdbc.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String ref = rs.getString(1);
                    out.add(new OnBehalfCase(ref, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            NodeLevel.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), read(rs.getString(9), Authorisation.class),
                            read(rs.getString(10), STRINGS), read(rs.getString(11), FEES), OnBehalfStatus.valueOf(rs.getString(12)),
                            rs.getString(13), read(rs.getString(14), STRINGS), Jdbc.date(rs, 15), rs.getString(16), rs.getString(17),
                            rs.getInt(18) == 1, rs.getString(19), LedgerStore.handOvers(c, ref), LedgerStore.freeServices(c, ref),
                            Instant.ofEpochMilli(rs.getLong(20)), Jdbc.instant(rs, 21), Jdbc.instant(rs, 22)));
                }
            }
        }
        return out;
    }
}
