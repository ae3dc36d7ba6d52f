package org.tongban.evaluation.internal;

/** A decided case as intake's read model (intake_case) shows it: what an invitation copies. */
record FinishedCase(String caseNumber, String status, String itemCode, String itemName, String departmentCode,
                    String departmentName, String window, String clerk) {

    boolean finished() {
        return "DECIDED".equals(status) || "DELIVERED".equals(status);
    }
}
