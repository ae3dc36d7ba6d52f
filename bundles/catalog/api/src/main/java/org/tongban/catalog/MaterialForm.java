package org.tongban.catalog;

/** What the applicant presents: the original, a copy, both, or an electronic document. */
public enum MaterialForm {
    ORIGINAL, COPY, ORIGINAL_AND_COPY, ELECTRONIC
}
