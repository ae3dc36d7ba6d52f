package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.ServiceItem;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.data.Change;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseObserver;
import org.tongban.intake.CaseStatus;
import org.tongban.testsupport.RecordingOutbox;

/**
 * Observers are told of a case change's events at the end of its work, on the same change: what they record commits
 * after the case's own records, with them, and an observer that fails takes the case change back with it.
 */
class CaseObserversTest {

    private static final ServiceItem FOOD = Items.food(CaseKind.PROMISED);

    @Test
    void anObserverSeesTheChangesEventsInOrderAndItsRecordsCommitWithThem() {
        IntakeHarness h = new IntakeHarness(FOOD);
        List<String> seen = new ArrayList<>();
        h.intake.addObserver((change, event) -> {
            seen.add(event.type());
            change.audit(new AuditEntry("observer", "node", "observer.seen", "news:" + event.caseNumber(), event.type()));
            change.emit("news:" + event.caseNumber(), "news.case", 1, "{}");
        });
        String number = h.intake.submit(Callers.clerk(), Cases.complete(FOOD, Callers.COMPANY, false, "M01", "M02", "M04", "M05"))
                .caseNumber();
        assertEquals(List.of("case.submitted", "case.accepted"), seen);
        assertEquals(List.of("case.submitted", "case.accepted", "observer.seen", "observer.seen"), h.actions());
        assertEquals(List.of("case:" + number, "case:" + number, "news:" + number, "news:" + number),
                h.outbox.appended.stream().map(RecordingOutbox.Appended::subject).toList());
    }

    @Test
    void anObserverThatFailsTakesTheCaseChangeBackWithIt() {
        IntakeHarness h = new IntakeHarness(FOOD);
        String number = h.intake.submit(Callers.clerk(), Cases.complete(FOOD, Callers.COMPANY, false, "M01", "M02", "M04", "M05"))
                .caseNumber();
        List<String> before = h.actions();
        int events = h.events.size();
        CaseObserver failing = (Change change, CaseEvent event) -> {
            change.audit(new AuditEntry("observer", "node", "observer.seen", "news:" + number, event.type()));
            throw new IllegalStateException("the observer's store is down");
        };
        h.intake.addObserver(failing);
        assertThrows(IllegalStateException.class, () -> h.intake.transition(Callers.clerk(), number, CaseStatus.RECEIVED, null));
        assertEquals(before, h.actions(), "neither the case's record nor the observer's");
        assertEquals(events, h.events.size());
        assertEquals(CaseStatus.ACCEPTED, h.intake.find(Callers.clerk(), number).orElseThrow().status());
    }
}
