package org.tongban.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tongban.core.validation.CreditCode;
import org.tongban.core.validation.MobileNumber;
import org.tongban.core.validation.ResidentId;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantType;
import org.tongban.intake.Application;
import org.tongban.intake.SubmittedMaterial;

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
        if (a.externalRef() != null && a.externalRef().length() > 120) {
            p.add("externalRef is at most 120 characters");
        }
        p.addAll(materialProblems(a.materials()));
        Applicant applicant = a.applicant();
        if (applicant == null || applicant.type() == null) {
            p.add("applicant with its type (PERSON or ORGANISATION) is required");
            return p;
        }
        if (applicant.name() == null || applicant.name().isBlank()) {
            p.add("applicant.name is required");
        } else if (applicant.name().length() > 200) {
            p.add("applicant.name is at most 200 characters");
        }
        var id = applicant.type() == ApplicantType.PERSON ? ResidentId.validate(applicant.idNumber())
                : CreditCode.validate(applicant.idNumber());
        id.errors().forEach(e -> p.add("applicant.idNumber: " + e));
        var mobile = MobileNumber.validate(applicant.mobile());
        mobile.errors().forEach(e -> p.add("applicant.mobile: " + e));
        return p;
    }

    /** Every material names its checklist code; references are what a file store or e-certificate system issues. */
    public static List<String> materialProblems(List<SubmittedMaterial> materials) {
        List<String> p = new ArrayList<>();
        for (int i = 0; i < materials.size(); i++) {
            SubmittedMaterial m = materials.get(i);
            if (m == null) {
                p.add("materials[" + i + "] is empty");
            } else if (m.code() == null || m.code().isBlank() || m.code().length() > 50) {
                p.add("materials[" + i + "].code is required (the checklist code, at most 50 characters)");
            } else if (m.fileRef() != null && m.fileRef().length() > 200
                    || m.eCertificateRef() != null && m.eCertificateRef().length() > 200) {
                p.add("material " + m.code() + ": fileRef and eCertificateRef are at most 200 characters");
            }
        }
        return p;
    }

    /**
     * A {@code file:} reference must name a file handed in here ({@code uploaded} says which are); anything else refers
     * to an external store.
     */
    static List<String> unknownFiles(List<SubmittedMaterial> materials, Predicate<String> uploaded) {
        return materials.stream().filter(m -> m.fileRef() != null && m.fileRef().startsWith("file:"))
                .filter(m -> !uploaded.test(m.fileRef()))
                .map(m -> "materials " + m.code() + ": no uploaded file " + m.fileRef() + " (upload it with POST /api/v1/files)").toList();
    }
}
