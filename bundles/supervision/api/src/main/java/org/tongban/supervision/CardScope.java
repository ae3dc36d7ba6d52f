package org.tongban.supervision;

/** What a card is about: the whole case (its lead department answers) or one department's open review step. */
public enum CardScope {
    CASE, STEP
}
