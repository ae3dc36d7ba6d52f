package org.tongban.supervision;

/**
 * What a card is about: the whole case (its lead department answers), one department's open review step, or a task
 * another capability escalates with its own deadline (e.g. rectifying a bad review; the card's case number field
 * then holds the task's subject, such as {@code rectification:12}).
 */
public enum CardScope {
    CASE, STEP, TASK
}
