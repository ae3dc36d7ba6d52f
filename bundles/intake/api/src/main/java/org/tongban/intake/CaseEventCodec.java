package org.tongban.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tongban.core.json.JsonConfig;
import org.tongban.core.outbox.OutboxEvent;

/**
 * The one wire form of a {@link CaseEvent}: a flat JSON object of the case's facts (ISO dates, enum names, the
 * detail), the same keys in the same order since payload version 1, because upper nodes, stored outbox rows and the
 * provincial hub read it. The reader ignores keys it does not know and takes a missing key as absent.
 */
public final class CaseEventCodec {

    private CaseEventCodec() {
    }

    /** The outbox payload of {@code e}: an ordered map that serialises to the version-1 JSON object. */
    public static Map<String, Object> payload(CaseEvent e) {
        CaseFacts f = e.facts();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseNumber", f.caseNumber());
        m.put("status", name(f.status()));
        m.put("itemCode", f.itemCode());
        m.put("itemVersion", f.itemVersion());
        m.put("itemName", f.itemName());
        m.put("departmentCode", f.departmentCode());
        m.put("departmentName", f.departmentName());
        m.put("applicantType", name(f.applicantType()));
        m.put("applicantName", f.applicantName());
        m.put("applicantIdMasked", f.applicantIdMasked());
        m.put("channel", name(f.channel()));
        m.put("externalRef", f.externalRef());
        m.put("acceptedOn", iso(f.acceptedOn()));
        m.put("promisedDate", iso(f.promisedDate()));
        m.put("toleranceDue", iso(f.toleranceDue()));
        m.put("datesProvisional", f.datesProvisional());
        m.put("outcome", name(f.outcome()));
        m.put("missing", f.missing());
        m.put("tolerated", f.tolerated());
        m.put("refusalReason", f.refusalReason());
        m.put("postCheckDue", iso(f.postCheckDue()));
        m.put("detail", e.detail());
        return m;
    }

    /** The payload as JSON text. */
    public static String json(CaseEvent e) {
        try {
            return JsonConfig.stored().writeValueAsString(payload(e));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("a case event did not serialise", x);
        }
    }

    /** Whether {@code type} is one intake emits (and {@link #read} turns into an event). */
    public static boolean isCaseEvent(String type) {
        return event(type, null, null).isPresent();
    }

    /** The case event of an outbox event; empty when its type is not a case event. */
    public static Optional<CaseEvent> read(OutboxEvent e) {
        try {
            return read(e.type(), e.payload());
        } catch (IllegalArgumentException x) {
            throw new IllegalArgumentException("event " + e.id() + ": " + x.getMessage(), x);
        }
    }

    /** The case event of type {@code type} with payload {@code json}; empty when the type is not a case event. */
    public static Optional<CaseEvent> read(String type, String json) {
        if (!isCaseEvent(type)) {
            return Optional.empty();
        }
        JsonNode p;
        try {
            p = JsonConfig.stored().readTree(json);
        } catch (JsonProcessingException x) {
            throw new IllegalArgumentException("the payload of " + type + " is not JSON", x);
        }
        if (p == null || !p.isObject()) {
            throw new IllegalArgumentException("the payload of " + type + " is not a JSON object");
        }
        return event(type, facts(p), text(p, "detail"));
    }

    /** The event of action {@code type}; empty for an action intake does not emit. */
    public static Optional<CaseEvent> event(String type, CaseFacts f, String detail) {
        if (type == null) {
            return Optional.empty();
        }
        if (type.startsWith("case.review.")) {
            return option(ReviewDecision.class, type.substring("case.review.".length()))
                    .map(d -> new CaseEvent.Reviewed(f, d, detail));
        }
        CaseEvent e = switch (type) {
            case "case.submitted" -> new CaseEvent.Submitted(f, detail);
            case "case.commitment_refused" -> new CaseEvent.CommitmentRefused(f, detail);
            case "case.priority_refused" -> new CaseEvent.PriorityRefused(f, detail);
            case "case.refused" -> new CaseEvent.Refused(f, detail);
            case "case.deficient" -> new CaseEvent.Deficient(f, detail);
            case "case.supplemented" -> new CaseEvent.Supplemented(f, detail);
            case "case.accepted" -> new CaseEvent.Accepted(f, detail);
            case "case.instant.held" -> new CaseEvent.Held(f, detail);
            case "case.received" -> new CaseEvent.Received(f, detail);
            case "case.dispatched" -> new CaseEvent.Dispatched(f, detail);
            case "case.under_review" -> new CaseEvent.ReviewStarted(f, detail);
            case "case.returned" -> new CaseEvent.Returned(f, detail);
            case "case.decided" -> new CaseEvent.Decided(f, detail);
            case "case.post_check_scheduled" -> new CaseEvent.PostChecked(f, CaseEvent.PostChecked.Stage.SCHEDULED, detail);
            case "case.post_check_passed" -> new CaseEvent.PostChecked(f, CaseEvent.PostChecked.Stage.PASSED, detail);
            case "case.revoked" -> new CaseEvent.Revoked(f, detail);
            case "case.suspended" -> new CaseEvent.Suspended(f, detail);
            case "case.resumed" -> new CaseEvent.Resumed(f, detail);
            case "case.extended" -> new CaseEvent.Extended(f, detail);
            case "case.dates_recomputed" -> new CaseEvent.DatesRecomputed(f, detail);
            case "case.completed" -> new CaseEvent.Completed(f, detail);
            case "case.delivered" -> new CaseEvent.Delivered(f, detail);
            default -> null;
        };
        return Optional.ofNullable(e);
    }

    private static CaseFacts facts(JsonNode p) {
        JsonNode version = p.get("itemVersion");
        JsonNode provisional = p.get("datesProvisional");
        return new CaseFacts(text(p, "caseNumber"), option(CaseStatus.class, text(p, "status")).orElse(null), text(p, "itemCode"),
                version != null && version.canConvertToInt() ? version.intValue() : 0, text(p, "itemName"),
                text(p, "departmentCode"), text(p, "departmentName"),
                option(ApplicantType.class, text(p, "applicantType")).orElse(null), text(p, "applicantName"),
                text(p, "applicantIdMasked"), option(Channel.class, text(p, "channel")).orElse(null), text(p, "externalRef"),
                date(p, "acceptedOn"), date(p, "promisedDate"), date(p, "toleranceDue"),
                provisional != null && provisional.isBoolean() && provisional.booleanValue(),
                option(CaseOutcome.class, text(p, "outcome")).orElse(null), texts(p, "missing"), texts(p, "tolerated"),
                text(p, "refusalReason"), date(p, "postCheckDue"));
    }

    private static String text(JsonNode p, String key) {
        JsonNode v = p.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode p, String key) {
        String s = text(p, key);
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static List<String> texts(JsonNode p, String key) {
        JsonNode v = p.get(key);
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    /** A value a newer node may have added to an enum reads as absent rather than failing the whole event. */
    private static <E extends Enum<E>> Optional<E> option(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
