package org.tongban.surrogate;

/**
 * OPEN while the agent collects; SUBMITTED once sent up; then as the deciding node reports: ACCEPTED, DEFICIENT (the
 * notice lists what is missing), REFUSED, DECIDED; CLOSED when the result is handed to the applicant.
 */
public enum OnBehalfStatus {
    OPEN, SUBMITTED, ACCEPTED, DEFICIENT, REFUSED, DECIDED, CLOSED
}
