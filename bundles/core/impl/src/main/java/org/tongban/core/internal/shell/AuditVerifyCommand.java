package org.tongban.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.audit.AuditVerification;

@Service
@Command(scope = "tongban", name = "audit-verify",
        description = "Recomputes the audit hash chain up to its current head and names the first broken record")
public class AuditVerifyCommand implements Action {

    @Reference
    AuditTrail audit;

    @Override
    public Object execute() {
        System.out.println(describe(audit.verify()));
        return null;
    }

    /** The answer of GET /api/v1/audit/verify in words: what was covered, and what was chained meanwhile. */
    static String describe(AuditVerification v) {
        String text = v.intact()
                ? "Audit trail intact: " + v.recordsChecked() + " record(s) verified, up to record " + v.coveredUpTo() + "."
                : "Audit trail BROKEN at record " + v.firstBrokenSeq() + ": " + v.reason() + " (" + v.recordsChecked()
                        + " record(s) before it verified; head at record " + v.coveredUpTo() + ").";
        if (v.notYetCovered() > 0) {
            text += " " + v.notYetCovered() + " record(s) chained during the check are not covered yet;"
                    + " run it again to include them.";
        }
        return text;
    }
}
