package org.tongban.surrogate.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.OnBehalfStatus;

/**
 * News of the deciding node's case applied to the on-behalf case at the point: its case number, the deficiency
 * notice, the promised date, the decision. The same for news that came down through sync and for a case this node's
 * own intake took in. News only moves a case forward ({@link OnBehalfRules#after}), so news applied twice is harmless.
 */
final class OnBehalfNews {

    private static final Logger LOG = LoggerFactory.getLogger(OnBehalfNews.class);

    private OnBehalfNews() {
    }

    /** Applies news {@code p} ({@code ref}, {@code action}, …) told by {@code from} (sync, intake) in the caller's transaction. */
    static void apply(Connection c, SurrogateComponent surrogate, Map<String, Object> p, String from) throws SQLException {
        String ref = (String) p.get("ref");
        Optional<OnBehalfCase> found = OnBehalfStore.lock(c, ref);
        if (found.isEmpty()) {
            LOG.warn("news for an unknown on-behalf case {} ignored", ref);
            return;
        }
        OnBehalfCase k = found.get();
        String action = (String) p.get("action");
        OnBehalfStatus status = OnBehalfRules.after(k.status(), action);
        @SuppressWarnings("unchecked")
        List<String> missing = p.get("missing") instanceof List<?> m ? (List<String>) m : k.missing();
        String promised = (String) p.get("promisedDate");
        String caseNumber = p.get("caseNumber") == null ? k.caseNumber() : (String) p.get("caseNumber");
        String outcome = p.get("outcome") == null ? k.outcome() : p.get("outcome").toString();
        String detail = p.get("detail") == null ? "" : p.get("detail").toString();
        String news = action + (detail.isEmpty() ? "" : ": " + detail);
        OnBehalfCase updated = new OnBehalfCase(k.ref(), k.agentAccount(), k.pointCode(), k.itemCode(), k.itemName(), k.decidingLevel(),
                k.applicantName(), k.applicantIdMasked(), k.authorisation(), k.verifiedCertificates(), k.fees(), status, caseNumber,
                status == OnBehalfStatus.DEFICIENT ? missing : k.missing(), promised == null ? k.promisedDate() : LocalDate.parse(promised),
                outcome, news, k.greenChannel(), k.projectName(), k.handOvers(), k.freeServices(), k.openedAt(), k.submittedAt(), k.closedAt());
        OnBehalfStore.update(c, updated);
        surrogate.audit(c, ref, from, "surrogate.news", news + (caseNumber == null ? "" : " (case " + caseNumber + ")"));
        if (status != k.status()) {
            surrogate.summarise(c, ref);
            // The agent's notification: a log channel now; an SMS adapter is the same notice sent on.
            LOG.info("notice for agent {}: on-behalf case {} is {}{}", k.agentAccount(), ref, status,
                    status == OnBehalfStatus.DEFICIENT ? ", missing: " + String.join("; ", updated.missing()) : "");
        }
    }

    /** News built in this JVM, read as it would arrive over the wire (strings, lists, numbers), then applied. */
    static void applyLocal(Connection c, SurrogateComponent surrogate, Map<String, Object> news, String from) throws SQLException {
        apply(c, surrogate, OnBehalfStore.read(OnBehalfStore.json(news), new TypeReference<Map<String, Object>>() { }), from);
    }
}
