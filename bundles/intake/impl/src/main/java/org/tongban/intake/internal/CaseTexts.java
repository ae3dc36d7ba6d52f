package org.tongban.intake.internal;

import java.util.List;
import java.util.Locale;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.intake.CaseView;
import org.tongban.intake.Notice;

/**
 * The language of what a case tells its reader: Chinese for applicants and by default; English for staff whose
 * Accept-Language prefers it (the notices, an intake refusal's reason and the commitment refusal are worded again).
 */
public final class CaseTexts {

    private static final List<Role> STAFF = List.of(Role.CLERK, Role.REVIEWER, Role.AGENT, Role.SUPERVISOR, Role.OPS);

    private CaseTexts() {
    }

    /** The language for this caller: the first of its preferred languages we have, when staff; Chinese otherwise. */
    public static Locale language(Caller caller, List<Locale> preferred) {
        if (STAFF.stream().noneMatch(caller::has) || preferred == null) {
            return Messages.CHINESE;
        }
        for (Locale l : preferred) {
            if ("zh".equals(l.getLanguage()) || Messages.english(l)) {
                return Messages.english(l) ? Locale.ENGLISH : Messages.CHINESE;
            }
        }
        return Messages.CHINESE;
    }

    public static CaseView in(CaseView v, Locale locale) {
        if (!Messages.english(locale)) {
            return v;
        }
        List<Notice> notices = v.notices().stream().map(n -> CaseNotices.in(n, locale)).toList();
        String refusal = v.notices().stream().filter(n -> n.code().startsWith("refused.scope.")).findFirst()
                .map(n -> Messages.text(locale, n.code(), n.args())).orElse(v.refusalReason());
        String commitment = v.commitmentRefusal() == null ? null : Messages.text(locale, "commitment.refused");
        return new CaseView(v.caseNumber(), v.itemCode(), v.itemVersion(), v.itemName(), v.status(), v.applicantName(),
                v.applicantIdMasked(), v.channel(), v.acceptedOn(), v.promisedDate(), v.timeBudget(), v.missingMaterials(),
                v.toleratedMaterials(), v.toleranceDue(), v.replacedByCommitment(), v.creditFlag(), v.outcome(), v.decisionRule(),
                v.decidedOn(), refusal, v.result(), v.delivery(), v.reviewSteps(), v.suspensions(), v.extensions(),
                v.createdAt(), v.updatedAt(), v.datesProvisional(), v.queryCode(), v.form(), v.materials(), v.refusalDecision(),
                commitment, v.postApprovalCheck(), notices);
    }

    /** A message of the bundle in a language (e.g. a problem's detail). */
    public static String text(Locale locale, String code) {
        return Messages.text(locale, code);
    }
}
