package org.tongban.evaluation.internal.rest;

import java.time.Instant;
import java.util.Map;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.EvaluationChannel;
import org.tongban.evaluation.Satisfaction;

/**
 * What the applicant's own evaluation answers on a public path: what they said, of which service and window. Not
 * the clerk's account, the node or the appeal: those are staff matters, and the path needs no login.
 */
public record ApplicantEvaluation(long id, String caseNumber, boolean followUp, Satisfaction level, EvaluationChannel channel,
                                  Map<String, Integer> scores, String comment, boolean named, String itemName,
                                  String departmentName, String window, Instant evaluatedAt) {

    static ApplicantEvaluation of(Evaluation e) {
        return new ApplicantEvaluation(e.id(), e.caseNumber(), e.followUp(), e.level(), e.channel(), e.scores(), e.comment(),
                e.named(), e.itemName(), e.departmentName(), e.window(), e.evaluatedAt());
    }
}
