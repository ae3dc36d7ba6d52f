package org.tongban.hubsim.internal;

import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.json.JsonConfig;
import org.tongban.core.fault.Fault;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemQuery;
import org.tongban.catalog.VersionedItem;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Transactions;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;

/**
 * {@code /api/v1/hub}: the provincial hub as the simulator plays it. Cities (users with the node role) post batches of
 * records and get a receipt (stored, already here, refused with reasons); each record is stored once, by its id, in
 * the same transaction that answers for it. Ops query what arrived. The catalogue is this node's own, served in the
 * tongban-catalog/1 format (a real hub's catalogue format would be one more mapping).
 */
@Component(service = RestResource.class)
@Path("v1/hub")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.OPS, Role.SUPERVISOR})
public class HubSimResource implements RestResource {

    private static final ObjectMapper JSON = JsonConfig.stored();
    private final Transactions tx;
    private final Catalog catalog;
    private final TongbanClock clock;

    @Activate
    public HubSimResource(@Reference Transactions tx, @Reference SchemaMigrations migrations, @Reference Catalog catalog,
                          @Reference TongbanClock clock) {
        this.tx = tx;
        this.catalog = catalog;
        this.clock = clock;
        migrations.migrate("hubsim", HubSimResource.class.getClassLoader());
    }

    /** A batch as a city sends it. */
    public record Batch(String format, List<Incoming> records) {
    }

    public record Incoming(String recordId, String dataset, String caseNumber, Map<String, Object> data) {
    }

    public record Receipt(List<String> stored, List<String> duplicates, Map<String, String> rejected) {
    }

    /** A record as stored, with its place in the order of arrival. */
    public record Stored(String recordId, String dataset, String caseNumber, Map<String, Object> data, String sender, long receivedMs,
                         long arrival) {
    }

    @POST
    @Path("datasets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.NODE)
    public Receipt receive(Batch batch, @Context SecurityContext security) {
        if (batch == null || batch.records() == null) {
            throw Fault.invalid("send {\"format\": \"gbt39046-json/1\", \"records\": [...]}");
        }
        if (!"gbt39046-json/1".equals(batch.format())) {
            throw Fault.unprocessable("unknown-format", "this hub takes gbt39046-json/1, not " + batch.format());
        }
        String sender = security.getUserPrincipal().getName();
        List<String> stored = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        long now = clock.now().toEpochMilli();
        tx.inTransaction(c -> {
            stored.clear(); // a transaction the database threw away runs again: count afresh
            duplicates.clear();
            rejected.clear();
            long arrival = lastArrival(c);
            for (Incoming r : batch.records()) {
                if (r == null) {
                    continue;
                }
                List<String> p = HubChecks.problems(r.recordId(), r.dataset(), r.caseNumber(), r.data());
                if (!p.isEmpty()) {
                    rejected.put(r.recordId() == null ? "?" : r.recordId(), String.join("; ", p));
                } else if (insert(c, r, sender, now, arrival + 1)) {
                    arrival++;
                    stored.add(r.recordId());
                } else {
                    duplicates.add(r.recordId());
                }
            }
            return null;
        });
        return new Receipt(stored, duplicates, rejected);
    }

    private static long lastArrival(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(arrival) FROM hubsim_record"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static boolean insert(Connection c, Incoming r, String sender, long now, long arrival) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO hubsim_record (record_id, dataset, case_number, data, sender,"
                + " received_ms, arrival) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.recordId());
            ps.setString(2, r.dataset());
            ps.setString(3, r.caseNumber());
            ps.setString(4, JSON.writeValueAsString(new TreeMap<>(r.data())));
            ps.setString(5, sender);
            ps.setLong(6, now);
            ps.setLong(7, arrival);
            ps.executeUpdate();
            return true;
        } catch (SQLIntegrityConstraintViolationException seen) {
            return false;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @GET
    @Path("records")
    public List<Stored> records(@QueryParam("caseNumber") String caseNumber, @QueryParam("dataset") String dataset,
                                @QueryParam("limit") Integer limit) {
        StringBuilder sql = new StringBuilder("SELECT record_id, dataset, case_number, data, sender, received_ms, arrival"
                + " FROM hubsim_record WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (caseNumber != null && !caseNumber.isBlank()) {
            sql.append(" AND case_number = ?");
            args.add(caseNumber.trim());
        }
        if (dataset != null && !dataset.isBlank()) {
            sql.append(" AND dataset = ?");
            args.add(dataset.trim().toUpperCase());
        }
        sql.append(" ORDER BY arrival, received_ms, record_id");
        return tx.read(c -> {
            List<Stored> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setString(i + 1, args.get(i));
                }
                ps.setMaxRows(limit == null ? 500 : Math.max(1, Math.min(limit, 5000)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Stored(rs.getString(1), rs.getString(2), rs.getString(3), read(rs.getString(4)), rs.getString(5),
                                rs.getLong(6), rs.getLong(7)));
                    }
                }
            }
            return out;
        });
    }

    /** Records received per data set. */
    @GET
    @Path("summary")
    public Map<String, Long> summary() {
        return tx.read(c -> {
            Map<String, Long> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT dataset, COUNT(*) FROM hubsim_record GROUP BY dataset");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    @GET
    @Path("catalogue")
    @Allowed({Role.NODE, Role.OPS})
    public Response catalogue() {
        List<Object> items = new ArrayList<>(catalog.search(ItemQuery.all()).stream().map(VersionedItem::item).toList());
        return Response.ok(Map.of("format", "tongban-catalog/1", "items", items), MediaType.APPLICATION_JSON).build();
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
