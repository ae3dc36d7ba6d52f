package org.tongban.surrogate.internal;

import org.tongban.core.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.surrogate.FreeServiceKind;
import org.tongban.surrogate.HandOver;
import org.tongban.surrogate.HandOverStep;
import org.tongban.surrogate.OnBehalfRequest;
import org.tongban.surrogate.OnBehalfStatus;

/** The rules of on-behalf service: the authorisation, the order of hand-overs, the news from above. Pure. */
public final class OnBehalfRules {

    private OnBehalfRules() {
    }

    /** What an agent must have before opening a case; the applicant's own data is checked where the case is decided. */
    public static List<String> problems(OnBehalfRequest r) {
        List<String> p = new ArrayList<>();
        if (r == null) {
            return List.of("send the case as JSON");
        }
        if (r.itemCode() == null || r.itemCode().isBlank()) {
            p.add("itemCode is required");
        }
        if (r.applicant() == null || r.applicant().name() == null || r.applicant().idNumber() == null) {
            p.add("applicant with type, name, idNumber and mobile is required");
        }
        if (r.authorisation() == null || Text.blank(r.authorisation().signedBy()) || r.authorisation().signedOn() == null
                || Text.blank(r.authorisation().documentRef()) || Text.blank(r.authorisation().scope())) {
            p.add("authorisation is required: who signed it, when, for what (scope), and the scan of the signed paper (documentRef)");
        }
        if (r.greenChannel() && Text.blank(r.projectName())) {
            p.add("projectName is required for the green channel (the key project it serves)");
        }
        return p;
    }

    /**
     * Why this hand-over cannot be recorded now, or empty: materials are taken from the applicant while the case is at the
     * point, passed to the centre once it is sent up; the result comes from the centre once decided, and goes to the
     * applicant after it came, against a signed receipt (which closes the case).
     */
    public static Optional<String> whyNot(HandOverStep step, OnBehalfStatus status, List<HandOver> done, String receiptRef) {
        if (status == OnBehalfStatus.CLOSED) {
            return Optional.of("the case is closed");
        }
        return switch (step) {
            case MATERIALS_FROM_APPLICANT -> Optional.empty();
            case MATERIALS_TO_CENTRE -> status == OnBehalfStatus.OPEN
                    ? Optional.of("submit the case first: the centre takes the papers of a case it knows") : Optional.empty();
            case RESULT_FROM_CENTRE -> status != OnBehalfStatus.DECIDED && status != OnBehalfStatus.REFUSED
                    ? Optional.of("there is no result yet: the case is " + status) : Optional.empty();
            case RESULT_TO_APPLICANT -> done.stream().noneMatch(h -> h.step() == HandOverStep.RESULT_FROM_CENTRE)
                    ? Optional.of("the result has not come from the centre yet")
                    : Text.blank(receiptRef) ? Optional.of("the applicant signs for the result: receiptRef is the signed receipt")
                    : Optional.empty();
        };
    }

    /** What is wrong with a free service as recorded: every fault at once. */
    public static List<String> freeServiceProblems(FreeServiceKind kind, int quantity, String detail) {
        List<String> p = new ArrayList<>();
        if (kind == null) {
            p.add("kind is COPY (pages copied) or MAILING (items mailed)");
        }
        if (quantity < 1 || quantity > 10_000) {
            p.add("quantity is between 1 and 10000 (pages for copies, items for mail)");
        }
        if (kind == FreeServiceKind.MAILING && Text.blank(detail)) {
            p.add("a mailing names its carrier and tracking number in detail");
        }
        if (detail != null && detail.length() > 500) {
            p.add("detail is at most 500 characters");
        }
        return p;
    }

    /**
     * Why the centre cannot record this transfer now, or empty. The centre records its two ends of the trip: the
     * point's papers arriving (any time once the application is here) and the result leaving for the point (once the
     * case is decided or delivered, or the application was refused outright), each once. {@code done} is the centre's
     * own record of this application.
     *
     * @param forwarded  PENDING, DONE or REFUSED (intake's answer to the forwarded application)
     * @param caseStatus the deciding node's case status, null when there is no case
     */
    public static Optional<String> whyNotAtCentre(HandOverStep step, String forwarded, String caseStatus, List<HandOver> done) {
        if (step != HandOverStep.MATERIALS_TO_CENTRE && step != HandOverStep.RESULT_FROM_CENTRE) {
            return Optional.of(step + " happens at the point: the centre records MATERIALS_TO_CENTRE or RESULT_FROM_CENTRE");
        }
        if (done.stream().anyMatch(h -> h.step() == step)) {
            return Optional.of(step + " is recorded at the centre already");
        }
        if (step == HandOverStep.MATERIALS_TO_CENTRE) {
            return Optional.empty();
        }
        if ("REFUSED".equals(forwarded)) {
            return Optional.empty();
        }
        return "DECIDED".equals(caseStatus) || "DELIVERED".equals(caseStatus) || "REFUSED".equals(caseStatus) ? Optional.empty()
                : Optional.of("there is no result to give yet: the case is " + (caseStatus == null ? "not taken in yet" : caseStatus));
    }

    /**
     * What the point makes of a case status at the deciding node: DEFICIENT, ACCEPTED (from acceptance until the
     * decision), DECIDED (decided or delivered) or REFUSED; null for anything else.
     */
    public static String pointStatus(String caseStatus) {
        if (caseStatus == null) {
            return null;
        }
        return switch (caseStatus) {
            case "DEFICIENT" -> "DEFICIENT";
            case "ACCEPTED", "RECEIVED", "DISPATCHED", "UNDER_REVIEW" -> "ACCEPTED";
            case "DECIDED", "DELIVERED" -> "DECIDED";
            case "REFUSED" -> "REFUSED";
            default -> null;
        };
    }

    /** Whether the point, told {@code told} so far (null: nothing), is behind a case now at {@code now} (a point status). */
    public static boolean behind(String told, String now) {
        if (now == null) {
            return false;
        }
        return told == null || rank(OnBehalfStatus.valueOf(now)) > rank(OnBehalfStatus.valueOf(told));
    }

    /**
     * The status news from the deciding node leaves an on-behalf case in. News only moves a case forward (submitted,
     * deficient, accepted, then refused or decided; closed stays closed), so news applied again, or late, changes nothing.
     */
    public static OnBehalfStatus after(OnBehalfStatus current, String action) {
        OnBehalfStatus reported = switch (action) {
            case "case.deficient" -> OnBehalfStatus.DEFICIENT;
            case "case.accepted" -> OnBehalfStatus.ACCEPTED;
            case "case.refused", "surrogate.refused" -> OnBehalfStatus.REFUSED;
            case "case.decided" -> OnBehalfStatus.DECIDED;
            default -> current;
        };
        return rank(reported) > rank(current) ? reported : current;
    }

    private static int rank(OnBehalfStatus s) {
        return switch (s) {
            case OPEN -> 0;
            case SUBMITTED -> 1;
            case DEFICIENT -> 2;
            case ACCEPTED -> 3;
            case REFUSED, DECIDED -> 4;
            case CLOSED -> 5;
        };
    }

}
