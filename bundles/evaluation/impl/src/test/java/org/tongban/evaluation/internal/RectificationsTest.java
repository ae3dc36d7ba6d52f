package org.tongban.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.core.fault.Conflict;
import org.tongban.core.fault.Invalid;
import org.tongban.core.fault.NotFound;
import org.tongban.evaluation.EvaluationChannel;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationStatus;
import org.tongban.evaluation.RectificationStep;
import org.tongban.evaluation.Review;
import org.tongban.evaluation.Satisfaction;

/** A bad review's task through its steps to closing, and the applicant's rating of the answer. */
class RectificationsTest {

    private final EvaluationDb db = new EvaluationDb();
    private String code;

    private long badReview(boolean anonymous) {
        db.kase("A", "W01");
        code = db.invitations.invite("A", "clerk1", "clerk").code();
        db.reviews.evaluate(code, new Review(Satisfaction.VERY_DISSATISFIED, EvaluationChannel.HALL_TABLET, Map.of(), "没人管", anonymous));
        return db.rectifications.list(null, null, 10).get(0).id();
    }

    @Test
    void aNamedReviewsTaskIsVerifiedAnsweredAndCalledBackBeforeItCloses() {
        long id = badReview(false);
        Rectification opened = db.rectifications.find(id).orElseThrow();
        assertEquals(List.of(RectificationStatus.OPEN, EvaluationDb.DAY.plusDays(7)), List.of(opened.status(), opened.dueDate()),
                "five working days from a Monday");
        assertThrows(Conflict.class, () -> db.rectifications.record(id, RectificationStep.ANSWER, "已处理", "r1", "reviewer"));
        db.rectifications.record(id, RectificationStep.VERIFY, "情况属实", "r1", "reviewer");
        assertEquals(RectificationStatus.ANSWERED,
                db.rectifications.record(id, RectificationStep.ANSWER, "已增设窗口", "r1", "reviewer").status());
        assertThrows(Conflict.class, () -> db.rectifications.close(id, "r1", "reviewer"), "a named review is called back first");
        db.rectifications.record(id, RectificationStep.CALL_BACK, "10月14日电话回访，申请人认可", "r1", "reviewer");
        Rectification closed = db.rectifications.close(id, "r1", "reviewer");
        assertEquals(List.of(RectificationStatus.CLOSED, EvaluationDb.DAY, "r1"), List.of(closed.status(), closed.closedOn(), closed.closedBy()));
        assertEquals(List.of(Rectifications.subject(id)), db.closedEscalations, "its cards close with it");
        assertThrows(Conflict.class, () -> db.rectifications.record(id, RectificationStep.CALL_BACK, "再次回访", "r1", "reviewer"));
    }

    @Test
    void stepsNeedTheirTextAndAKnownTask() {
        long id = badReview(true);
        assertThrows(Invalid.class, () -> db.rectifications.record(id, null, "x", "r1", "reviewer"));
        assertThrows(Invalid.class, () -> db.rectifications.record(id, RectificationStep.VERIFY, " ", "r1", "reviewer"));
        assertThrows(Invalid.class, () -> db.rectifications.record(id, RectificationStep.VERIFY, "x".repeat(EvaluationRules.MAX_TEXT + 1),
                "r1", "reviewer"));
        assertThrows(NotFound.class, () -> db.rectifications.record(id + 1, RectificationStep.VERIFY, "x", "r1", "reviewer"));
    }

    @Test
    void theApplicantRatesTheAnswerOnceWithTheirCode() {
        long id = badReview(true);
        assertThrows(Conflict.class, () -> db.rectifications.rate(code, Satisfaction.SATISFIED), "not answered yet");
        db.rectifications.record(id, RectificationStep.VERIFY, "情况属实", "r1", "reviewer");
        db.rectifications.record(id, RectificationStep.ANSWER, "已增设窗口", "r1", "reviewer");
        assertEquals("已增设窗口", db.rectifications.answer(code.toLowerCase()).orElseThrow().answer());
        db.rectifications.rate(code, Satisfaction.SATISFIED);
        assertEquals(Satisfaction.SATISFIED, db.rectifications.find(id).orElseThrow().applicantRating());
        assertThrows(Conflict.class, () -> db.rectifications.rate(code, Satisfaction.VERY_SATISFIED), "rated once");
        assertThrows(Invalid.class, () -> db.rectifications.rate(code, null));
        assertEquals(db.rectifications.close(id, "r1", "reviewer").status(), RectificationStatus.CLOSED, "an anonymous review is not called back");
    }

    @Test
    void theSweepAsksSupervisionAboutTasksDueWithinTenWorkingDays() {
        long id = badReview(true);
        db.rectifications.escalate(EvaluationDb.DAY);
        assertEquals(List.of(Rectifications.subject(id)), db.escalated);
    }
}
