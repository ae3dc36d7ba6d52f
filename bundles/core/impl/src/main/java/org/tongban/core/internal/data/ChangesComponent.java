package org.tongban.core.internal.data;

import java.util.concurrent.atomic.AtomicReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.data.ChangeWork;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.internal.audit.AuditWriter;
import org.tongban.core.internal.outbox.OutboxWriter;

/**
 * Changes over the node's transactions: each attempt of the work gets a fresh {@link ChangeUnit}; the last one, whose
 * transaction committed, runs its after-commit tasks.
 */
@Component(service = Changes.class)
public class ChangesComponent implements Changes {

    private final Transactions tx;
    private final GroupCommits group;
    private final AuditWriter audit;
    private final OutboxWriter outbox;

    @Activate
    public ChangesComponent(@Reference Transactions tx, @Reference GroupCommits group,
                            @Reference AuditWriter audit, @Reference OutboxWriter outbox) {
        this.tx = tx;
        this.group = group;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Override
    public <T> T apply(ChangeWork<T> work) {
        AtomicReference<ChangeUnit> last = new AtomicReference<>();
        T result = tx.inTransaction(c -> {
            ChangeUnit unit = new ChangeUnit(c, null, audit, outbox);
            last.set(unit);
            T r = work.run(unit);
            unit.finish();
            return r;
        });
        last.get().committed();
        return result;
    }

    @Override
    public <T> T applyGrouped(ChangeWork<T> work) {
        AtomicReference<ChangeUnit> last = new AtomicReference<>();
        T result = group.inGroupCommit((c, end) -> {
            ChangeUnit unit = new ChangeUnit(c, end, audit, outbox);
            last.set(unit);
            T r = work.run(unit);
            unit.finish();
            return r;
        });
        last.get().committed();
        return result;
    }
}
