package org.tongban.intake;

/** Where the application came in: a hall window, an agent (代办员) on the applicant's behalf, or online. */
public enum Channel {
    WINDOW, AGENT, ONLINE
}
