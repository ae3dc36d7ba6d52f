package org.tongban.core.internal.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.internal.data.DerbyDatabase;
import org.tongban.core.internal.data.JdbcTransactions;
import org.tongban.core.outbox.NewEvent;
import org.tongban.core.outbox.OutboxEvent;

class OutboxStoreTest {

    private static final Instant NOW = Instant.parse("2025-09-26T02:00:00Z");
    private DataSource ds;

    @BeforeEach
    void database() {
        ds = DerbyDatabase.withCoreSchema();
    }

    private OutboxEvent append(String subject, String type) {
        return JdbcTransactions.inTransaction(ds, c -> OutboxStore.append(c, "node-1", NOW, subject, type, 1, "{\"x\":1}"));
    }

    private List<OutboxEvent> pending(int limit) {
        return JdbcTransactions.inTransaction(ds, c -> OutboxStore.pending(c, limit));
    }

    @Test
    void eachSubjectCountsItsOwnSequence() {
        assertEquals(1, append("case:A", "case.accepted").subjectSeq());
        assertEquals(1, append("case:B", "case.accepted").subjectSeq());
        assertEquals(2, append("case:A", "case.dispatched").subjectSeq());
        assertEquals(3, append("case:A", "case.decided").subjectSeq());
    }

    private List<OutboxEvent> appendAll(String subject, boolean newSubject, String... types) {
        List<NewEvent> events = java.util.Arrays.stream(types).map(t -> new NewEvent(t, 1, "{\"t\":\"" + t + "\"}")).toList();
        return JdbcTransactions.inTransaction(ds, c -> OutboxStore.appendAll(c, "node-1", NOW, subject, events, newSubject));
    }

    @Test
    void aBatchOfOneSubjectIsNumberedOnAfterItsLastEvent() {
        append("case:A", "case.submitted");
        List<OutboxEvent> batch = appendAll("case:A", false, "case.accepted", "case.decided");
        assertEquals(List.of(2L, 3L), batch.stream().map(OutboxEvent::subjectSeq).toList());
        assertEquals(4, append("case:A", "case.delivered").subjectSeq());
        assertEquals(List.of(1L, 2L), appendAll("case:B", false, "t1", "t2").stream().map(OutboxEvent::subjectSeq).toList(),
                "an unknown subject starts at 1");
        assertEquals(List.of("case.submitted", "case.accepted", "case.decided", "case.delivered", "t1", "t2"),
                pending(10).stream().map(OutboxEvent::type).toList(), "written in the order given");
        assertEquals("{\"t\":\"case.decided\"}", pending(10).get(2).payload());
    }

    @Test
    void aNewSubjectIsNumberedFromOneAndItsCounterGoesOnFromThere() {
        assertEquals(List.of(1L, 2L), appendAll("case:N", true, "case.submitted", "case.accepted").stream()
                .map(OutboxEvent::subjectSeq).toList());
        assertEquals(3, append("case:N", "case.dispatched").subjectSeq());
    }

    @Test
    void aSubjectSaidToBeNewThatHasEventsIsRefusedAndWritesNothing() {
        append("case:A", "case.submitted");
        assertThrows(IllegalStateException.class, () -> appendAll("case:A", true, "case.submitted"));
        assertEquals(1, pending(10).size());
        assertEquals(2, append("case:A", "case.accepted").subjectSeq(), "no number was taken");
    }

    @Test
    void pendingIsOldestFirstAndDeliveryIsIdempotent() {
        OutboxEvent first = append("case:A", "t1");
        OutboxEvent second = append("case:B", "t2");
        append("case:A", "t3");
        assertEquals(List.of(first.id(), second.id()), pending(2).stream().map(OutboxEvent::id).toList());
        assertEquals("node-1", pending(1).get(0).originNode());

        assertEquals(2, (int) JdbcTransactions.inTransaction(ds, c -> OutboxStore.markDelivered(c, List.of(first.id(), second.id()), NOW)));
        assertEquals(0, (int) JdbcTransactions.inTransaction(ds, c -> OutboxStore.markDelivered(c, List.of(first.id()), NOW)));
        assertEquals(1L, (long) JdbcTransactions.inTransaction(ds, OutboxStore::pendingCount));
        assertEquals("t3", pending(10).get(0).type());
    }

