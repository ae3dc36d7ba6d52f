package org.tongban.intermediary;

/** A recorded fault: MINOR costs 5 credit points, SERIOUS 15; a VETO fault (fraud, bribery, forged reports) is grade E. */
public enum ViolationSeverity {
    MINOR, SERIOUS, VETO
}
