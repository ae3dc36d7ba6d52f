package org.tongban.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.tongban.catalog.ItemQuery;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.VersionedItem;

/** SQL of the catalogue (tables catalog_item, catalog_item_version). */
public final class CatalogStore {

    /** What saving an item did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** The outcome and the item's version after it. */
    public record Saved(Outcome outcome, int version) {
    }

    private static final String VERSION_COLUMNS = "v.body, v.version, v.published_ms, v.published_by";

    private CatalogStore() {
    }

    /** Stores the item as a new version unless it equals the current one. The row lock on the item serialises writers. */
    public static Saved save(Connection c, ServiceItem item, String actor, Instant now) throws SQLException {
        Optional<VersionedItem> current = current(c, item.implementationCode());
        if (current.isPresent() && current.get().item().equals(item)) {
            return new Saved(Outcome.UNCHANGED, current.get().version());
        }
        int version = current.map(v -> v.version() + 1).orElse(1);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO catalog_item_version (implementation_code, version, body, published_ms, published_by) VALUES (?,?,?,?,?)")) {
            ps.setString(1, item.implementationCode());
            ps.setInt(2, version);
            ps.setString(3, CatalogJson.write(item));
            ps.setLong(4, now.toEpochMilli());
            ps.setString(5, actor);
            ps.executeUpdate();
        }
        String sql = current.isPresent()
                ? "UPDATE catalog_item SET base_code = ?, name = ?, name_lower = ?, department_code = ?, department_name = ?,"
                        + " case_kind = ?, current_version = ?, updated_ms = ? WHERE implementation_code = ?"
                : "INSERT INTO catalog_item (base_code, name, name_lower, department_code, department_name, case_kind,"
                        + " current_version, updated_ms, implementation_code) VALUES (?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, item.baseCode());
            ps.setString(2, item.name());
            ps.setString(3, item.name().toLowerCase(Locale.ROOT));
            ps.setString(4, item.department().creditCode());
            ps.setString(5, item.department().name());
            ps.setString(6, item.caseKind().name());
            ps.setInt(7, version);
            ps.setLong(8, now.toEpochMilli());
            ps.setString(9, item.implementationCode());
            ps.executeUpdate();
        }
        return new Saved(current.isPresent() ? Outcome.UPDATED : Outcome.CREATED, version);
    }

    public static Optional<VersionedItem> current(Connection c, String code) throws SQLException {
        return one(c, "SELECT " + VERSION_COLUMNS + " FROM catalog_item i JOIN catalog_item_version v"
                + " ON v.implementation_code = i.implementation_code AND v.version = i.current_version"
                + " WHERE i.implementation_code = ?", code, null);
    }

    /** The current version number of an item, without reading its body. */
    public static OptionalInt currentVersion(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT current_version FROM catalog_item WHERE implementation_code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    public static Optional<VersionedItem> version(Connection c, String code, int version) throws SQLException {
        return one(c, "SELECT " + VERSION_COLUMNS + " FROM catalog_item_version v WHERE v.implementation_code = ? AND v.version = ?",
                code, version);
    }

    public static List<VersionedItem> history(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + VERSION_COLUMNS
                + " FROM catalog_item_version v WHERE v.implementation_code = ? ORDER BY v.version")) {
            ps.setString(1, code);
            return list(ps);
        }
    }

    public static List<VersionedItem> search(Connection c, ItemQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + VERSION_COLUMNS + " FROM catalog_item i JOIN catalog_item_version v"
                + " ON v.implementation_code = i.implementation_code AND v.version = i.current_version WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.text() != null && !q.text().isBlank()) {
            String like = "%" + q.text().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            sql.append(" AND (i.name_lower LIKE ? OR LOWER(i.implementation_code) LIKE ? OR LOWER(i.base_code) LIKE ?)");
            args.add(like);
            args.add(like);
            args.add(like);
        }
        if (q.departmentCode() != null && !q.departmentCode().isBlank()) {
            sql.append(" AND i.department_code = ?");
            args.add(q.departmentCode().trim());
        }
        if (q.caseKind() != null) {
            sql.append(" AND i.case_kind = ?");
            args.add(q.caseKind().name());
        }
        sql.append(" ORDER BY i.name, i.implementation_code OFFSET ").append(q.offset())
                .append(" ROWS FETCH NEXT ").append(q.limit()).append(" ROWS ONLY");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            return list(ps);
        }
    }

    public static int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM catalog_item"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Optional<VersionedItem> one(Connection c, String sql, String code, Integer version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            if (version != null) {
                ps.setInt(2, version);
            }
            List<VersionedItem> found = list(ps);
            return found.stream().findFirst();
        }
    }

    private static List<VersionedItem> list(PreparedStatement ps) throws SQLException {
        List<VersionedItem> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new VersionedItem(CatalogJson.read(rs.getString(1)), rs.getInt(2),
                        Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4)));
            }
        }
        return out;
    }
}
