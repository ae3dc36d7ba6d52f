package org.tongban.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongban.evaluation.EvaluationChannel;
import org.tongban.evaluation.Review;
import org.tongban.evaluation.Satisfaction;

/** 评价后取证: intake asks on the change that would hand the result out; what it reads there decides. */
class EvaluateFirstConditionTest {

    private final EvaluationDb db = new EvaluationDb();

    private static EvaluationConfig required(boolean required) {
        return (EvaluationConfig) java.lang.reflect.Proxy.newProxyInstance(EvaluationConfig.class.getClassLoader(),
                new Class<?>[] {EvaluationConfig.class}, (p, m, a) -> m.getName().equals("evaluateBeforeCollection") ? required
                        : m.getDefaultValue());
    }

    private Optional<String> unmet(EvaluateFirstCondition condition, String caseNumber) {
        return db.changes.apply(ch -> condition.unmetFor(ch, caseNumber));
    }

    @Test
    void aNodeThatDoesNotRequireItHandsResultsOutAtOnce() {
        db.kase("A", "W01");
        assertEquals(Optional.empty(), unmet(new EvaluateFirstCondition(required(false)), "A"));
    }

    @Test
    void whereRequiredTheResultWaitsForAnEvaluation() {
        EvaluateFirstCondition condition = new EvaluateFirstCondition(required(true));
        db.kase("A", "W01");
        assertTrue(unmet(condition, "A").orElseThrow().contains("POST /api/v1/evaluations/invitations"), "not invited yet");
        String code = db.invitations.invite("A", "clerk1", "clerk").code();
        assertTrue(unmet(condition, "A").orElseThrow().contains("invitation code " + code));
        db.reviews.evaluate(code, new Review(Satisfaction.SATISFIED, EvaluationChannel.HALL_TABLET, Map.of("overall", 5), null, false));
        int recorded = db.actions().size();
        assertEquals(Optional.empty(), unmet(condition, "A"));
        assertEquals(recorded, db.actions().size(), "asking records nothing on the change");
    }
}
