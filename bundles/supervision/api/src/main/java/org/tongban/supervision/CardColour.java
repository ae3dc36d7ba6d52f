package org.tongban.supervision;

/** A warning before the due date; a yellow card once overdue (1 working day by default); red when later (2+). */
public enum CardColour {
    WARNING, YELLOW, RED
}
