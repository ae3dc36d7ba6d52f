package org.tongban.surrogate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.surrogate.internal.SurrogateHarness.AGENT;
import static org.tongban.surrogate.internal.SurrogateHarness.CLERK;
import static org.tongban.surrogate.internal.SurrogateHarness.FOOD;
import static org.tongban.surrogate.internal.SurrogateHarness.OTHER_AGENT;
import static org.tongban.surrogate.internal.SurrogateHarness.request;
import static org.tongban.surrogate.internal.SurrogateHarness.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.surrogate.Fee;
import org.tongban.surrogate.FreeServiceKind;
import org.tongban.surrogate.HandOverStep;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.OnBehalfStatus;

/** The changes of an open case on their own: each checked against the case's status and point, audited, counted up. */
class CaseChangesTest {

    private final SurrogateHarness h = new SurrogateHarness();
    private CaseChanges changes;
    private OnBehalfCase k;

    @BeforeEach
    void anOpenCase() {
        h.registerAgents();
        changes = h.surrogate.changes;
        k = h.surrogate.opening.open(AGENT, request(FOOD, null));
    }

    @Test
    void anotherPointsCaseIsNotFoundAndAStrangerIsForbidden() {
        Fee fee = new Fee("复印费", BigDecimal.ONE, "R-1");
        assertEquals(404, status(assertThrows(RuntimeException.class, () -> changes.addFee(OTHER_AGENT, k.ref(), fee))));
        assertEquals(403, status(assertThrows(RuntimeException.class, () -> changes.addFee(CLERK, k.ref(), fee))));
        assertEquals(404, status(assertThrows(RuntimeException.class, () -> changes.submit(AGENT, "nowhere/1"))));
    }

    @Test
    void aFeeNamesItsItemAmountAndReceipt() {
        assertEquals(400, status(assertThrows(RuntimeException.class,
                () -> changes.addFee(AGENT, k.ref(), new Fee("复印费", BigDecimal.ONE.negate(), "R-1")))));
        OnBehalfCase paid = changes.addFee(AGENT, k.ref(), new Fee("复印费", new BigDecimal("2.50"), "R-1"));
        assertEquals(List.of("R-1"), paid.fees().stream().map(Fee::receiptNumber).toList());
        assertTrue(h.audited("surrogate.fee", "agent"));
    }

    @Test
    void aCaseIsSubmittedOnceAndASupplementAnswersOnlyADeficiency() {
        List<SubmittedMaterial> more = List.of(new SubmittedMaterial("M02", "scan/M02.pdf", null));
        assertEquals(409, status(assertThrows(RuntimeException.class, () -> changes.supplement(AGENT, k.ref(), more))));
        OnBehalfCase submitted = changes.submit(AGENT, k.ref());
        assertEquals(OnBehalfStatus.SUBMITTED, submitted.status());
        assertTrue(submitted.submittedAt() != null);
        assertTrue(h.outboxTypes().contains(ForwardedInbound.APPLICATION), h.outboxTypes().toString());
        assertEquals(409, status(assertThrows(RuntimeException.class, () -> changes.submit(AGENT, k.ref()))));
        assertEquals(400, status(assertThrows(RuntimeException.class, () -> changes.supplement(AGENT, k.ref(), List.of()))));
    }

    @Test
    void whatChangesHandsIsLedgeredBetweenTheRightParties() {
        OnBehalfCase handed = changes.handOver(AGENT, k.ref(), HandOverStep.MATERIALS_FROM_APPLICANT, " 申请表 ", null);
        assertEquals(1, handed.handOvers().size());
        assertEquals("李四", handed.handOvers().get(0).fromParty());
        assertEquals("东关村代办点", handed.handOvers().get(0).toParty());
        assertEquals("申请表", handed.handOvers().get(0).items());
        assertEquals(400, status(assertThrows(RuntimeException.class,
                () -> changes.handOver(AGENT, k.ref(), HandOverStep.MATERIALS_TO_CENTRE, " ", null))));
    }

    @Test
    void freeServicesAreNotedAndCountedInTheFigures() {
        changes.provide(AGENT, k.ref(), FreeServiceKind.COPY, 3, " 身份证 ");
        OnBehalfCase k2 = changes.provide(AGENT, k.ref(), FreeServiceKind.COPY, 2, null);
        assertEquals(2, k2.freeServices().size());
        assertEquals("身份证", k2.freeServices().get(0).detail());
        NetworkCase figures = h.tx.read(c -> NetworkCaseStore.list(c, null)).get(0);
        assertEquals(5, figures.freeCopies());
        assertEquals(3, figures.revision(), "opened, then two changes");
    }
}
