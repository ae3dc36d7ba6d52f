package org.tongban.evaluation;

/** Where an evaluation was given (GB/T 39734); SYSTEM_DEFAULT is the rating recorded when the applicant gave none. */
public enum EvaluationChannel {
    PC, MOBILE, QR_CODE, HALL_TABLET, HALL_KIOSK, PHONE, SMS, SYSTEM_DEFAULT
}
