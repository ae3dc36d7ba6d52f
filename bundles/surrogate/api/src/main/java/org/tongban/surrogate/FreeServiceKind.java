package org.tongban.surrogate;

/**
 * The free services a point gives the applicant besides carrying the case (便民服务): photocopies of the papers the
 * application needs (counted in pages), and mailing a result or papers at the point's expense (counted in items).
 */
public enum FreeServiceKind {
    COPY, MAILING
}
