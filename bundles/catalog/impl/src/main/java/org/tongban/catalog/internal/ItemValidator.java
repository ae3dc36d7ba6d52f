package org.tongban.catalog.internal;

import org.tongban.core.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.DecisionRule;
import org.tongban.catalog.Department;
import org.tongban.catalog.Material;
import org.tongban.catalog.RuleOperator;
import org.tongban.catalog.ServiceItem;
import org.tongban.core.validation.CreditCode;

/** Every fault of an item at once, so an import report tells ops everything to fix in one pass. */
public final class ItemValidator {

    /** No service fee comes near this; it keeps the amount a number every store and reader takes. */
    private static final BigDecimal MAX_FEE = new BigDecimal("1000000000");
    /** What a version's stored JSON may take (catalog_item_version.body). */
    static final int MAX_STORED_CHARS = 32_000;

    private ItemValidator() {
    }

    public static List<String> problems(ServiceItem item) {
        List<String> p = new ArrayList<>();
        if (item.implementationCode() == null || !item.implementationCode().matches("[0-9A-Za-z]{1,50}")) {
            p.add("implementationCode must be 1-50 letters or digits");
        }
        if (item.baseCode() != null && !item.baseCode().matches("[0-9A-Za-z]{0,50}")) {
            p.add("baseCode must be at most 50 letters or digits");
        }
        if (Text.blank(item.name()) || item.name().length() > 200) {
            p.add("name is required (at most 200 characters)");
        }
        required(p, item.itemType(), "itemType");
        required(p, item.exerciseLevel(), "exerciseLevel");
        required(p, item.caseKind(), "caseKind");
        department(p, item.department(), "department");
        Set<String> departments = new HashSet<>();
        if (item.department() != null) {
            departments.add(item.department().creditCode());
        }
        for (Department d : item.jointDepartments()) {
            department(p, d, "jointDepartments");
            if (d != null && !departments.add(d.creditCode())) {
                p.add("jointDepartments repeats department " + d.creditCode());
            }
        }
        if (item.applicantKinds().isEmpty()) {
            p.add("applicantKinds must name at least one kind of applicant");
        }
        if (item.handlingForms().isEmpty()) {
            p.add("handlingForms must name at least one way of handling");
        }
        limits(p, item);
        if (item.fee() == null || item.fee().amount() == null || item.fee().amount().compareTo(BigDecimal.ZERO) < 0) {
            p.add("fee.amount is required and not negative (0 for a free item)");
        } else if (item.fee().amount().compareTo(MAX_FEE) > 0) {
            p.add("fee.amount is at most " + MAX_FEE.toPlainString() + " (yuan)");
        } else if (item.fee().amount().signum() > 0 && Text.blank(item.fee().basis())) {
            p.add("fee.basis is required when the item charges a fee");
        }
        if (Text.blank(item.legalBasis())) {
            p.add("legalBasis is required");
        }
        if (item.handledAt().isEmpty()) {
            p.add("handledAt must name at least one node level");
        }
        materials(p, item.materials());
        review(p, item);
        if (p.isEmpty() && CatalogJson.write(item).length() > MAX_STORED_CHARS) {
            p.add("the item's texts are too long to keep (at most " + MAX_STORED_CHARS
                    + " characters of JSON in all): shorten its legal basis, conditions or materials");
        }
        return p;
    }

    private static void limits(List<String> p, ServiceItem item) {
        if (item.statutoryLimitDays() < 0 || item.promisedLimitDays() < 0) {
            p.add("time limits cannot be negative");
        } else if (item.promisedLimitDays() > item.statutoryLimitDays()) {
            p.add("promisedLimitDays (" + item.promisedLimitDays() + ") exceeds statutoryLimitDays (" + item.statutoryLimitDays() + ")");
        }
        if (item.caseKind() == CaseKind.INSTANT && item.promisedLimitDays() != 0) {
            p.add("an instant item is decided at once: promisedLimitDays must be 0");
        }
        if (item.caseKind() == CaseKind.PROMISED && item.promisedLimitDays() == 0) {
            p.add("a promised item needs promisedLimitDays of at least 1");
        }
    }

    private static void materials(List<String> p, List<Material> materials) {
        Set<String> codes = new HashSet<>();
        for (Material m : materials) {
            if (m == null || Text.blank(m.code()) || Text.blank(m.name())) {
                p.add("every material needs a code and a name");
                continue;
            }
            if (!codes.add(m.code())) {
                p.add("material code " + m.code() + " is used twice");
            }
            if (m.form() == null || m.requirement() == null) {
                p.add("material " + m.code() + " needs a form and a requirement");
            }
            if (m.copies() < 0) {
                p.add("material " + m.code() + " cannot have negative copies");
            }
        }
    }

    private static void review(List<String> p, ServiceItem item) {
        int departments = 1 + item.jointDepartments().size();
        if (item.approvalsRequired() < 0 || item.approvalsRequired() > departments) {
            p.add("approvalsRequired must be 0 (all) or between 1 and the " + departments + " reviewing department(s)");
        }
        if (!item.decisionRules().isEmpty() && item.caseKind() != CaseKind.INSTANT) {
            p.add("decisionRules belong to instant items only");
        }
        Set<String> ids = new HashSet<>();
        for (DecisionRule r : item.decisionRules()) {
            if (r == null || Text.blank(r.id()) || Text.blank(r.description()) || Text.blank(r.field()) || r.operator() == null || r.outcome() == null) {
                p.add("every decision rule needs an id, a description, a field, an operator and an outcome");
                continue;
            }
            if (!ids.add(r.id())) {
                p.add("decision rule id " + r.id() + " is used twice");
            }
            if (r.operator().needsValue() && Text.blank(r.value())) {
                p.add("decision rule " + r.id() + ": " + r.operator() + " needs a value");
            }
            if ((r.operator() == RuleOperator.AT_LEAST || r.operator() == RuleOperator.AT_MOST) && !Text.blank(r.value())
                    && !r.value().trim().matches("-?\\d+(\\.\\d+)?")) {
                p.add("decision rule " + r.id() + ": " + r.operator() + " compares numbers, not '" + r.value() + "'");
            }
        }
    }

    private static void department(List<String> p, Department d, String field) {
        if (d == null || Text.blank(d.name())) {
            p.add(field + " needs a credit code and a name");
            return;
        }
        if (d.name().length() > 200) {
            p.add(field + " name is at most 200 characters");
        }
        var check = CreditCode.validate(d.creditCode());
        if (!check.valid()) {
            p.add(field + " " + d.name() + ": " + String.join("; ", check.errors()));
        }
    }

    private static void required(List<String> p, Object value, String field) {
        if (value == null) {
            p.add(field + " is required");
        }
    }

}
