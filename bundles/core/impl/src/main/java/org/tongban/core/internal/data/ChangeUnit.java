package org.tongban.core.internal.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.data.Change;
import org.tongban.core.data.ChangeWork;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.internal.audit.AuditWriter;
import org.tongban.core.internal.outbox.OutboxWriter;
import org.tongban.core.outbox.NewEvent;
import org.tongban.core.outbox.OutboxEvent;

/**
 * One attempt at a change: what its work records, kept in order and written by {@link #finish} inside the
 * transaction; its after-commit tasks run by {@link #committed} once the transaction is durable.
 */
final class ChangeUnit implements Change {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeUnit.class);

    private final Connection c;
    private final UnitEnd end;
    private final AuditWriter audit;
    private final OutboxWriter outbox;
    private final List<AuditEntry> entries = new ArrayList<>();
    private final Map<String, List<NewEvent>> events = new LinkedHashMap<>();
    private final Set<String> created = new HashSet<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Map<Object, Object> locals = new HashMap<>();
    private boolean finished;

    /** @param end the group's end when the change is group-committed, else null */
    ChangeUnit(Connection c, UnitEnd end, AuditWriter audit, OutboxWriter outbox) {
        this.c = c;
        this.end = end;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Override
    public Connection sql() {
        return c;
    }

    @Override
    public void audit(AuditEntry entry) {
        open();
        entries.add(Objects.requireNonNull(entry, "entry"));
    }

    @Override
    public void emit(String subject, String type, int payloadVersion, Object payload) {
        open();
        events.computeIfAbsent(Objects.requireNonNull(subject, "subject"), s -> new ArrayList<>())
                .add(new NewEvent(Objects.requireNonNull(type, "type"), payloadVersion, payload));
    }

    @Override
    public void created(String subject) {
        open();
        created.add(subject);
    }

    @Override
    public boolean relay(OutboxEvent event) {
        open();
        try {
            return outbox.relay(c, event);
        } catch (SQLException e) {
            throw new DataAccessException("outbox relay failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void afterCommit(Runnable task) {
        open();
        afterCommit.add(Objects.requireNonNull(task, "task"));
    }

    @Override
    public <T> T part(ChangeWork<T> work) throws SQLException {
        open();
        Savepoint before = c.setSavepoint();
        int audited = entries.size();
        int after = afterCommit.size();
        Map<String, Integer> emitted = new HashMap<>();
        events.forEach((subject, list) -> emitted.put(subject, list.size()));
        Set<String> createdBefore = new HashSet<>(created);
        try {
            T result = work.run(this);
            c.releaseSavepoint(before);
            return result;
        } catch (SQLException | RuntimeException | Error failed) {
            c.rollback(before);
            entries.subList(audited, entries.size()).clear();
            afterCommit.subList(after, afterCommit.size()).clear();
            events.entrySet().removeIf(e -> !emitted.containsKey(e.getKey()));
            events.forEach((subject, list) -> list.subList(emitted.get(subject), list.size()).clear());
            created.retainAll(createdBefore);
            throw failed;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T local(Object key, Supplier<T> first) {
        return (T) locals.computeIfAbsent(key, k -> first.get());
    }

    /** Writes the records and events, each kind as one batch per subject, in the transaction. */
    void finish() throws SQLException {
        open();
        finished = true;
        if (!entries.isEmpty()) {
            audit.write(c, entries, end);
        }
        for (Map.Entry<String, List<NewEvent>> e : events.entrySet()) {
            outbox.append(c, e.getKey(), e.getValue(), created.contains(e.getKey()));
        }
    }

    /** Runs the after-commit tasks; one that fails is logged and the others still run. */
    void committed() {
        for (Runnable task : afterCommit) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("after-commit work failed (the change stands): {}", e.toString());
            }
        }
    }

    private void open() {
        if (finished) {
            throw new IllegalStateException("this change has ended: record on a change only while its work runs");
        }
    }
}
