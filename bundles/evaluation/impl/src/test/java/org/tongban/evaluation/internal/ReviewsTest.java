package org.tongban.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.core.fault.Conflict;
import org.tongban.core.fault.Invalid;
import org.tongban.core.fault.NotFound;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.EvaluationChannel;
import org.tongban.evaluation.Invitation;
import org.tongban.evaluation.Review;
import org.tongban.evaluation.Satisfaction;
import org.tongban.intake.CaseStatus;

/** The applicant's evaluation and follow-up, the default rating, and the list scoped by division. */
class ReviewsTest {

    private final EvaluationDb db = new EvaluationDb();

    private String invited(String number, String division) {
        db.kase(number, CaseStatus.DECIDED, EvaluationDb.DAY, "W01", division);
        return db.invitations.invite(number, "clerk1", "clerk").code();
    }

    private static Review review(Satisfaction level) {
        return new Review(level, EvaluationChannel.HALL_TABLET, Map.of("overall", 2), "排队太久", false);
    }

    @Test
    void aBadEvaluationOpensItsTaskAndOneFollowUpThenCounts() {
        String code = invited("A", null);
        Evaluation first = db.reviews.evaluate(code, review(Satisfaction.DISSATISFIED));
        assertEquals(List.of("A", "W01", "clerk1", "node-1"), List.of(first.caseNumber(), first.window(), first.clerk(), first.nodeId()));
        assertEquals(List.of("evaluation.invited", "evaluation.recorded", "evaluation.rectification.opened"), db.actions());
        assertEquals(db.actions(), db.events(), "each change has its event");
        assertEquals(1, db.rectifications.list(null, "d1", 10).size());
        assertThrows(Conflict.class, () -> db.reviews.evaluate(code, review(Satisfaction.SATISFIED)));

        Evaluation again = db.reviews.followUp(code, review(Satisfaction.SATISFIED));
        assertTrue(again.followUp());
        assertTrue(db.reviews.find(first.id()).orElseThrow().superseded(), "the follow-up replaces the first in the figures");
        assertThrows(Conflict.class, () -> db.reviews.followUp(code, review(Satisfaction.SATISFIED)));
        assertEquals(1, db.rectifications.list(null, null, 10).size(), "a good follow-up opens no task");
    }

    @Test
    void aFollowUpComesAfterAnEvaluationAndAnUnknownCodeIsNotFound() {
        String code = invited("A", null);
        assertThrows(Conflict.class, () -> db.reviews.followUp(code, review(Satisfaction.SATISFIED)));
        assertThrows(NotFound.class, () -> db.reviews.evaluate("ZZZZZZZZZZZZ", review(Satisfaction.SATISFIED)));
        assertThrows(Invalid.class, () -> db.reviews.evaluate(code, new Review(Satisfaction.SATISFIED, EvaluationChannel.HALL_TABLET,
                Map.of("speed", 5), null, false)), "an indicator this node does not score");
    }

    @Test
    void onceThePeriodEndsTheSystemRecordsTheDefaultRatingOnce() {
        String code = invited("A", null);
        db.today = EvaluationDb.DAY.plusDays(7);
        assertEquals(0, db.reviews.defaultExpired(db.today), "the last day is the applicant's");
        db.today = EvaluationDb.DAY.plusDays(8);
        assertEquals(1, db.reviews.defaultExpired(db.today));
        assertEquals(0, db.reviews.defaultExpired(db.today));
        Evaluation e = db.reviews.list("A", null, null, null, null, 10, null).get(0);
        assertEquals(List.of(Satisfaction.BASIC, EvaluationChannel.SYSTEM_DEFAULT), List.of(e.level(), e.channel()));
        assertFalse(e.named());
        String refused = assertThrows(Conflict.class, () -> db.reviews.evaluate(code, review(Satisfaction.SATISFIED))).getMessage();
        assertTrue(refused.contains("基本满意 was recorded by default"), refused);
        db.reviews.followUp(code, review(Satisfaction.SATISFIED));
    }

    @Test
    void aDivisionPrefixListsTheReviewsOfThoseDivisionsCasesOnly() {
        db.reviews.evaluate(invited("WENJIA", "370783003"), review(Satisfaction.SATISFIED));
        db.reviews.evaluate(invited("SHENGCHENG", "370783004"), review(Satisfaction.SATISFIED));
        db.reviews.evaluate(invited("NONE", null), review(Satisfaction.SATISFIED));
        assertEquals(List.of("WENJIA"), db.reviews.list(null, null, null, null, null, 50, "370783003").stream()
                .map(Evaluation::caseNumber).toList());
        assertEquals(2, db.reviews.list(null, null, null, null, null, 50, "370783").size());
        assertEquals(3, db.reviews.list(null, null, null, null, null, 50, null).size());
    }

    @Test
    void anInvitationCodeIsReadWhateverItsCase() {
        String code = invited("A", null);
        Invitation i = db.invitations.byCode(" " + code.toLowerCase() + " ").orElseThrow();
        assertEquals("A", i.caseNumber());
    }
}