    @Test
    void aChildsEventsAreRelayedOnceWithTheirOwnOriginAndNumbering() {
        OutboxEvent mine = append("case:A", "case.accepted");
        OutboxEvent child = new OutboxEvent("evt-of-village", "village-1", "case:A", 1, "case.accepted", 1, "{}", NOW, null);
        assertTrue((boolean) JdbcTransactions.inTransaction(ds, c -> OutboxStore.relay(c, child)), "same subject and seq, other origin");
        assertFalse((boolean) JdbcTransactions.inTransaction(ds, c -> OutboxStore.relay(c, child)), "a second arrival is ignored");
        List<OutboxEvent> queue = pending(10);
        assertEquals(List.of(mine.id(), "evt-of-village"), queue.stream().map(OutboxEvent::id).toList());
        assertEquals("village-1", queue.get(1).originNode());
        assertEquals(2, append("case:A", "case.received").subjectSeq(), "this node's numbering is its own");
    }

    @Test
    void aDeliveredEventCanBeQueuedAgain() {
        OutboxEvent e = append("case:A", "t1");
        JdbcTransactions.inTransaction(ds, c -> OutboxStore.markDelivered(c, List.of(e.id()), NOW));
        assertTrue(pending(10).isEmpty());
        assertEquals(1, (int) JdbcTransactions.inTransaction(ds, c -> OutboxStore.markPending(c, List.of(e.id()))));
        assertEquals(e.id(), pending(10).get(0).id());
    }

    @Test
    void anEventRollsBackWithItsTransaction() {
        assertThrows(IllegalStateException.class, () -> JdbcTransactions.inTransaction(ds, c -> {
            OutboxStore.append(c, "node-1", NOW, "case:A", "t", 1, "{}");
            throw new IllegalStateException("the change failed");
        }));
        assertTrue(pending(10).isEmpty());
    }

    @Test
    void oversizedPayloadIsRefused() {
        String big = "x".repeat(OutboxStore.MAX_PAYLOAD + 1);
        assertThrows(IllegalArgumentException.class,
                () -> JdbcTransactions.inTransaction(ds, c -> OutboxStore.append(c, "n", NOW, "s", "t", 1, big)));
    }

    @Test
    void pendingSkipsWhatWasDeliveredAndKeepsOutboxOrderPastOneInList() {
        List<OutboxEvent> all = new java.util.ArrayList<>();
        JdbcTransactions.inTransaction(ds, c -> {
            for (int i = 0; i < 1203; i++) {
                all.add(OutboxStore.append(c, "node-1", NOW, "case:" + (i % 7), "t" + i, 1, "{}"));
            }
            return null;
        });
        JdbcTransactions.inTransaction(ds, c -> OutboxStore.markDelivered(c, List.of(all.get(0).id(), all.get(2).id(),
                all.get(600).id()), NOW));
        List<String> expected = all.stream().map(OutboxEvent::id)
                .filter(id -> !id.equals(all.get(0).id()) && !id.equals(all.get(2).id()) && !id.equals(all.get(600).id())).toList();
        assertEquals(expected.subList(0, 3), pending(3).stream().map(OutboxEvent::id).toList());
        assertEquals(expected, pending(5000).stream().map(OutboxEvent::id).toList(), "read in several IN lists, in order");
        assertEquals(expected.subList(0, 1000), pending(1000).stream().map(OutboxEvent::id).toList());
        assertEquals(1200L, (long) JdbcTransactions.inTransaction(ds, OutboxStore::pendingCount));
    }
}
