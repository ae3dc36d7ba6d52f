package org.tongban.intake;

/** How the result reaches the applicant (出件): picked up at a window, or sent by mail (邮寄). */
public enum DeliveryMethod {
    WINDOW, MAIL
}
