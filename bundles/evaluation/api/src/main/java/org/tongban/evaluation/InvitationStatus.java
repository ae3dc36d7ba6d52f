package org.tongban.evaluation;

/** OPEN until the applicant evaluates (EVALUATED) or the period runs out and the default rating is recorded (DEFAULTED). */
public enum InvitationStatus {
    OPEN, EVALUATED, DEFAULTED
}
