package org.tongban.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.core.fault.Conflict;
import org.tongban.core.fault.Invalid;
import org.tongban.core.fault.NotFound;
import org.tongban.evaluation.Appeal;
import org.tongban.evaluation.AppealStatus;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.EvaluationChannel;
import org.tongban.evaluation.RectificationStatus;
import org.tongban.evaluation.Review;
import org.tongban.evaluation.Satisfaction;

/** Appeals against bad reviews: one open at a time, decided by someone else; upheld, the review stops counting. */
class AppealsTest {

    private final EvaluationDb db = new EvaluationDb();

    private Evaluation reviewed(String number, Satisfaction level) {
        db.kase(number, "W01");
        String code = db.invitations.invite(number, "clerk1", "clerk").code();
        return db.reviews.evaluate(code, new Review(level, EvaluationChannel.HALL_TABLET, Map.of(), null, false));
    }

    @Test
    void anUpheldAppealLeavesTheReviewOutAndVoidsItsTask() {
        Evaluation bad = reviewed("A", Satisfaction.VERY_DISSATISFIED);
        Appeal filed = db.appeals.file(bad.id(), "评价与本件无关", "clerk1", "clerk");
        assertEquals(AppealStatus.PENDING, filed.status());
        assertThrows(Conflict.class, () -> db.appeals.file(bad.id(), "再次申诉", "clerk1", "clerk"), "one open appeal");
        assertThrows(Conflict.class, () -> db.appeals.decide(filed.id(), true, "成立", "clerk1", "supervisor"),
                "the one who filed it does not decide it");
        Appeal upheld = db.appeals.decide(filed.id(), true, "申诉成立", "sup1", "supervisor");
        assertEquals(List.of(AppealStatus.UPHELD, "申诉成立", "sup1"), List.of(upheld.status(), upheld.decision(), upheld.decidedBy()));
        assertEquals(AppealStatus.UPHELD, db.reviews.find(bad.id()).orElseThrow().appeal());
        assertEquals(RectificationStatus.VOID, db.rectifications.list(null, null, 10).get(0).status());
        assertEquals(1, db.closedEscalations.size(), "the void task's cards close");
        assertThrows(Conflict.class, () -> db.appeals.decide(filed.id(), false, "驳回", "sup2", "supervisor"), "decided once");
        assertTrue(db.appeals.find(filed.id() + 1).isEmpty());
        assertEquals(List.of(filed.id()), db.appeals.list(AppealStatus.UPHELD, 10).stream().map(Appeal::id).toList());
    }

    @Test
    void aRejectedAppealMayBeFiledAgainAndOnlyBadReviewsAreAppealed() {
        Evaluation bad = reviewed("A", Satisfaction.DISSATISFIED);
        long first = db.appeals.file(bad.id(), "评价与本件无关", "clerk1", "clerk").id();
        db.appeals.decide(first, false, "证据不足", "sup1", "supervisor");
        assertEquals(RectificationStatus.OPEN, db.rectifications.list(null, null, 10).get(0).status());
        db.appeals.file(bad.id(), "补充证据：监控录像", "clerk1", "clerk");
        assertThrows(Conflict.class, () -> db.appeals.file(reviewed("B", Satisfaction.SATISFIED).id(), "x", "clerk1", "clerk"));
        assertThrows(NotFound.class, () -> db.appeals.file(bad.id() + 100, "x", "clerk1", "clerk"));
        assertThrows(Invalid.class, () -> db.appeals.file(bad.id(), " ", "clerk1", "clerk"));
    }
}
