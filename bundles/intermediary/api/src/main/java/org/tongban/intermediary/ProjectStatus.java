package org.tongban.intermediary;

/**
 * OPEN for registration until its window closes; then selected, or AWAITING_CHOICE of the owner (direct selection, a
 * credit short list, proposals), or FAILED (流标) with too few participants; CONTRACTED, DELIVERED, REVIEWED after;
 * CANCELLED by its owner before a contract.
 */
public enum ProjectStatus {
    OPEN, AWAITING_CHOICE, SELECTED, FAILED, CONTRACTED, DELIVERED, REVIEWED, CANCELLED
}
