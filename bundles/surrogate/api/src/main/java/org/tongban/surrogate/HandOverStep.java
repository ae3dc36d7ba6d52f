package org.tongban.surrogate;

/**
 * The transfers of paper between the applicant, the point and the upper centre, in the order a case goes through them:
 * materials from the applicant to the point, on to the centre; the result from the centre to the point, on to the
 * applicant (against a signed receipt), which closes the case.
 */
public enum HandOverStep {
    MATERIALS_FROM_APPLICANT, MATERIALS_TO_CENTRE, RESULT_FROM_CENTRE, RESULT_TO_APPLICANT
}
