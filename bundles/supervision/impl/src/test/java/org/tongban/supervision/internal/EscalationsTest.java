package org.tongban.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.core.audit.AuditEntry;
import org.tongban.supervision.Card;
import org.tongban.supervision.CardColour;
import org.tongban.supervision.CardScope;

/** Deadlines handed in by other capabilities: task cards in the caller's change, by the scan's thresholds. */
class EscalationsTest {

    private final Fixture f = new Fixture();
    private final Escalations escalations = new Escalations(() -> Fixture.config(2, 1, 2, 10), Fixture.CALENDAR, f.clock,
            f.notices);

    private List<Card> escalate(String subject, LocalDate due) {
        return f.changes.apply(ch -> escalations.escalate(ch, subject, "D1", "审批局", due));
    }

    @Test
    void anOverdueTaskDrawsItsYellowAndRedCardOnce() {
        List<Card> cards = f.changes.apply(ch -> {
            List<Card> issued = escalations.escalate(ch, "rectification:7", "D1", "审批局", LocalDate.of(2025, 9, 29));
            assertTrue(f.sent.isEmpty(), "announced only after the caller's commit");
            return issued;
        });
        assertEquals(List.of(CardColour.RED, CardColour.YELLOW), cards.stream().map(Card::colour).toList());
        assertTrue(cards.stream().allMatch(k -> k.scope() == CardScope.TASK && k.open() && k.issuedOn().equals(Fixture.TODAY)));
        // A task's records are under its own subject, not a case's.
        assertTrue(f.audit.entries.stream().map(AuditEntry::subject).allMatch("rectification:7"::equals));
        assertEquals(List.of("supervision.card.red", "supervision.card.yellow"), f.audit.actions());
        Map<?, ?> red = (Map<?, ?>) f.outbox.appended.get(0).event().payload();
        assertEquals(cards.get(0).id(), red.get("cardId"));
        assertEquals(2, red.get("threshold"));
        assertEquals("2025-09-29", red.get("dueDate"));

        assertTrue(escalate("rectification:7", LocalDate.of(2025, 9, 29)).isEmpty(), "each colour once");
        assertEquals(List.of("red card", "yellow card"), f.sent.stream().map(n -> n.subject()).toList(), "announced once");
        assertEquals("rectification:7 is overdue since 2025-09-29", f.sent.get(0).message());
    }

    @Test
    void aDeadlineWithinTheWarningDaysDrawsAWarningAndOneFarOffNothing() {
        List<Card> warned = escalate("rectification:8", LocalDate.of(2025, 10, 10));
        assertEquals(List.of(CardColour.WARNING), warned.stream().map(Card::colour).toList());
        assertEquals(-2, warned.get(0).threshold());
        assertTrue(escalate("rectification:9", LocalDate.of(2025, 11, 20)).isEmpty());
    }

    @Test
    void closingATaskClosesItsOpenCardsOnce() {
        escalate("rectification:7", LocalDate.of(2025, 9, 29));
        assertEquals(2, (int) f.changes.apply(ch -> escalations.close(ch, "rectification:7", "rectified")));
        assertEquals(0, (int) f.changes.apply(ch -> escalations.close(ch, "rectification:7", "rectified")));
        assertEquals(2, f.audit.actions().stream().filter("supervision.card.closed"::equals).count());
        Map<?, ?> closed = (Map<?, ?>) f.outbox.appended.get(3).event().payload();
        assertEquals("rectified", closed.get("reason"));
        assertTrue(f.tx.read(c -> CardStore.openOf(c, "rectification:7", CardScope.TASK)).isEmpty());
    }

    @Test
    void aChangeRolledBackLeavesNoCardAndAnnouncesNothing() {
        assertThrows(IllegalStateException.class, () -> f.changes.apply(ch -> {
            escalations.escalate(ch, "rectification:7", "D1", "审批局", LocalDate.of(2025, 9, 29));
            throw new IllegalStateException("the caller's change fails after escalating");
        }));
        assertTrue(f.sent.isEmpty(), "no notice of a card that does not stand");
        assertTrue(f.audit.entries.isEmpty() && f.outbox.appended.isEmpty());
        assertEquals(2, escalate("rectification:7", LocalDate.of(2025, 9, 29)).size(), "the cards were rolled back with it");
        assertEquals(2, f.sent.size());
    }
}
