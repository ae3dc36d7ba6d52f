package org.tongban.surrogate.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tongban.core.NodeLevel;
import org.tongban.core.data.Jdbc;
import org.tongban.surrogate.Agent;

/** SQL of the agent register (table surrogate_agent): this node's agents and those its network reported. */
final class AgentStore {

    private AgentStore() {
    }

    static void save(Connection c, Agent a, long nowMs) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM surrogate_agent WHERE node_id = ? AND account = ?")) {
            Jdbc.bind(d, Arrays.asList(a.nodeId(), a.account()));
            d.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_agent (account, node_id, name, mobile, point_code, point_name,"
                + " level, division_code, registered_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(ps, Arrays.asList(a.account(), a.nodeId(), a.name(), a.mobile(), a.pointCode(), a.pointName(), a.level().name(),
                    a.divisionCode(), nowMs));
            ps.executeUpdate();
        }
    }

    static Optional<Agent> find(Connection c, String nodeId, String account) throws SQLException {
        return agents(c, " WHERE node_id = ? AND account = ?", List.of(nodeId, account)).stream().findFirst();
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
            Jdbc.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Agent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            NodeLevel.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return out;
    }
}
