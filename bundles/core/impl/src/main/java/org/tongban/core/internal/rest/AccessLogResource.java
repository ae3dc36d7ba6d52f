package org.tongban.core.internal.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.audit.AccessLog;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.QueryDates;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.NodeInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

/** {@code GET /api/v1/access-log?subject=&reader=&from=&to=&limit=}: who read which citizen's data (supervisors, ops). */
@Component(service = RestResource.class)
@Path("v1/access-log")
@Allowed({Role.OPS, Role.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource implements RestResource {

    private final AccessLog log;
    private final TongbanClock clock;

    private final NodeInfo node;

    @Activate
    public AccessLogResource(@Reference AccessLog log, @Reference TongbanClock clock, @Reference NodeInfo node) {
        this.node = node;
        this.log = log;
        this.clock = clock;
    }

    @GET
    public List<AccessLog.Access> reads(@QueryParam("subject") String subject, @QueryParam("reader") String reader,
                                        @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") Integer limit,
                                        @Context SecurityContext security) {
        WholeNode.require(security, node);
        ZoneId zone = clock.zone();
        LocalDate f = QueryDates.date(from, "from", null);
        LocalDate t = QueryDates.date(to, "to", null);
        return log.reads(blank(subject), blank(reader), f == null ? null : f.atStartOfDay(zone).toInstant(),
                t == null ? null : t.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1), limit == null ? 100 : limit);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
