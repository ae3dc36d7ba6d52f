package org.tongban.evaluation;

/** What statistics are grouped by. */
public enum Dimension {
    WINDOW, CLERK, DEPARTMENT, ITEM, NODE
}
