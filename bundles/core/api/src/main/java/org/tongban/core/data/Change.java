package org.tongban.core.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.outbox.OutboxEvent;

/**
 * One unit of change on the node's database, as {@link Changes} hands it to a {@link ChangeWork}: the transaction's
 * SQL, the audit records and outbox events that commit with it or not at all, and what to do once it has committed.
 * Records and events are kept in the order they are made and written when the work has returned, still inside the
 * transaction (each kind as one batch, so the shared rows they touch are held for the shortest time): a change either
 * commits with all of them or leaves none. Valid only while its work runs, on the thread that runs it.
 */
public interface Change {

    /** The transaction's connection, for the capability's own tables: never commit, roll back or close it. */
    Connection sql();

    /** An audit record of this change, written with it. */
    void audit(AuditEntry entry);

    /**
     * An event about {@code subject} for the outbox, written with the change; a subject's events are numbered after
     * its last in the order they are made here. The payload is JSON text or an object serialised to JSON.
     */
    void emit(String subject, String type, int payloadVersion, Object payload);

    /**
     * Says this change creates {@code subject}: its events are numbered from 1 without looking the subject up, and the
     * change fails if the subject has events already (a reused subject is an error, never a gap in its numbering).
     */
    void created(String subject);

    /**
     * Stores an event of another node as it came, for delivery further up (store and forward), now. Idempotent: an
     * event already here (by id) is left alone and {@code false} returned.
     */
    boolean relay(OutboxEvent event);

    /**
     * Work for after the commit (e.g. waking a sender): run once this change has committed, never when it rolled back,
     * on the caller's thread before {@link Changes#apply} returns. A task that fails is logged; the change stands.
     */
    void afterCommit(Runnable task);

    /**
     * Runs part of this change under a savepoint of its own: if the part throws, what it wrote and recorded here
     * (records, events, relays, after-commit work) is undone and the exception thrown on, and the rest of the change
     * may go on (e.g. one event of a batch refused, the others taken).
     */
    <T> T part(ChangeWork<T> work) throws SQLException;

    /**
     * State this change's work keeps until its end, one value per key, made by {@code first} on first use: what
     * several steps of one change collect together (e.g. the case events to tell observers of).
     */
    <T> T local(Object key, Supplier<T> first);
}
