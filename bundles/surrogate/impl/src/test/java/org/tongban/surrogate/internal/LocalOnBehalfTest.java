package org.tongban.surrogate.internal;

import org.tongban.core.rest.FaultProblems;
import org.tongban.core.fault.Fault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.surrogate.internal.SurrogateHarness.AGENT;
import static org.tongban.surrogate.internal.SurrogateHarness.CLERK;
import static org.tongban.surrogate.internal.SurrogateHarness.FOOD;
import static org.tongban.surrogate.internal.SurrogateHarness.NODE;
import static org.tongban.surrogate.internal.SurrogateHarness.OPS;
import static org.tongban.surrogate.internal.SurrogateHarness.OTHER_AGENT;
import static org.tongban.surrogate.internal.SurrogateHarness.PLOT;
import static org.tongban.surrogate.internal.SurrogateHarness.VILLAGE_ONLY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.NodeLevel;
import org.tongban.core.rest.Role;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantType;
import org.tongban.intake.Channel;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.surrogate.Authorisation;
import org.tongban.surrogate.Fee;
import org.tongban.surrogate.FreeServiceKind;
import org.tongban.surrogate.HandOverStep;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.OnBehalfRequest;
import org.tongban.surrogate.OnBehalfStatus;

/**
 * An agent of a township's own point helping with a township item: the case is taken in by the township's own intake
 * (a {@link FakeIntake} here), keeps its authorisation, fees, ledger and free services, and follows intake's case;
 * what is decided above still goes up; what is handled below is refused.
 */
class LocalOnBehalfTest {

    private SurrogateHarness h;

    @BeforeEach
    void township() {
        h = new SurrogateHarness();
        h.surrogate.registerAgent(OPS, "agent", "王秀英", "13905368888", "DG-01", "东关村代办点");
        h.surrogate.registerAgent(OPS, "agent-2", "李红", "13905367777", "XG-01", "西关村代办点");
    }

    @Test
    void theNetworkShowsPhonesMaskedToPeopleAndWholeToANode() {
        List<org.tongban.surrogate.Agent> read = h.surrogate.network(OPS, null, null);
        assertEquals(2, read.size());
        assertTrue(read.stream().allMatch(a -> a.mobile().contains("****") && !a.mobile().contains("05368888")
                && !a.mobile().contains("05367777")), read.toString());
        assertTrue(h.surrogate.network(AGENT, null, null).stream().noneMatch(a -> a.mobile().equals("13905368888")));
        org.tongban.core.security.Caller parent = new org.tongban.core.security.Caller("county-370783",
                java.util.Set.of(org.tongban.core.rest.Role.NODE), null, java.util.Set.of(), null, null, null, null);
        assertTrue(h.surrogate.network(parent, null, null).stream().anyMatch(a -> a.mobile().equals("13905368888")));
    }

    private static SubmittedMaterial paper(String code) {
        return new SubmittedMaterial(code, "scan/" + code + ".pdf", null);
    }

    private OnBehalfCase open(String item, String idNumber, List<SubmittedMaterial> materials) {
        return h.surrogate.open(AGENT, new OnBehalfRequest(item, new Applicant(ApplicantType.PERSON, "李四", idNumber, "13800138000"),
                Map.of("plotArea", 180), materials, List.of("居民身份证"), new Authorisation("李四", LocalDate.of(2026, 11, 25),
                "代为申请宅基地建房审批并领取批准文件", "scan/authorisation.pdf"), false, null));
    }

    @Test
    void aTownshipItemIsTakenInByTheTownshipsOwnIntakeAndFollowed() {
        OnBehalfCase k = open(PLOT, "11010519491231002X", List.of(paper("M01"), paper("M02"), paper("M03")));
        assertEquals(NodeLevel.TOWNSHIP, k.decidingLevel(), "decided here, not refused as 'at no level above'");
        h.surrogate.addFee(AGENT, k.ref(), new Fee("复印费", BigDecimal.ZERO, "DG-2026-0031"));
        h.surrogate.handOver(AGENT, k.ref(), HandOverStep.MATERIALS_FROM_APPLICANT, "申请表、身份证复印件", null);
        h.surrogate.provide(AGENT, k.ref(), FreeServiceKind.COPY, 4, null);

        assertEquals(OnBehalfStatus.SUBMITTED, h.surrogate.submit(AGENT, k.ref()).status());
        assertFalse(h.outboxTypes().contains("surrogate.application"), "nothing goes up: " + h.outboxTypes());
        h.forwarded.takeIn();

        assertEquals(1, h.intake.submissions.size());
        FakeIntake.Submission s = h.intake.submissions.get(0);
        assertEquals("agent", s.caller().user(), "the agent applies, under their own account");
        assertTrue(s.caller().has(Role.AGENT));
        assertEquals("DG-01", s.caller().point(), "at the point the register names");
        assertEquals(Channel.AGENT, s.application().channel());
        assertEquals(k.ref(), s.application().externalRef());
        assertEquals(PLOT, s.application().itemCode());

        OnBehalfCase deficient = h.surrogate.find(AGENT, k.ref()).orElseThrow();
        assertEquals(OnBehalfStatus.DEFICIENT, deficient.status());
        assertEquals(PLOT + "2026112501", deficient.caseNumber());
        assertEquals(List.of("M04"), deficient.missing());
        assertTrue(h.audited("surrogate.news", "intake"), "the news came from this node's intake");

        h.surrogate.supplement(AGENT, k.ref(), List.of(paper("M04")));
        h.forwarded.takeIn();
        assertEquals("agent", h.intake.supplementedBy.get(0).user());
        OnBehalfCase accepted = h.surrogate.find(AGENT, k.ref()).orElseThrow();
        assertEquals(OnBehalfStatus.ACCEPTED, accepted.status());
        assertEquals(LocalDate.of(2026, 12, 2), accepted.promisedDate());
        assertEquals(1, h.intake.submissions.size(), "one case, taken in once");

        assertEquals("DG-2026-0031", accepted.fees().get(0).receiptNumber());
        assertEquals(k.authorisation(), accepted.authorisation());
        assertEquals(1, accepted.handOvers().size());
        assertEquals(4, accepted.freeServices().get(0).quantity());
        assertTrue(h.sentDown.isEmpty(), "no news travels for a case of this node's own point: " + h.sentDown.size());
        assertTrue(h.surrogate.find(OTHER_AGENT, k.ref()).isEmpty(), "another point's agent does not see it");
        assertEquals(PLOT + "2026112501", h.centre.forwarded(CLERK, k.ref()).orElseThrow().caseNumber(),
                "the hall's clerk sees it among the applications taken in for agents");
    }

