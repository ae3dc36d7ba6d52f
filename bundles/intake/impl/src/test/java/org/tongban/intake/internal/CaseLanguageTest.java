package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.ServiceItem;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantType;
import org.tongban.intake.Application;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Channel;
import org.tongban.intake.Notice;
import org.tongban.intake.ReviewDecision;
import org.tongban.intake.SubmittedMaterial;

/** What the applicant reads is Chinese, from the message bundle; staff may read it in English. */
class CaseLanguageTest {

    private static final ServiceItem FOOD = Items.food(CaseKind.PROMISED);   // for enterprises only
    private final IntakeHarness h = new IntakeHarness(FOOD);

    private static List<String> codes(CaseView v) {
        return v.notices().stream().map(Notice::code).toList();
    }

    @Test
    void aRefusalOfScopeIsChineseForTheApplicantAndEnglishForStaffWhoAsk() {
        Application person = new Application(FOOD.implementationCode(), new Applicant(ApplicantType.PERSON, "张三", "11010519491231002X",
                "13800138000"), Map.of(), List.of(new SubmittedMaterial("M01", null, "ecert:M01")), Channel.WINDOW, false);
        CaseView v = h.intake.submit(Callers.clerk(), person);
        assertEquals(CaseStatus.REFUSED, v.status());
        assertEquals("「食品经营许可」不受理自然人的申请，请由法人或者其他组织申请。", v.refusalReason());
        assertEquals(List.of("refused.scope.person"), codes(v));
        CaseView progress = h.intake.progress(v.caseNumber(), v.queryCode()).orElseThrow();
        assertEquals(v.refusalReason(), progress.refusalReason(), "the progress query reads Chinese");
        CaseView english = CaseTexts.in(v, Locale.ENGLISH);
        assertEquals("「食品经营许可」 is not for natural persons: an organisation applies for it.", english.refusalReason());
        assertEquals(english.refusalReason(), english.notices().get(0).text());
        assertTrue(h.audit.stream().anyMatch(e -> e.detail().contains("not for a natural person")), "the audit keeps the staff's words");
        assertTrue(IntakeGate.refusalCode(FOOD, ApplicantType.ORGANISATION).isEmpty());
    }

    @Test
    void theDeficiencyNoticeAndTheDecisionNotToGrantAreToldInChinese() {
        CaseView deficient = h.intake.submit(Callers.clerk(), Cases.complete(FOOD, Callers.COMPANY, false, "M01"));
        Notice notice = deficient.notices().get(0);
        assertEquals("notice.deficient", notice.code());
        assertEquals("一次性告知：申请材料不齐全或者不符合法定形式，请补正以下材料：M02 材料M02；M05 材料M05。", notice.text());
        assertTrue(CaseTexts.in(deficient, Locale.ENGLISH).notices().get(0).text().startsWith("One-time notice"));
        String number = Cases.dispatched(h, FOOD);
        CaseView refused = h.intake.review(Callers.reviewer(Callers.FOOD_DEPT), number, Callers.FOOD_DEPT, ReviewDecision.REJECT,
                "经营场所与住所不符", null);
        assertEquals(List.of("notice.not-granted"), codes(refused));
        assertTrue(refused.notices().get(0).text().contains("理由：经营场所与住所不符；依据：《食品安全法》")
                && refused.notices().get(0).text().contains("行政复议"), refused.notices().get(0).text());
    }

    @Test
    void staffChooseEnglishByAcceptLanguageApplicantsAlwaysReadChinese() {
        assertEquals(Locale.ENGLISH, CaseTexts.language(Callers.clerk(), List.of(Locale.FRENCH, Locale.US, Locale.CHINA)));
        assertEquals(Messages.CHINESE, CaseTexts.language(Callers.clerk(), List.of(Locale.CHINA, Locale.US)));
        assertEquals(Messages.CHINESE, CaseTexts.language(Callers.clerk(), List.of()));
        assertEquals(Messages.CHINESE, CaseTexts.language(Callers.applicant(Callers.COMPANY), List.of(Locale.US)));
    }
}
