package org.tongban.surrogate.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeLevel;
import org.tongban.core.data.Change;
import org.tongban.core.data.DataAccessException;
import org.tongban.surrogate.Agent;
import org.tongban.surrogate.HandOver;
import org.tongban.surrogate.HandOverStep;
import org.tongban.sync.InboundHandler;
import org.tongban.sync.SyncEvent;

/**
 * What arrives through sync for 帮办代办: news of a forwarded case coming down to the point where it began (its case
 * number, the deficiency notice, the acceptance with its promised date, the decision), applied to the on-behalf case
 * and told to its agent, and the centre's end of each transfer of papers, entered in the point's ledger; going up,
 * agents registered at points below, added to this node's view of the network, and the figures of their cases.
 */
@Component(service = InboundHandler.class)
public class CaseNews implements InboundHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CaseNews.class);
    static final String NEWS = "surrogate.case-news";
    static final String AGENT = "surrogate.agent.registered";
    static final String SUMMARY = "surrogate.case.summary";
    static final String HANDOVER = "surrogate.handover";

    private final SurrogateComponent surrogate;

    /** {@code surrogate} is referenced so its tables exist before any event is applied. */
    @Activate
    public CaseNews(@Reference SurrogateComponent surrogate) {
        this.surrogate = surrogate;
    }

    @Override
    public boolean handles(String type) {
        return NEWS.equals(type) || AGENT.equals(type) || SUMMARY.equals(type) || HANDOVER.equals(type);
    }

    @Override
    public void apply(Change change, SyncEvent e, boolean downward) {
        Connection c = change.sql();
        try {
            Map<String, Object> p = StoredJson.read(e.payload(), new TypeReference<Map<String, Object>>() { });
            if (!downward && (AGENT.equals(e.type()) || SUMMARY.equals(e.type()))) {
                OwnSubjects.require(e, (String) p.get("nodeId"), (String) p.get("ref"));
            }
            if (AGENT.equals(e.type()) && !downward) {
                AgentStore.save(c, new Agent((String) p.get("account"), (String) p.get("name"), (String) p.get("mobile"),
                        (String) p.get("pointCode"), (String) p.get("pointName"), NodeLevel.valueOf((String) p.get("level")),
                        (String) p.get("divisionCode"), (String) p.get("nodeId")), e.created().toEpochMilli());
            } else if (SUMMARY.equals(e.type()) && !downward) {
                NetworkCaseStore.saveIfNewer(c, NetworkCase.of(p)); // a point below: counted in this node's network figures
            } else if (NEWS.equals(e.type()) && downward) {
                OnBehalfNews.apply(change, surrogate, PointNews.read(e.payload()), "sync");
            } else if (HANDOVER.equals(e.type()) && downward) {
                centreHandOver(change, p);
            }
        } catch (SQLException x) {
            throw new DataAccessException("applying " + e.type() + " " + e.id() + " failed", x);
        } catch (IllegalStateException | ClassCastException | NullPointerException | NumberFormatException malformed) {
            // The sender hears it as rejected (see Sync.receive): a payload without a field it needs, or of another kind.
            throw new IllegalArgumentException(e.type() + ": the payload is not an object with the fields this event needs, of their kinds",
                    malformed);
        }
    }

    /** The centre's end of a transfer, entered in the point's ledger beside the agent's own entries. */
    private void centreHandOver(Change change, Map<String, Object> p) throws SQLException {
        Connection c = change.sql();
        String ref = (String) p.get("ref");
        if (CaseStore.lock(c, ref).isEmpty()) {
            LOG.warn("a hand-over for an unknown on-behalf case {} ignored", ref);
            return;
        }
        HandOver h = new HandOver(HandOverStep.valueOf((String) p.get("step")), (String) p.get("items"), (String) p.get("fromParty"),
                (String) p.get("toParty"), (String) p.get("recordedBy"), Instant.ofEpochMilli(((Number) p.get("atMs")).longValue()),
                (String) p.get("receiptRef"));
        LedgerStore.handOver(c, ref, h);
        CaseAudit.record(change, ref, "sync", "surrogate.handover", h.step() + " recorded at the centre by " + h.recordedBy() + ": "
                + h.items() + " from " + h.fromParty() + " to " + h.toParty());
    }
}
