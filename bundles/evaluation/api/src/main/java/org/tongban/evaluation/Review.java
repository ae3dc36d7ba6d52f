package org.tongban.evaluation;

import java.util.Map;

/**
 * What an applicant gives: the level, the channel, optional scores per indicator (overall, efficiency, attitude… each
 * 1–5, 5 best) and free text. An anonymous review is not called back.
 */
public record Review(Satisfaction level, EvaluationChannel channel, Map<String, Integer> scores, String comment,
                     boolean anonymous) {

    public Review {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        comment = comment == null || comment.isBlank() ? null : comment.trim();
    }
}
