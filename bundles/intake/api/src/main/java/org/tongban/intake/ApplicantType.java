package org.tongban.intake;

/** A natural person (resident ID) or an organisation (unified social credit code). */
public enum ApplicantType {
    PERSON, ORGANISATION
}
