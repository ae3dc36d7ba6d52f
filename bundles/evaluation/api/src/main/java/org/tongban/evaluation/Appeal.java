package org.tongban.evaluation;

import java.time.Instant;

/** An appeal against a review, with its review step's decision; recorded, never deleted. */
public record Appeal(long id, long evaluationId, String caseNumber, String reason, String filedBy, Instant filedAt,
                     AppealStatus status, String decision, String decidedBy, Instant decidedAt) {
}
