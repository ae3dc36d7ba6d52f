package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.ServiceItem;
import org.tongban.intake.Application;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Defaulter;
import org.tongban.intake.IntakeCheck;
import org.tongban.intake.Notice;
import org.tongban.intake.ReviewTask;

/**
 * 失信联合惩戒: a listed judgment defaulter does not get the green channel (绿色通道) on the items the restriction names;
 * the case is queued as any other, the answer says so and the refusal is audited as its own event.
 */
class DefaulterPriorityTest {

    private static final ServiceItem FOOD = Items.food(CaseKind.PROMISED);
    private static final String OTHER = "91370783MA3C000013";

    private static IntakeHarness listed(Map<String, Object> config) {
        IntakeHarness h = new IntakeHarness(config, FOOD);
        h.defaulters.put(new Defaulter(Callers.COMPANY, "寿光市某某食品有限公司", "(2025)鲁0783执1234号", LocalDate.of(2025, 3, 1), "court"),
                "supervisor", "supervisor");
        return h;
    }

    /** A complete application on the green channel. */
    private static Application greenChannel(String applicantId) {
        Application a = Cases.complete(FOOD, applicantId, false, "M01", "M02", "M04", "M05");
        return new Application(a.itemCode(), a.applicant(), a.form(), a.materials(), a.channel(), a.commitmentSigned(), a.window(),
                a.externalRef(), true);
    }

    /** Whether the case is first in line in the food department's queue as a green-channel case. */
    private static boolean queuedFirst(IntakeHarness h, String number) {
        h.intake.transition(Callers.clerk(), number, CaseStatus.RECEIVED, null);
        h.intake.transition(Callers.clerk(), number, CaseStatus.DISPATCHED, null);
        List<ReviewTask> queue = h.intake.reviewQueue(Callers.reviewer(Callers.FOOD_DEPT), Callers.FOOD_DEPT, 10);
        return queue.stream().filter(t -> t.kase().caseNumber().equals(number)).findFirst().orElseThrow().priority();
    }

    @Test
    void aListedApplicantsGreenChannelIsRefusedTheAnswerSaysSoAndItIsAudited() {
        IntakeHarness h = listed(Map.of());
        CaseView v = h.intake.submit(Callers.clerk(), greenChannel(Callers.COMPANY));
        assertEquals(CaseStatus.ACCEPTED, v.status(), "the application itself goes on by the ordinary rules");
        List<String> codes = v.notices().stream().map(Notice::code).toList();
        assertTrue(codes.contains("priority.refused"), codes.toString());
        String told = v.notices().stream().filter(n -> n.code().equals("priority.refused")).findFirst().orElseThrow().text();
        assertTrue(told.contains("失信被执行人") && told.contains("绿色通道"), told);
        assertEquals(List.of("case.submitted", "case.priority_refused", "case.accepted"),
                h.actions().subList(h.actions().size() - 3, h.actions().size()));
        assertTrue(h.audit.stream().filter(e -> e.action().equals("case.priority_refused")).findFirst().orElseThrow()
                .detail().contains("green channel"), "staff read the reason in the timeline");
        assertEquals(List.of("case.submitted", "case.priority_refused", "case.accepted"),
                h.events.stream().map(e -> e.type()).toList());
        assertFalse(queuedFirst(h, v.caseNumber()), "the case is queued as any other");
    }

    @Test
    void preReviewTellsTheListedApplicantBeforehand() {
        IntakeCheck check = listed(Map.of()).intake.preReview(greenChannel(Callers.COMPANY));
        assertTrue(check.priorityRefusal() != null && check.priorityRefusal().contains("绿色通道"), String.valueOf(check.priorityRefusal()));
        assertEquals(null, listed(Map.of()).intake.preReview(greenChannel(OTHER)).priorityRefusal(), "an unlisted applicant is told nothing");
    }

    @Test
    void anUnlistedApplicantAndAnExemptItemKeepTheGreenChannel() {
        IntakeHarness h = listed(Map.of());
        CaseView other = h.intake.submit(Callers.clerk(), greenChannel(OTHER));
        assertTrue(other.notices().stream().noneMatch(n -> n.code().equals("priority.refused")));
        assertTrue(queuedFirst(h, other.caseNumber()));
        IntakeHarness exempt = listed(Map.of("defaulterCommitmentExempt", new String[] {FOOD.implementationCode()}));
        CaseView kept = exempt.intake.submit(Callers.clerk(), greenChannel(Callers.COMPANY));
        assertTrue(queuedFirst(exempt, kept.caseNumber()));
        assertFalse(exempt.actions().contains("case.priority_refused"));
    }

    @Test
    void anApplicationOffTheGreenChannelRecordsNoRefusal() {
        IntakeHarness h = listed(Map.of());
        h.intake.submit(Callers.clerk(), Cases.complete(FOOD, Callers.COMPANY, false, "M01", "M02", "M04", "M05"));
        assertFalse(h.actions().contains("case.priority_refused"));
    }
}
