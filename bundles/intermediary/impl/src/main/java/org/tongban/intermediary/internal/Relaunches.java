package org.tongban.intermediary.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tongban.intermediary.EarlierAttempt;

/**
 * A need posted again after its owner cancelled it once the selection was made: the new project names the earlier
 * one, so whoever looks at it sees every earlier attempt's candidates and result, and a draw cannot be re-run quietly
 * until it suits the owner.
 */
final class Relaunches {

    /** How far back a project's earlier attempts are followed. */
    static final int MAX_CHAIN = 20;

    private Relaunches() {
    }

    /** The latest project of the same need cancelled after its selection from {@code since} on, if any. */
    static Optional<Long> earlier(Connection c, StoredProject p, Instant since) throws SQLException {
        for (HistoryStore.Cancelled k : HistoryStore.cancelledAfterSelection(c, p.ownerCreditCode, p.serviceCode, since.toEpochMilli())) {
            StoredProject e = new StoredProject();
            e.ownerCreditCode = p.ownerCreditCode;
            e.serviceCode = p.serviceCode;
            e.areaCode = k.areaCode();
            e.title = k.title();
            if (SameNeed.same(e, p)) {
                return Optional.of(k.id());
            }
        }
        return Optional.empty();
    }

    /** The project's earlier attempts, newest first, each with its cancellation and its selection record. */
    static List<EarlierAttempt> of(Connection c, StoredProject p) throws SQLException {
        List<EarlierAttempt> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Long next = p.relaunchOf;
        while (next != null && out.size() < MAX_CHAIN && seen.add(next)) {
            Optional<StoredProject> e = ProjectStore.project(c, next);
            if (e.isEmpty()) {
                break;
            }
            StoredProject k = e.get();
            out.add(new EarlierAttempt(k.id, k.code, k.title, k.cancellation, k.selection));
            next = k.relaunchOf;
        }
        return out;
    }
}
