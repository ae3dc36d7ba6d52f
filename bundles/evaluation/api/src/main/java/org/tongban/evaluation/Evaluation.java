package org.tongban.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One evaluation of a case: the first, or the one follow-up (追评), which then counts for the case in the statistics
 * ({@code superseded} marks the first). Where the case was handled (item, department, window, clerk, node) is copied
 * in so statistics never join other capabilities' tables. {@code appeal} is null when none was filed.
 */
public record Evaluation(long id, String caseNumber, boolean followUp, Satisfaction level, EvaluationChannel channel,
                         Map<String, Integer> scores, String comment, boolean named, String itemCode, String itemName,
                         String departmentCode, String departmentName, String window, String clerk, String nodeId,
                         LocalDate evaluatedOn, Instant evaluatedAt, boolean superseded, AppealStatus appeal) {

    public Evaluation {
        scores = Map.copyOf(scores);
    }
}
