package org.tongban.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.audit.AuditVerification;

@Service
@Command(scope = "tongban", name = "audit-verify", description = "Recomputes the audit hash chain and names the first broken record")
public class AuditVerifyCommand implements Action {

    @Reference
    AuditTrail audit;

    @Override
    public Object execute() {
        AuditVerification v = audit.verify();
        if (v.intact()) {
            System.out.println("Audit trail intact: " + v.recordsChecked() + " record(s) verified.");
        } else {
            System.out.println("Audit trail BROKEN at record " + v.firstBrokenSeq() + ": " + v.reason()
                    + " (" + v.recordsChecked() + " record(s) before it verified).");
        }
        return null;
    }
}
