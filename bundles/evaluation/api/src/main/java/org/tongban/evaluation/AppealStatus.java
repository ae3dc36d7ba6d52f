package org.tongban.evaluation;

/** An appeal against a malicious or mistaken review: UPHELD takes the review out of the statistics (it stays on record). */
public enum AppealStatus {
    PENDING, UPHELD, REJECTED
}
