package org.tongban.sync.internal.rest;

import org.tongban.core.fault.Fault;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.sync.DeadLetter;
import org.tongban.sync.DownEvent;
import org.tongban.sync.InboxEntry;
import org.tongban.sync.Receipt;
import org.tongban.sync.Sync;
import org.tongban.sync.SyncEvent;
import org.tongban.sync.SyncStatus;
import org.tongban.sync.internal.EventReader;

/**
 * {@code /api/v1/sync}: the inbound endpoint child nodes deliver to (role node: one user per child in the realm),
 * and ops' view of the link: status, the inbox, dead letters to retry or discard.
 */
@Component(service = RestResource.class)
@Path("v1/sync")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.OPS, Role.SUPERVISOR})
public class SyncResource implements RestResource {

    private final Sync sync;

    @Activate
    public SyncResource(@Reference Sync sync) {
        this.sync = sync;
    }

    /** A child's batch: 200 with the receipt once everything valid is durably stored (stored + duplicates). */
    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.NODE)
    public Receipt receive(List<JsonNode> batch, @Context SecurityContext security) {
        if (batch == null) {
            throw Fault.invalid("send a JSON array of events");
        }
        List<SyncEvent> events = new ArrayList<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (JsonNode node : batch) {
            try {
                events.add(EventReader.read(node));
            } catch (IllegalArgumentException e) {
                unreadable.put(EventReader.id(node), e.getMessage());
            }
        }
        Receipt receipt = sync.receive(security.getUserPrincipal().getName(), events);
        if (unreadable.isEmpty()) {
            return receipt;
        }
        Map<String, String> rejected = new LinkedHashMap<>(receipt.rejected());
        rejected.putAll(unreadable);
        return new Receipt(receipt.stored(), receipt.duplicates(), rejected);
    }

    /** What a child pulls on its way down: events after its cursor; everything up to the cursor is done. */
    @GET
    @Path("downstream")
    @Allowed(Role.NODE)
    public List<DownEvent> downstream(@QueryParam("after") Long after, @QueryParam("limit") Integer limit,
                                      @Context SecurityContext security) {
        return sync.downstream(security.getUserPrincipal().getName(), after == null ? 0 : after, limit == null ? 200 : limit);
    }

    @GET
    @Path("status")
    public SyncStatus status() {
        return sync.status();
    }

    @GET
    @Path("inbox")
    public List<InboxEntry> inbox(@QueryParam("subject") String subject, @QueryParam("limit") Integer limit) {
        return sync.inbox(subject, limit == null ? 200 : limit);
    }

    @GET
    @Path("dead-letters")
    public List<DeadLetter> deadLetters(@QueryParam("limit") Integer limit) {
        return sync.deadLetters(limit == null ? 200 : limit);
    }

    @POST
    @Path("dead-letters/{id}/retry")
    @Allowed(Role.OPS)
    @org.tongban.core.rest.Answers(value = Void.class, status = 204)
    public Response retry(@PathParam("id") String id) {
        if (!sync.retry(id)) {
            throw Fault.notFound("no dead letter " + id);
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("dead-letters/{id}")
    @Allowed(Role.OPS)
    @org.tongban.core.rest.Answers(value = Void.class, status = 204)
    public Response discard(@PathParam("id") String id) {
        if (!sync.discard(id)) {
            throw Fault.notFound("no dead letter " + id);
        }
        return Response.noContent().build();
    }
}