    @Test
    void theCentresEndOfTheLedgerIsKeptInTheOneLedgerBesideTheAgents() {
        OnBehalfCase k = open(PLOT, "11010519491231002X", List.of(paper("M01"), paper("M02"), paper("M03"), paper("M04")));
        h.surrogate.submit(AGENT, k.ref());
        h.forwarded.takeIn();
        h.surrogate.handOver(AGENT, k.ref(), HandOverStep.MATERIALS_TO_CENTRE, "纸质申请材料一套", null);
        h.centre.handOver(CLERK, k.ref(), HandOverStep.MATERIALS_TO_CENTRE, "纸质申请材料一套", null);
        assertThrows(Fault.class, () -> h.centre.handOver(CLERK, k.ref(), HandOverStep.MATERIALS_TO_CENTRE, "again", null),
                "the centre's own entry once");
        List<String> by = h.surrogate.find(AGENT, k.ref()).orElseThrow().handOvers().stream().map(o -> o.recordedBy()).toList();
        assertEquals(List.of("agent", "clerk@" + NODE), by, "both ends of the transfer, once each");
        assertTrue(h.sentDown.isEmpty());
    }

    @Test
    void newsMissedWhileIntakeDidNotTellIsCaughtUp() {
        h.intake.observers.clear();
        OnBehalfCase k = open(PLOT, "11010519491231002X", List.of(paper("M01"), paper("M02"), paper("M03"), paper("M04")));
        h.surrogate.submit(AGENT, k.ref());
        h.forwarded.takeIn();
        assertNull(h.surrogate.find(AGENT, k.ref()).orElseThrow().caseNumber(), "intake took it, nobody told the point");
        h.forwarded.catchUpNews();
        OnBehalfCase caught = h.surrogate.find(AGENT, k.ref()).orElseThrow();
        assertEquals(OnBehalfStatus.ACCEPTED, caught.status());
        assertEquals(PLOT + "2026112501", caught.caseNumber());
    }

    @Test
    void anApplicationIntakeWillNotTakeRefusesTheCaseWithTheReason() {
        OnBehalfCase k = open(PLOT, "110105", List.of(paper("M01")));
        h.surrogate.submit(AGENT, k.ref());
        h.forwarded.takeIn();
        OnBehalfCase refused = h.surrogate.find(AGENT, k.ref()).orElseThrow();
        assertEquals(OnBehalfStatus.REFUSED, refused.status());
        assertTrue(refused.lastNews().contains("the application has 1 fault(s)"), refused.lastNews());
        assertEquals("REFUSED", h.centre.forwarded(CLERK, k.ref()).orElseThrow().status());
        assertTrue(h.sentDown.isEmpty());
    }

    @Test
    void anItemDecidedAboveStillGoesUp() {
        OnBehalfCase k = open(FOOD, "11010519491231002X", List.of(paper("M01")));
        assertEquals(NodeLevel.COUNTY, k.decidingLevel());
        h.surrogate.submit(AGENT, k.ref());
        assertTrue(h.outboxTypes().contains("surrogate.application"), h.outboxTypes().toString());
        h.forwarded.takeIn();
        assertTrue(h.intake.submissions.isEmpty(), "the township's intake does not take a county's case");
        assertTrue(h.centre.forwarded(CLERK, k.ref()).isEmpty());
    }

    @Test
    void anItemHandledBelowOrUnknownIsA422NamingWhy() {
        Fault below = assertThrows(Fault.class, () -> open(VILLAGE_ONLY, "11010519491231002X", List.of()));
        assertEquals(422, FaultProblems.status(below));
        assertTrue(FaultProblems.problem(below).type().endsWith("handled-below"), FaultProblems.problem(below).type());
        assertEquals("村级证明 is handled at [VILLAGE], below this TOWNSHIP node: an agent of a point at that level takes it in there",
                below.getMessage());
        Fault unknown = assertThrows(Fault.class, () -> open("NO-SUCH-ITEM", "11010519491231002X", List.of()));
        assertEquals(422, FaultProblems.status(unknown));
        assertTrue(unknown.getMessage().contains("no item NO-SUCH-ITEM in this node's catalogue"), unknown.getMessage());
    }
}
