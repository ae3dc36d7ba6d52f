package org.tongban.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.core.audit.AuditEntry;
import org.tongban.intake.CaseStatus;
import org.tongban.supervision.ScanReport;

/** The scan on a real schema: each crossing carded once, with its audit record, outbox event and notification. */
class DeadlineScanTest {

    private final Fixture f = new Fixture();
    private final DeadlineScan scan = new DeadlineScan(f.changes, f.intake, Fixture.CALENDAR, f.clock, f.notices);

    DeadlineScanTest() {
        scan.accept(Fixture.config(2, 1, 2, 10));
    }

    @Test
    void issuesEachCrossingOnceRecordedAndNotified() {
        f.kase("RED", "UNDER_REVIEW", LocalDate.of(2025, 9, 29));
        f.kase("FINE", "RECEIVED", LocalDate.of(2025, 10, 20));
        ScanReport first = scan.scan();
        assertEquals(Fixture.TODAY, first.day());
        assertEquals(2, first.issued(), "a yellow and a red card for the case");
        assertEquals(0, first.closed());
        assertEquals(List.of("supervision.card.red", "supervision.card.yellow"), f.audit.actions().stream().sorted().toList());
        assertTrue(f.audit.entries.stream().map(AuditEntry::subject).allMatch("case:RED"::equals));
        assertEquals(2, f.outbox.appended.size());
        assertTrue(f.outbox.appended.stream().allMatch(a -> a.subject().equals("case:RED")
                && ((Map<?, ?>) a.event().payload()).get("caseNumber").equals("RED")));
        assertEquals(2, f.sent.size(), "notified after the commit");

        ScanReport again = scan.scan();
        assertEquals(0, again.issued() + again.closed(), "nothing twice");
        assertEquals(2, f.sent.size());
    }

    @Test
    void aDecidedCaseHasItsCardsClosedOnTheNextFullPass() {
        IntakeDouble.Case k = f.kase("RED", "UNDER_REVIEW", LocalDate.of(2025, 9, 29));
        scan.scan();
        k.status = CaseStatus.DECIDED;
        k.decided = Fixture.TODAY;
        scan.rejudge(Set.of(2025));
        assertEquals(2, f.audit.actions().stream().filter("supervision.card.closed"::equals).count());
        assertEquals(0, scan.scan().issued(), "a decided case draws no new card");
    }

    @Test
    void aBadEditKeepsTheThresholdsInForce() {
        DeadlineScan fresh = new DeadlineScan(f.changes, f.intake, Fixture.CALENDAR, f.clock, f.notices);
        assertThrows(IllegalArgumentException.class, () -> fresh.accept(Fixture.config(2, 2, 2, 10)),
                "the first configuration must be valid");
        assertFalse(scan.accept(Fixture.config(2, 0, 2, 10)));
        assertFalse(scan.accept(Fixture.config(2, 3, 2, 10)));
        assertEquals(1, scan.config().yellowAfter());
        assertTrue(scan.accept(Fixture.config(1, 2, 4, 5)));
        assertEquals(4, scan.config().redAfter());
    }
}
