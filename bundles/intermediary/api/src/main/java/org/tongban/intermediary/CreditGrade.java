package org.tongban.intermediary;

/** Credit grades of GB/T 39683, A best. An E agency is not selected. */
public enum CreditGrade {
    A, B, C, D, E;

    /** The grade of a credit score 0–100: A from 90, B from 80, C from 70, D from 60; a veto fault is E outright. */
    public static CreditGrade of(int score, boolean vetoed) {
        if (vetoed) {
            return E;
        }
        return score >= 90 ? A : score >= 80 ? B : score >= 70 ? C : score >= 60 ? D : E;
    }

    /** Whether this grade meets a required minimum (null: any grade but E). */
    public boolean meets(CreditGrade minimum) {
        return this != E && (minimum == null || ordinal() <= minimum.ordinal());
    }
}
