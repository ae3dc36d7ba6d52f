package org.tongban.bench.filler;

import java.util.Map;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.data.Changes;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;

/**
 * Benchmark only (hot-deployed by benchmarks/sync/run.sh, never shipped): queues {@code count} case-like events in the
 * node's outbox, 1,000 per transaction, spread over 1,000 subjects so per-subject order matters as with real cases.
 */
@Component(service = RestResource.class)
@Path("v1/bench/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.OPS)
public class FillerResource implements RestResource {

    private final Changes changes;

    @Activate
    public FillerResource(@Reference Changes changes) {
        this.changes = changes;
    }

    @POST
    public Map<String, Object> fill(@QueryParam("count") Integer count) {
        int n = count == null ? 100_000 : count;
        long start = System.nanoTime();
        for (int done = 0; done < n; ) {
            int from = done;
            int batch = Math.min(1000, n - done);
            changes.apply(ch -> {
                for (int i = from; i < from + batch; i++) {
                    ch.emit("case:BENCH" + (i % 1000), "case.received", 1,
                            Map.of("caseNumber", "BENCH" + (i % 1000), "status", "RECEIVED", "detail", "benchmark event " + i));
                }
                return null;
            });
            done += batch;
        }
        return Map.of("queued", n, "millis", (System.nanoTime() - start) / 1_000_000);
    }
}
