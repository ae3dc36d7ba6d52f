package org.tongban.surrogate.internal;

import java.util.List;
import java.util.Optional;
import org.tongban.core.data.Transactions;
import org.tongban.core.security.Caller;
import org.tongban.surrogate.OnBehalfCase;

/** Reading the node's on-behalf cases: an agent sees their own point's, the node as a whole every one, anyone else none. */
final class CaseReads {

    private final Transactions tx;
    private final PointAccess access;

    CaseReads(Transactions tx, PointAccess access) {
        this.tx = tx;
        this.access = access;
    }

    Optional<OnBehalfCase> find(Caller caller, String ref) {
        return tx.read(c -> {
            Optional<String> point = access.pointScope(c, caller);
            return CaseStore.find(c, ref).filter(k -> point.isPresent() && (point.get().isEmpty() || point.get().equals(k.pointCode())));
        });
    }

    List<OnBehalfCase> list(Caller caller, boolean greenChannelOnly) {
        return tx.read(c -> {
            Optional<String> point = access.pointScope(c, caller);
            return point.isEmpty() ? List.<OnBehalfCase>of()
                    : CaseStore.list(c, point.get().isEmpty() ? null : point.get(), greenChannelOnly);
        });
    }
}
