package org.tongban.intermediary.internal;

import org.tongban.core.text.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tongban.core.validation.CreditCode;
import org.tongban.core.validation.DivisionCode;
import org.tongban.core.validation.MobileNumber;
import org.tongban.intermediary.AgencyApplication;
import org.tongban.intermediary.ProjectRequest;
import org.tongban.intermediary.Qualification;
import org.tongban.intermediary.SelectionMethod;

/** Every fault of an agency's application or an owner's project, listed at once. Pure. */
public final class Requests {

    private Requests() {
    }

    public static List<String> problems(AgencyApplication a) {
        List<String> p = new ArrayList<>();
        if (a == null) {
            return List.of("send the agency as JSON");
        }
        CreditCode.validate(a.creditCode()).errors().forEach(e -> p.add("creditCode: " + e));
        if (Text.blank(a.name())) {
            p.add("name is required");
        }
        MobileNumber.validate(a.contactMobile()).errors().forEach(e -> p.add("contactMobile: " + e));
        if (a.serviceAreas().isEmpty()) {
            p.add("serviceAreas: at least one division code the agency serves");
        }
        for (String area : a.serviceAreas()) {
            DivisionCode.validate(area).errors().forEach(e -> p.add("serviceAreas " + area + ": " + e));
        }
        if (a.staffCount() < 1) {
            p.add("staffCount is at least 1");
        }
        if (a.qualifications().isEmpty()) {
            p.add("qualifications: at least one, for a service of the catalogue");
        }
        for (Qualification q : a.qualifications()) {
            if (q == null || Text.blank(q.serviceCode()) || Text.blank(q.certificateNumber()) || q.validUntil() == null) {
                p.add("qualifications: each names serviceCode, certificateNumber and validUntil");
            }
        }
        return p;
    }

    public static List<String> problems(ProjectRequest r, Instant now) {
        List<String> p = new ArrayList<>();
        if (r == null) {
            return List.of("send the project as JSON");
        }
        if (Text.blank(r.serviceCode())) {
            p.add("serviceCode is required");
        }
        if (Text.blank(r.title())) {
            p.add("title is required");
        }
        if (Text.blank(r.scope())) {
            p.add("scope is required: what the agency is to do");
        }
        if (Text.blank(r.ownerName())) {
            p.add("ownerName is required");
        }
        CreditCode.validate(r.ownerCreditCode()).errors().forEach(e -> p.add("ownerCreditCode: " + e));
        if (r.timeLimitDays() < 1) {
            p.add("timeLimitDays (working days) is at least 1");
        }
        DivisionCode.validate(r.areaCode()).errors().forEach(e -> p.add("areaCode: " + e));
        if (r.method() == null) {
            p.add("method is one of " + List.of(SelectionMethod.values()));
            return p;
        }
        if (r.method() != SelectionMethod.DIRECT && (r.registrationCloses() == null || !r.registrationCloses().isAfter(now))) {
            p.add("registrationCloses must be a future time: agencies register until then and bids stay sealed");
        }
        if (r.method().bidding() && r.method() != SelectionMethod.PROPOSAL_COMPARISON) {
            if (r.budgetMin() == null || r.budgetMax() == null) {
                p.add("budgetMin and budgetMax are required for " + r.method() + ": bids outside the range do not count");
            }
        } else if (r.method() == SelectionMethod.RANDOM_DRAW && r.fixedPrice() == null) {
            p.add("fixedPrice is required for a random draw: the owner fixes the price");
        }
        for (BigDecimal v : new BigDecimal[] {r.budgetMin(), r.budgetMax(), r.fixedPrice()}) {
            if (v != null && v.signum() <= 0) {
                p.add("prices are positive amounts in yuan");
                break;
            }
        }
        if (r.budgetMin() != null && r.budgetMax() != null && r.budgetMin().compareTo(r.budgetMax()) > 0) {
            p.add("budgetMin is above budgetMax");
        }
        return p;
    }

}
