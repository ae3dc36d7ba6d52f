package org.tongban.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.evaluation.CodeDirection;
import org.tongban.evaluation.EvaluationChannel;
import org.tongban.evaluation.RectificationStatus;
import org.tongban.evaluation.RectificationStep;
import org.tongban.evaluation.Review;
import org.tongban.evaluation.Satisfaction;

class EvaluationRulesTest {

    private static final WorkingDayCalendar CALENDAR = OfficialCalendar.load();
    private static final Set<String> INDICATORS = Set.of("overall", "efficiency", "attitude");

    @Test
    void aReviewNeedsALevelAndAChannelOfTheApplicant() {
        assertEquals(List.of(), EvaluationRules.problems(
                new Review(Satisfaction.SATISFIED, EvaluationChannel.QR_CODE, Map.of("overall", 5, "attitude", 1), "好", false), INDICATORS));
        List<String> p = EvaluationRules.problems(new Review(null, EvaluationChannel.SYSTEM_DEFAULT,
                Map.of("speed", 3, "overall", 0), "x".repeat(2001), true), INDICATORS);
        assertEquals(5, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("level is required"));
        assertTrue(p.get(1).contains("SYSTEM_DEFAULT is the node's own"));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("scores.speed: not an indicator")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("scores.overall: a score is 1 to 5")));
        assertTrue(p.get(4).startsWith("comment is at most 2000"));
        assertEquals(1, EvaluationRules.problems(null, INDICATORS).size());
    }

    @Test
    void badReviewsAreTheBottomTwoLevels() {
        assertFalse(Satisfaction.BASIC.bad());
        assertTrue(Satisfaction.DISSATISFIED.bad());
        assertTrue(Satisfaction.VERY_DISSATISFIED.bad());
        assertEquals("非常不满意", Satisfaction.VERY_DISSATISFIED.label());
    }

    @ParameterizedTest
    @CsvSource({"VERY_SATISFIED,1,5", "SATISFIED,2,4", "BASIC,3,3", "DISSATISFIED,4,2", "VERY_DISSATISFIED,5,1"})
    void codesRunInOppositeDirectionsPerCounterparty(Satisfaction level, int gbt39046, int provincial) {
        assertEquals(gbt39046, CodeDirection.SATISFIED_FIRST.code(level));
        assertEquals(provincial, CodeDirection.DISSATISFIED_FIRST.code(level));
        assertEquals(level, CodeDirection.SATISFIED_FIRST.level(gbt39046));
        assertEquals(level, CodeDirection.DISSATISFIED_FIRST.level(provincial));
    }

    @Test
    void aCodeOutsideOneToFiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CodeDirection.SATISFIED_FIRST.level(0));
        assertThrows(IllegalArgumentException.class, () -> CodeDirection.DISSATISFIED_FIRST.level(6));
    }

    @Test
    void theDefaultRatingIsDueTheDayAfterSevenCalendarDays() {
        LocalDate invited = LocalDate.of(2026, 9, 29);
        LocalDate expires = EvaluationRules.expiresOn(invited, 7);
        assertEquals(LocalDate.of(2026, 10, 6), expires, "calendar days, holidays included");
        assertFalse(EvaluationRules.defaultDue(expires, LocalDate.of(2026, 10, 6)), "the last day is still the applicant's");
        assertTrue(EvaluationRules.defaultDue(expires, LocalDate.of(2026, 10, 7)));
    }

    @ParameterizedTest
    @CsvSource({
        // opened, working days, due: the opening day is not counted; holidays and 调休 weekends as published
        "2026-09-29, 5, 2026-10-12",  // 09-30, (10-01..10-07 off), 10-08, 10-09, Sat 10-10 worked, Mon 10-12
        "2025-09-26, 5, 2025-10-10",  // DOMAIN.md's example: Sun 09-28 worked, 10-01..10-08 off
        "2026-02-13, 5, 2026-02-27",  // Sat 02-14 worked, Spring Festival 02-15..02-23 off
        "2026-06-18, 1, 2026-06-22",  // Dragon Boat 06-19..06-21
        "2025-12-30, 5, 2026-01-07",  // across the year: 12-31, (01-01..01-03 off), Sun 01-04 worked, 01-05..01-07
        "2026-10-09, 15, 2026-10-29", // the longest period local rules allow: Sat 10-10 worked, then three weeks less a day
    })
    void rectificationIsDueInWorkingDaysOnTheOfficialCalendar(LocalDate opened, int days, LocalDate due) {
        assertEquals(due, EvaluationRules.rectificationDue(CALENDAR, opened, days));
    }

    @Test
    void aTaskIsVerifiedRectifiedAnsweredInThatOrder() {
        RectificationStatus s = RectificationStatus.OPEN;
        assertThrows(IllegalStateException.class, () -> EvaluationRules.after(RectificationStatus.OPEN, RectificationStep.ANSWER));
        assertThrows(IllegalStateException.class, () -> EvaluationRules.after(RectificationStatus.OPEN, RectificationStep.RECTIFY));
        s = EvaluationRules.after(s, RectificationStep.VERIFY);
        assertEquals(RectificationStatus.VERIFIED, s);
        assertEquals(RectificationStatus.VERIFIED, EvaluationRules.after(s, RectificationStep.CALL_BACK), "a call-back moves nothing");
        assertEquals(RectificationStatus.ANSWERED, EvaluationRules.after(s, RectificationStep.ANSWER),
                "nothing to put right: answered after verification");
        s = EvaluationRules.after(s, RectificationStep.RECTIFY);
        assertThrows(IllegalStateException.class, () -> EvaluationRules.after(RectificationStatus.RECTIFIED, RectificationStep.VERIFY));
        assertEquals(RectificationStatus.ANSWERED, EvaluationRules.after(s, RectificationStep.ANSWER));
        IllegalStateException done = assertThrows(IllegalStateException.class,
                () -> EvaluationRules.after(RectificationStatus.CLOSED, RectificationStep.CALL_BACK));
        assertTrue(done.getMessage().contains("CLOSED"));
        assertThrows(IllegalStateException.class, () -> EvaluationRules.after(RectificationStatus.VOID, RectificationStep.VERIFY));
    }

    @Test
    void aNamedReviewClosesOnlyAfterItsCallBack() {
        assertTrue(EvaluationRules.whyNotClosable(RectificationStatus.RECTIFIED, false, true).isPresent());
        assertTrue(EvaluationRules.whyNotClosable(RectificationStatus.ANSWERED, true, false).orElseThrow().contains("回访"));
        assertTrue(EvaluationRules.whyNotClosable(RectificationStatus.ANSWERED, true, true).isEmpty());
        assertTrue(EvaluationRules.whyNotClosable(RectificationStatus.ANSWERED, false, false).isEmpty(), "anonymous: no call-back");
    }

    @Test
    void theApplicantRatesTheAnswerOnceAfterItWasGiven() {
        assertTrue(EvaluationRules.whyNoRating(RectificationStatus.VERIFIED, null).isPresent());
        assertTrue(EvaluationRules.whyNoRating(RectificationStatus.ANSWERED, null).isEmpty());
        assertTrue(EvaluationRules.whyNoRating(RectificationStatus.CLOSED, null).isEmpty());
        assertTrue(EvaluationRules.whyNoRating(RectificationStatus.CLOSED, Satisfaction.SATISFIED).isPresent());
    }

    @Test
    void invitationCodesAreUnambiguousAndDistinct() {
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = InvitationCodes.next();
            assertTrue(code.matches("[2-9A-HJKMNP-Z]{12}"), code);
            assertTrue(seen.add(code));
        }
        assertEquals("ABC", InvitationCodes.normalise(" abc "));
    }

    @Test
    void aConfigurationIsCheckedAndItsIndicatorsKeptInOrder() {
        assertEquals(List.of(), EvaluationRules.configProblems(config(7, 5, "overall, attitude")));
        assertEquals(3, EvaluationRules.configProblems(config(0, 16, "Overall")).size());
        assertEquals(List.of("overall", "attitude"), List.copyOf(EvaluationRules.indicators(" overall, attitude ,")));
    }

    private static EvaluationConfig config(int periodDays, int rectificationDays, String indicators) {
        return (EvaluationConfig) java.lang.reflect.Proxy.newProxyInstance(EvaluationConfig.class.getClassLoader(),
                new Class<?>[] {EvaluationConfig.class}, (p, m, a) -> switch (m.getName()) {
                    case "periodDays" -> periodDays;
                    case "rectificationDays" -> rectificationDays;
                    case "indicators" -> indicators;
                    default -> m.getDefaultValue();
                });
    }
}
