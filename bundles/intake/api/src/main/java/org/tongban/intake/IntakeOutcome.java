package org.tongban.intake;

/** What the intake check decides for an application, before or at submission. */
public enum IntakeOutcome {
    /** Complete: accepted (受理), or for an instant item decided at once when a rule decides. */
    ACCEPTED,
    /** Only tolerable materials missing: accepted with a deadline to supply them (容缺受理). */
    ACCEPTED_WITH_TOLERANCE,
    /** Required materials missing or invalid: a one-time notice names all of them (一次性告知). */
    DEFICIENT,
    /** Not for this node or this applicant (不予受理), with the reason. */
    REFUSED
}
