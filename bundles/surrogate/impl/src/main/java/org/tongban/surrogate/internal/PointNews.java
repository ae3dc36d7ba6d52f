package org.tongban.surrogate.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseFacts;
import org.tongban.intake.CaseView;

/**
 * News of the deciding node's case for the point it began at ({@code surrogate.case-news}): an intake event told
 * onwards, a catch-up of where the case is, or why it was not taken. {@code missing} is null when the news does not
 * tell it; {@code datesProvisional} travels as the text "true"/"false".
 */
record PointNews(String ref, String action, String caseNumber, String status, String outcome, List<String> missing,
                 LocalDate promisedDate, String datesProvisional, String refusalReason, String detail) {

    /** What the point is told of a change of its case here. */
    static PointNews of(String ref, CaseEvent e) {
        CaseFacts f = e.facts();
        return new PointNews(ref, e.type(), f.caseNumber(), f.status() == null ? null : f.status().name(),
                f.outcome() == null ? null : f.outcome().name(), f.missing(), f.promisedDate(), String.valueOf(f.datesProvisional()),
                f.refusalReason(), e.detail());
    }

    /** Where the case is now, told to a point that missed news ({@code action} the event that would have told it). */
    static PointNews caughtUp(String ref, String action, CaseView k) {
        return new PointNews(ref, action, k.caseNumber(), k.status().name(), k.outcome() == null ? null : k.outcome().name(),
                k.missingMaterials(), k.promisedDate(), null, null, "caught up: the case is " + k.status());
    }

    /** Why surrogate could not hand something on to intake ({@code action} surrogate.refused, surrogate.supplement-refused). */
    static PointNews refused(String ref, String action, String caseNumber, String reason) {
        return new PointNews(ref, action, caseNumber, null, null, null, null, null, null, reason);
    }

    /** The payload as it travels: every key, in this order, a date as ISO text. */
    Map<String, Object> payload() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", ref);
        m.put("action", action);
        m.put("caseNumber", caseNumber);
        m.put("status", status);
        m.put("outcome", outcome);
        m.put("missing", missing);
        m.put("promisedDate", promisedDate == null ? null : promisedDate.toString());
        m.put("datesProvisional", datesProvisional);
        m.put("refusalReason", refusalReason);
        m.put("detail", detail);
        return m;
    }

    /** News as it arrived; keys it does not know are ignored, a missing one is absent. */
    static PointNews read(String json) {
        return StoredJson.read(json, PointNews.class);
    }
}
