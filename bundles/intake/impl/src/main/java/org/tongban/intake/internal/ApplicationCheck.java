package org.tongban.intake.internal;

import java.util.ArrayList;
import java.util.List;
import org.tongban.core.validation.CreditCode;
import org.tongban.core.validation.MobileNumber;
import org.tongban.core.validation.ResidentId;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantType;
import org.tongban.intake.Application;

/** Every fault of an application's own data (not its materials), listed at once. */
public final class ApplicationCheck {

    private ApplicationCheck() {
    }

    public static List<String> problems(Application a) {
        List<String> p = new ArrayList<>();
        if (a.itemCode() == null || a.itemCode().isBlank()) {
            p.add("itemCode is required");
        }
        if (a.channel() == null) {
            p.add("channel is required (WINDOW, AGENT or ONLINE)");
        }
        if (a.window() != null && a.window().length() > 50) {
            p.add("window is at most 50 characters");
        }
        Applicant applicant = a.applicant();
        if (applicant == null || applicant.type() == null) {
            p.add("applicant with its type (PERSON or ORGANISATION) is required");
            return p;
        }
        if (applicant.name() == null || applicant.name().isBlank()) {
            p.add("applicant.name is required");
        }
        var id = applicant.type() == ApplicantType.PERSON ? ResidentId.validate(applicant.idNumber())
                : CreditCode.validate(applicant.idNumber());
        id.errors().forEach(e -> p.add("applicant.idNumber: " + e));
        var mobile = MobileNumber.validate(applicant.mobile());
        mobile.errors().forEach(e -> p.add("applicant.mobile: " + e));
        return p;
    }
}
