package org.tongban.intermediary;

/** An agency's admission to the marketplace: PENDING review, ADMITTED (入驻) or REJECTED. */
public enum AgencyStatus {
    PENDING, ADMITTED, REJECTED
}
