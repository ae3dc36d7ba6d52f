package org.tongban.intermediary.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.tongban.core.validation.DivisionCode;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyStatus;
import org.tongban.intermediary.CreditGrade;
import org.tongban.intermediary.Qualification;

/** Whether an agency may take part in a project on a day, and if not, why. Pure. */
public final class Eligibility {

    private Eligibility() {
    }

    public static Optional<String> whyNot(Agency a, String serviceCode, String areaCode, CreditGrade minimum, LocalDate day) {
        if (a.status() != AgencyStatus.ADMITTED) {
            return Optional.of(a.name() + ": not admitted (" + a.status() + ")");
        }
        if (a.blacklisting() != null && a.blacklisting().activeOn(day)) {
            return Optional.of(a.name() + ": blacklisted until " + a.blacklisting().until());
        }
        if (!a.creditGrade().meets(minimum)) {
            return Optional.of(a.name() + ": credit grade " + a.creditGrade() + (minimum == null ? "" : ", " + minimum + " or better required"));
        }
        Optional<Qualification> q = a.qualifications().stream().filter(x -> x.serviceCode().equals(serviceCode)).findFirst();
        if (q.isEmpty()) {
            return Optional.of(a.name() + ": no qualification for " + serviceCode);
        }
        if (q.get().validUntil().isBefore(day)) {
            return Optional.of(a.name() + ": qualification " + q.get().certificateNumber() + " expired on " + q.get().validUntil());
        }
        if (areaCode != null && a.serviceAreas().stream().noneMatch(area -> DivisionCode.isWithin(areaCode, area))) {
            return Optional.of(a.name() + ": does not serve " + areaCode);
        }
        return Optional.empty();
    }
}
