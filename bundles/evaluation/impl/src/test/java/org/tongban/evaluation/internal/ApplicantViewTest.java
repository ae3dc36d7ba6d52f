package org.tongban.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationAnswer;
import org.tongban.evaluation.RectificationStatus;
import org.tongban.evaluation.Satisfaction;

class ApplicantViewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 12);

    private static Rectification task(RectificationStatus status, String answer, Satisfaction rating) {
        return new Rectification(7, 3, "CASE-1", "D1", "审批局", true, status, DAY, DAY.plusDays(7), "录像显示窗口人员王五答复不耐心",
                "对王五批评教育", answer, "10月14日由李四回访申请人 13912345678", rating, null, "reviewer-li", false);
    }

    @Test
    void theApplicantReadsTheAnswerAndTheStateAndNothingOfTheDepartmentsInnerWork() {
        RectificationAnswer a = ApplicantView.of(task(RectificationStatus.ANSWERED, "已向您致歉，并对窗口人员进行培训", null));
        assertEquals(RectificationStatus.ANSWERED, a.status());
        assertEquals("已向您致歉，并对窗口人员进行培训", a.answer());
        assertEquals("审批局", a.departmentName());
        assertEquals(DAY.plusDays(7), a.dueDate());
        assertTrue(a.ratable());
        String shown = a.toString();
        for (String inner : List.of("王五", "李四", "13912345678", "reviewer-li", "CASE-1")) {
            assertFalse(shown.contains(inner), inner + " in " + shown);
        }
        assertEquals(List.of("status", "departmentName", "openedOn", "dueDate", "answer", "applicantRating", "ratable"),
                Arrays.stream(RectificationAnswer.class.getRecordComponents()).map(RecordComponent::getName).toList(),
                "a field added here is shown to whoever holds the code: decide it is the applicant's to see");
    }

    @Test
    void beforeTheAnswerThereIsNothingToReadOrRate() {
        RectificationAnswer a = ApplicantView.of(task(RectificationStatus.VERIFIED, null, null));
        assertNull(a.answer());
        assertFalse(a.ratable());
        assertFalse(ApplicantView.of(task(RectificationStatus.CLOSED, "已整改", Satisfaction.SATISFIED)).ratable(), "rated once");
        assertTrue(ApplicantView.of(task(RectificationStatus.CLOSED, "已整改", null)).ratable());
    }

    @Test
    void idAndMobileNumbersInTheAnswerAreMasked() {
        assertEquals("已致电138****5678，核对证件110105********002X无误",
                ApplicantView.masked("已致电13812345678，核对证件11010519491231002X无误"));
        assertEquals("受理编号 2026101200001234567890 不变", ApplicantView.masked("受理编号 2026101200001234567890 不变"),
                "a longer number is not an ID or a phone");
    }
}
