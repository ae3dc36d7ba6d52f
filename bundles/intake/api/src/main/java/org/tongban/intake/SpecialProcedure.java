package org.tongban.intake;

/** Special procedures (特别程序) during which the clock of a case stops. */
public enum SpecialProcedure {
    HEARING, TESTING, INSPECTION, EXPERT_REVIEW, QUARANTINE, OTHER
}
