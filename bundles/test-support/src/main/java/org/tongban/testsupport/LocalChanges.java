package org.tongban.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.data.Change;
import org.tongban.core.data.ChangeWork;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.NewEvent;
import org.tongban.core.outbox.OutboxEvent;

/**
 * Core's change contract for component tests: each change its own transaction (grouped ones too), its audit entries
 * and events kept by a {@link RecordingAudit} and a {@link RecordingOutbox} once it has committed, in order, and its
 * after-commit tasks run then. Relaying another node's event is refused: no test of a single component needs it.
 */
public final class LocalChanges implements Changes {

    private final Transactions tx;
    private final RecordingAudit audit;
    private final RecordingOutbox outbox;

    public LocalChanges(Transactions tx, RecordingAudit audit, RecordingOutbox outbox) {
        this.tx = tx;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Override
    public <T> T apply(ChangeWork<T> work) {
        Recorded[] last = new Recorded[1];
        T result = tx.inTransaction(c -> {
            last[0] = new Recorded(c);
            return work.run(last[0]);
        });
        last[0].committed();
        return result;
    }

    @Override
    public <T> T applyGrouped(ChangeWork<T> work) {
        return apply(work);
    }

    private final class Recorded implements Change {
        private final Connection c;
        private final List<AuditEntry> entries = new ArrayList<>();
        private final Map<String, List<NewEvent>> events = new LinkedHashMap<>();
        private final List<Runnable> after = new ArrayList<>();
        private final Map<Object, Object> locals = new HashMap<>();

        Recorded(Connection c) {
            this.c = c;
        }

        @Override
        public Connection sql() {
            return c;
        }

        @Override
        public void audit(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public void emit(String subject, String type, int payloadVersion, Object payload) {
            events.computeIfAbsent(subject, s -> new ArrayList<>()).add(new NewEvent(type, payloadVersion, payload));
        }

        @Override
        public void created(String subject) {
            // numbering is the real outbox's concern
        }

        @Override
        public boolean relay(OutboxEvent event) {
            throw new UnsupportedOperationException("a recording outbox relays nothing");
        }

        @Override
        public void afterCommit(Runnable task) {
            after.add(task);
        }

        @Override
        public <T> T part(ChangeWork<T> work) throws SQLException {
            Savepoint before = c.setSavepoint();
            int audited = entries.size();
            int later = after.size();
            Map<String, Integer> emitted = new HashMap<>();
            events.forEach((subject, list) -> emitted.put(subject, list.size()));
            try {
                return work.run(this);
            } catch (SQLException | RuntimeException failed) {
                c.rollback(before);
                entries.subList(audited, entries.size()).clear();
                after.subList(later, after.size()).clear();
                events.entrySet().removeIf(e -> !emitted.containsKey(e.getKey()));
                events.forEach((subject, list) -> list.subList(emitted.get(subject), list.size()).clear());
                throw failed;
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T local(Object key, Supplier<T> first) {
            return (T) locals.computeIfAbsent(key, k -> first.get());
        }

        void committed() {
            entries.forEach(audit::append);
            events.forEach(outbox::appendAll);
            after.forEach(Runnable::run);
        }
    }
}
