package org.tongban.core.internal.rest;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongban.core.NodeInfo;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.internal.security.RealmLogins;
import org.tongban.core.internal.time.CalendarAdmin;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.RestResource;

/**
 * {@code GET /api/v1/health}: 200 when the node knows itself and its database answers, else 503 saying what is wrong;
 * {@code warnings} lists what ops must act on soon although the node serves (the calendar running out).
 */
@Component(service = RestResource.class)
@Path("v1/health")
@Public
public class HealthResource implements RestResource {

    @Reference(target = "(dataSourceName=tongban)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile NodeInfo node;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile WorkingDayCalendar calendar;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TongbanClock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CalendarAdmin calendarAdmin;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RealmLogins logins;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.osgi.service.component.runtime.ServiceComponentRuntime scr;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RequestGate gate;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.tongban.core.internal.web.NodeHandler web;

    private BundleContext context;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HealthResource.class);

    /** What readiness last said, so the log tells each change once (why a node stayed DOWN, when it came UP). */
    private volatile String lastSaid = "";

    private void said(String now) {
        if (!now.equals(lastSaid)) {
            lastSaid = now;
            LOG.info("readiness: {}", now);
        }
    }

    @Activate
    void activate(BundleContext context) {
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Map<String, Object> body = new LinkedHashMap<>();
        String db = database();
        NodeInfo n = node;
        // Ready only when every installed capability serves; UPDATING while one is being replaced.
        // Looked up per request: a DS reference would be circular (the REST server tracks this resource).
        ServiceReference<RestStatus> ref = context.getServiceReference(RestStatus.class);
        RestStatus r = ref == null ? null : context.getService(ref);
        Readiness.Report ready;
        try {
            RequestGate g = gate;
            org.tongban.core.internal.web.NodeHandler w = web;
            ready = Readiness.of(context, scr, r, g == null ? java.util.Set.of() : g.held(), w != null && w.serving());
        } finally {
            if (r != null) {
                context.ungetService(ref);
            }
        }
        boolean up = "UP".equals(db) && n != null && ready.state() == Readiness.State.UP;
        said(up ? "UP" : "datasource " + db + "; node " + (n == null ? "missing" : "ok") + "; " + ready.detail());
        body.put("status", up ? "UP" : "UP".equals(db) && n != null ? ready.state().name() : "DOWN");
        body.put("node", n == null ? "DOWN: etc/org.tongban.node.cfg missing or invalid (see the log)" : n.identity().id());
        body.put("datasource", db);
        body.put("rest", ready.detail());
        if (!ready.waiting().isEmpty()) {
            body.put("notServed", ready.waiting());
        }
        // Warnings, not DOWN: the node serves (a provisional year keeps intake going; a refused file changes nothing).
        WorkingDayCalendar cal = calendar;
        TongbanClock clk = clock;
        List<String> warnings = new ArrayList<>();
        if (cal != null && clk != null) {
            String coverage = CalendarCoverage.describe(cal.years(), clk.today());
            body.put("calendar", coverage);
            if (coverage.startsWith("WARN")) {
                warnings.add("calendar " + coverage.substring("WARN: ".length()));
            }
        }
        CalendarAdmin admin = calendarAdmin;
        if (admin != null) {
            admin.refused().forEach(refusal -> warnings.add("calendar file " + refusal));
        }
        if (n != null && n.identity().demo()) {
            warnings.add("demo node: the published demo accounts (README) log in; set up a real node with bin/tongban init");
        }
        RealmLogins realm = logins;
        if (realm != null && (n == null || !n.identity().demo())) {
            List<String> weak = realm.weakAccounts();
            if (!weak.isEmpty()) {
                warnings.add(weak.size() + " account(s) keep an unsalted password hash of an earlier version (" + String.join(", ",
                        weak.subList(0, Math.min(5, weak.size()))) + (weak.size() > 5 ? ", …" : "")
                        + "): set their passwords anew with tongban:password-reset");
            }
        }
        if (!warnings.isEmpty()) {
            body.put("warnings", warnings);
        }
        Response.ResponseBuilder response = Response.status(up ? 200 : 503).entity(body);
        return (up ? response : response.header("Retry-After", "1")).build();
    }

    private String database() {
        DataSource ds = dataSource;
        if (ds == null) {
            return "DOWN: datasource 'tongban' not available";
        }
        try (Connection c = ds.getConnection()) {
            return c.isValid(5) ? "UP" : "DOWN: connection not valid";
        } catch (Exception e) {
            return "DOWN: " + e.getMessage();
        }
    }
}
