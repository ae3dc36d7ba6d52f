package org.tongban.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tongban.intake.CaseOutcome;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.Notice;
import org.tongban.intake.PostCheckStatus;

/** What the applicant is told of a case now, worded from the message bundle in one language. Pure logic. */
final class CaseNotices {

    private CaseNotices() {
    }

    static List<Notice> of(StoredCase k, Locale locale) {
        List<Notice> out = new ArrayList<>();
        CaseDetails d = k.details;
        if (d.commitmentRefused()) {
            out.add(notice(locale, "commitment.refused"));
        }
        if (d.priorityRefused()) {
            out.add(notice(locale, "priority.refused"));
        }
        switch (k.status) {
            case DEFICIENT -> out.add(notice(locale, "notice.deficient", String.join("；", k.missing)));
            case REFUSED -> out.add(d.refusalCode() != null ? notice(locale, d.refusalCode(), k.itemName)
                    : notice(locale, "notice.refused", d.refusalReason() == null ? "" : d.refusalReason()));
            case REVOKED -> out.add(notice(locale, "notice.revoked", d.postCheck() == null ? "" : d.postCheck().finding()));
            default -> decided(k, locale, out);
        }
        if (!k.tolerated.isEmpty() && k.status != CaseStatus.DEFICIENT && k.toleranceDue != null) {
            out.add(notice(locale, "notice.tolerated", String.join("；", k.tolerated), k.toleranceDue.toString()));
        }
        if (d.postCheck() != null && d.postCheck().status() == PostCheckStatus.OPEN) {
            out.add(notice(locale, "notice.post-check", d.postCheck().dueOn().toString()));
        }
        return out;
    }

    private static void decided(StoredCase k, Locale locale, List<Notice> out) {
        if (k.acceptedOn != null && k.status != CaseStatus.DECIDED && k.status != CaseStatus.DELIVERED) {
            out.add(notice(locale, "notice.accepted", k.acceptedOn.toString(), String.valueOf(k.promisedDate)));
        } else if (k.outcome == CaseOutcome.APPROVED) {
            out.add(notice(locale, "notice.approved"));
        } else if (k.outcome == CaseOutcome.REJECTED && k.details.refusalDecision() != null) {
            out.add(notice(locale, "notice.not-granted", k.details.refusalDecision().reasons(), k.details.refusalDecision().legalBasis()));
        }
    }

    /** The notice worded in another language (its code and arguments are kept). */
    static Notice in(Notice n, Locale locale) {
        return new Notice(n.code(), n.args(), Messages.text(locale, n.code(), n.args()));
    }

    private static Notice notice(Locale locale, String code, String... args) {
        return new Notice(code, List.of(args), Messages.text(locale, code, args));
    }
}
