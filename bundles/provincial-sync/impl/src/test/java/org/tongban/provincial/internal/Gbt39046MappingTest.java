package org.tongban.provincial.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.core.outbox.OutboxEvent;
import org.tongban.evaluation.CodeDirection;
import org.tongban.provincial.HubDataset;
import org.tongban.provincial.HubRecord;

class Gbt39046MappingTest {

    private static final Instant AT = Instant.parse("2026-11-25T01:30:05Z"); // 09:30:05 in Shanghai
    private final Gbt39046Mapping gbt = new Gbt39046Mapping().with(CodeDirection.SATISFIED_FIRST, ZoneId.of("Asia/Shanghai"));

    private static OutboxEvent event(String type, String payload) {
        return new OutboxEvent("e-1", "city-370700", "case:C1", 1, type, 1, payload, AT, null);
    }

    private HubRecord one(String type, String payload) {
        List<HubRecord> r = gbt.map(event(type, payload));
        assertEquals(1, r.size());
        return r.get(0);
    }

    @Test
    void anApplicationCarriesTheStandardsCodesAndDateTimes() {
        HubRecord r = one("case.submitted", "{\"caseNumber\":\"C1\",\"itemCode\":\"I1\",\"itemName\":\"食品经营许可\",\"applicantType\":"
                + "\"ORGANISATION\",\"applicantName\":\"某公司\",\"applicantIdMasked\":\"9135****Y43\",\"channel\":\"ONLINE\"}");
        assertEquals(HubDataset.APPLICATION, r.dataset());
        assertEquals("e-1-application", r.recordId());
        assertEquals("C1", r.data().get("sblsh"));
        assertEquals("2", r.data().get("sqrlx"));
        assertEquals("2", r.data().get("sqfs"));
        assertEquals("20261125093005", r.data().get("sqsj"));
    }

    @Test
    void acceptanceCarriesThePromisedDateAsYyyymmdd() {
        HubRecord r = one("case.accepted", "{\"caseNumber\":\"C1\",\"itemCode\":\"I1\",\"departmentCode\":\"D1\",\"promisedDate\":\"2026-12-02\"}");
        assertEquals(HubDataset.ACCEPTANCE, r.dataset());
        assertEquals("20261202", r.data().get("cnbjsj"));
        assertEquals("20261125093005", r.data().get("slsj"));
    }

    @Test
    void outcomesAndStepsMapToResultAndProcess() {
        assertEquals("1", one("case.decided", "{\"caseNumber\":\"C1\",\"outcome\":\"APPROVED\"}").data().get("bjjg"));
        assertEquals("2", one("case.decided", "{\"caseNumber\":\"C1\",\"outcome\":\"REJECTED\"}").data().get("bjjg"));
        assertEquals("3", one("case.refused", "{\"caseNumber\":\"C1\",\"detail\":\"不属于受理范围\"}").data().get("bjjg"));
        HubRecord step = one("case.suspended", "{\"caseNumber\":\"C1\",\"status\":\"UNDER_REVIEW\",\"detail\":\"专家评审\"}");
        assertEquals(HubDataset.PROCESS, step.dataset());
        assertEquals("2", step.data().get("tbcxlx"), "a special procedure other than an extension");
        assertEquals("1", one("case.extended", "{\"caseNumber\":\"C1\"}").data().get("tbcxlx"));
    }

    @Test
    void satisfactionGoesOutNumberedTheWayTheHubCounts() {
        String bad = "{\"caseNumber\":\"C1\",\"satisfaction\":\"VERY_DISSATISFIED\",\"channel\":\"PC\"}";
        assertEquals("5", one("evaluation.recorded", bad).data().get("pjjg"));
        Gbt39046Mapping reversed = new Gbt39046Mapping().with(CodeDirection.DISSATISFIED_FIRST, ZoneId.of("Asia/Shanghai"));
        assertEquals("1", reversed.map(event("evaluation.recorded", bad)).get(0).data().get("pjjg"));
        assertEquals("1", one("evaluation.follow-up", "{\"caseNumber\":\"C1\",\"satisfaction\":\"SATISFIED\"}").data().get("sfzp"));
    }

    @Test
    void cardsBecomeSupervisionRecordsAndOtherCapabilitiesEventsStayHome() {
        HubRecord card = one("supervision.card.red", "{\"caseNumber\":\"C1\",\"detail\":\"overdue\"}");
        assertEquals(HubDataset.SUPERVISION, card.dataset());
        assertEquals("RED", card.data().get("jclx"));
        assertTrue(gbt.map(event("intermediary.project.posted", "{\"projectId\":1}")).isEmpty());
        assertTrue(gbt.map(event("evaluation.invited", "{\"caseNumber\":\"C1\"}")).isEmpty(),
                "an invitation carries a case number but is no hub data set");
        assertFalse(one("case.accepted", "{\"caseNumber\":\"C1\"}").data().containsKey("cnbjsj"), "absent fields are left out");
    }
}
