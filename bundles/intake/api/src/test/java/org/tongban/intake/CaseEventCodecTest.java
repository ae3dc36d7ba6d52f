package org.tongban.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CaseEventCodecTest {

    /** Every action intake recorded before its events were typed, and those added since (case.priority_refused). */
    static final List<String> ACTIONS = List.of("case.submitted", "case.commitment_refused", "case.priority_refused", "case.refused",
            "case.deficient", "case.supplemented", "case.accepted", "case.instant.held", "case.received", "case.dispatched", "case.under_review",
            "case.review.approve", "case.review.reject", "case.review.return", "case.returned", "case.decided",
            "case.post_check_scheduled", "case.post_check_passed", "case.revoked", "case.suspended", "case.resumed",
            "case.extended", "case.dates_recomputed", "case.completed", "case.delivered");

    /** A payload as intake's map wrote it (payload version 1), key for key. */
    static final String TODAY = "{\"caseNumber\":\"370702-2026-FOOD-000001\",\"status\":\"ACCEPTED\",\"itemCode\":\"FOOD\","
            + "\"itemVersion\":3,\"itemName\":\"食品经营许可\",\"departmentCode\":\"11370700MB0000000X\",\"departmentName\":\"市场监管局\","
            + "\"applicantType\":\"PERSON\",\"applicantName\":\"张三\",\"applicantIdMasked\":\"3707**********1234\","
            + "\"channel\":\"AGENT\",\"externalRef\":\"village-1/OB-7\",\"acceptedOn\":\"2026-12-01\",\"promisedDate\":\"2026-12-15\","
            + "\"toleranceDue\":null,\"datesProvisional\":true,\"outcome\":null,\"missing\":[],\"tolerated\":[\"M2\",\"M3\"],"
            + "\"refusalReason\":null,\"postCheckDue\":null,\"detail\":\"promised 2026-12-15 (provisional)\"}";

    static CaseFacts facts() {
        return new CaseFacts("370702-2026-FOOD-000001", CaseStatus.DECIDED, "FOOD", 3, "食品经营许可", "D1", "市场监管局",
                ApplicantType.ORGANISATION, "某公司", "9137**********123X", Channel.WINDOW, null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 8), false, CaseOutcome.APPROVED, List.of("M1"), List.of(),
                "不属于受理范围", LocalDate.of(2027, 1, 20));
    }

    @Test
    void everyActionIsOneTypeAndRoundTrips() {
        Set<Class<?>> seen = new java.util.HashSet<>();
        for (String action : ACTIONS) {
            CaseEvent e = CaseEventCodec.event(action, facts(), "detail of " + action).orElseThrow();
            assertEquals(action, e.type());
            assertEquals(e, CaseEventCodec.read(action, CaseEventCodec.json(e)).orElseThrow(), action);
            seen.add(e.getClass());
        }
        Set<Class<?>> permitted = Arrays.stream(CaseEvent.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(permitted, seen, "every event type is emitted for some action");
    }

    @Test
    void readsTodaysPayloadAndWritesItBackByteForByte() {
        CaseEvent e = CaseEventCodec.read("case.accepted", TODAY).orElseThrow();
        assertTrue(e instanceof CaseEvent.Accepted);
        CaseFacts f = e.facts();
        assertEquals(CaseStatus.ACCEPTED, f.status());
        assertEquals(3, f.itemVersion());
        assertEquals(Channel.AGENT, f.channel());
        assertEquals(LocalDate.of(2026, 12, 15), f.promisedDate());
        assertTrue(f.datesProvisional());
        assertNull(f.outcome());
        assertEquals(List.of("M2", "M3"), f.tolerated());
        assertEquals(TODAY, CaseEventCodec.json(e));
    }

    @Test
    void toleratesUnknownAndMissingKeys() {
        CaseEvent e = CaseEventCodec.read("case.review.return", "{\"caseNumber\":\"C1\",\"later\":{\"x\":1},\"status\":\"LATER\"}")
                .orElseThrow();
        assertEquals(new CaseEvent.Reviewed(e.facts(), ReviewDecision.RETURN, null), e);
        assertEquals("C1", e.caseNumber());
        assertNull(e.facts().status(), "a status a newer node added reads as absent");
        assertNull(e.facts().promisedDate());
        assertFalse(e.facts().datesProvisional());
        assertEquals(List.of(), e.facts().missing());
    }

    @Test
    void otherTypesAreNotCaseEvents() {
        assertTrue(CaseEventCodec.read("evaluation.recorded", "{}").isEmpty());
        assertTrue(CaseEventCodec.read("case.review.maybe", "{}").isEmpty());
        assertFalse(CaseEventCodec.isCaseEvent("supervision.card.yellow"));
        assertThrows(IllegalArgumentException.class, () -> CaseEventCodec.read("case.accepted", "[1]"));
    }
}
