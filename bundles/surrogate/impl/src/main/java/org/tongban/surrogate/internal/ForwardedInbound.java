package org.tongban.surrogate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.NodeInfo;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.data.Change;
import org.tongban.core.data.DataAccessException;
import org.tongban.sync.InboundHandler;
import org.tongban.sync.SyncEvent;

/**
 * Keeps an application a point below forwarded, as part of the change in which sync stores it, when this node's level is the one
 * that decides it ({@link ForwardedIntake} hands it to intake). Idempotent by the point's reference. It references
 * neither sync nor intake: sync binds it while activating, and a reference back would be a service cycle.
 */
@Component(service = InboundHandler.class)
public class ForwardedInbound implements InboundHandler {

    static final String APPLICATION = "surrogate.application";
    static final String SUPPLEMENT = "surrogate.supplement";

    private final NodeInfo node;

    /** {@code surrogate} is referenced so its tables exist before any event is kept. */
    @Activate
    public ForwardedInbound(@Reference NodeInfo node, @Reference SurrogateComponent surrogate) {
        this.node = node;
    }

    @Override
    public boolean handles(String type) {
        return APPLICATION.equals(type) || SUPPLEMENT.equals(type);
    }

    @Override
    public void apply(Change change, SyncEvent e, boolean downward) {
        if (downward) {
            return;
        }
        try {
            JsonNode p = StoredJson.JSON.readTree(e.payload());
            if (!node.identity().level().name().equals(p.path("decidingLevel").asText())) {
                return; // decided further up: it only passes through here
            }
            String ref = p.path("ref").asText();
            String what = SUPPLEMENT.equals(e.type()) ? "materials" : "application";
            if (ref.isBlank() || p.path("originNode").asText().isBlank()
                    || (SUPPLEMENT.equals(e.type()) ? !p.path(what).isArray() : !p.path(what).isObject())) {
                // Refused at receipt (the sender hears it as rejected): kept, it would stop at intake for good.
                throw new IllegalArgumentException(e.type() + " needs ref, originNode and " + what);
            }
            OwnSubjects.require(e, p.path("originNode").asText(), ref);
            if (SUPPLEMENT.equals(e.type())) {
                if (SupplementStore.record(change.sql(), e.id(), ref, p.path("originNode").asText(), p.path("materials").toString(),
                        p.path("agent").asText(), Instant.now().toEpochMilli())) {
                    change.audit(new AuditEntry("sync", "node", "surrogate.supplement.received", "surrogate:" + ref,
                            "补正 from " + p.path("agent").asText() + " received for intake here"));
                }
                return;
            }
            if (ForwardedStore.record(change.sql(), ref, p.path("originNode").asText(), e.id(), p.path("application").toString(),
                    p.path("agent").asText(), Instant.now().toEpochMilli())) {
                change.audit(new AuditEntry("sync", "node", "surrogate.forwarded", "surrogate:" + ref,
                        "application from " + p.path("agentName").asText() + " received for intake here"));
            }
        } catch (SQLException | java.io.IOException x) {
            throw new DataAccessException("keeping forwarded application " + e.id() + " failed", x);
        }
    }
}
