package org.tongban.intake.internal;

import java.util.Map;
import org.tongban.catalog.ServiceItem;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantType;
import org.tongban.intake.Application;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.Channel;
import org.tongban.intake.SubmittedMaterial;

/** Applications and window moves for the harness tests. */
final class Cases {

    private Cases() {
    }

    static Application complete(ServiceItem item, String applicantId, boolean commitment, String... codes) {
        return new Application(item.implementationCode(), new Applicant(ApplicantType.ORGANISATION, "寿光市某某食品有限公司", applicantId,
                "13800138000"), Map.of("address", "文家街道1号"),
                java.util.Arrays.stream(codes).map(c -> new SubmittedMaterial(c, null, "ecert:" + c)).toList(), Channel.WINDOW, commitment);
    }

    /** Taken in with every material and dispatched to its departments. */
    static String dispatched(IntakeHarness h, ServiceItem item) {
        String number = h.intake.submit(Callers.clerk(), complete(item, Callers.COMPANY, false, "M01", "M02", "M04", "M05")).caseNumber();
        h.intake.transition(Callers.clerk(), number, CaseStatus.RECEIVED, null);
        h.intake.transition(Callers.clerk(), number, CaseStatus.DISPATCHED, null);
        return number;
    }

}
