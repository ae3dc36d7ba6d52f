package org.tongban.surrogate.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.data.Change;
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

    /** Applies news {@code p} told by {@code from} (sync, intake) as part of the caller's change. */
    static void apply(Change ch, SurrogateComponent surrogate, PointNews p, String from) throws SQLException {
        Connection c = ch.sql();
        String ref = p.ref();
        Optional<OnBehalfCase> found = CaseStore.lock(c, ref);
        if (found.isEmpty()) {
            LOG.warn("news for an unknown on-behalf case {} ignored", ref);
            return;
        }
        OnBehalfCase k = found.get();
        String action = p.action();
        OnBehalfStatus status = OnBehalfRules.after(k.status(), action);
        List<String> missing = p.missing() != null ? p.missing() : k.missing();
        LocalDate promised = p.promisedDate();
        String caseNumber = p.caseNumber() == null ? k.caseNumber() : p.caseNumber();
        String outcome = p.outcome() == null ? k.outcome() : p.outcome();
        String detail = p.detail() == null ? "" : p.detail();
        String news = action + (detail.isEmpty() ? "" : ": " + detail);
        OnBehalfCase updated = new OnBehalfCase(k.ref(), k.agentAccount(), k.pointCode(), k.itemCode(), k.itemName(), k.decidingLevel(),
                k.applicantName(), k.applicantIdMasked(), k.authorisation(), k.verifiedCertificates(), k.fees(), status, caseNumber,
                status == OnBehalfStatus.DEFICIENT ? missing : k.missing(), promised == null ? k.promisedDate() : promised,
                outcome, news, k.greenChannel(), k.projectName(), k.handOvers(), k.freeServices(), k.openedAt(), k.submittedAt(), k.closedAt());
        CaseStore.update(c, updated);
        CaseAudit.record(ch, ref, from, "surrogate.news", news + (caseNumber == null ? "" : " (case " + caseNumber + ")"));
        if (status != k.status()) {
            surrogate.summarise(ch, ref);
            // The agent's notification: a log channel now; an SMS adapter is the same notice sent on.
            LOG.info("notice for agent {}: on-behalf case {} is {}{}", k.agentAccount(), ref, status,
                    status == OnBehalfStatus.DEFICIENT ? ", missing: " + String.join("; ", updated.missing()) : "");
        }
    }
}
