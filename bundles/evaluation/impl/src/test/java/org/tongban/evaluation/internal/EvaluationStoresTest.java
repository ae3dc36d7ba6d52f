package org.tongban.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.evaluation.Appeal;
import org.tongban.evaluation.AppealStatus;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.EvaluationChannel;
import org.tongban.evaluation.InvitationStatus;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationStatus;
import org.tongban.evaluation.Satisfaction;
import org.tongban.evaluation.SatisfactionLine;
import org.tongban.evaluation.Statistics;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.FinishedCase;

/** The SQL of 好差评 on a real Derby with evaluation's own migrations; intake's cases come from an in-test read service. */
class EvaluationStoresTest {

    private static final LocalDate DAY = EvaluationDb.DAY;
    private final EvaluationDb db = new EvaluationDb();
    private Connection c;

    @BeforeEach
    void database() throws SQLException {
        c = db.connection();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private void kase(String number, String status, LocalDate decided, String window) {
        db.kase(number, CaseStatus.valueOf(status), decided, window, null);
    }

    private String kase(String number, String window) {
        db.kase(number, window);
        return number;
    }

    private void department(String number, String code, String name) {
        FinishedCase k = db.cases.get(number);
        db.cases.put(number, new FinishedCase(number, k.status(), k.itemCode(), k.itemName(), code, name, k.window(), k.clerk(),
                k.divisionCode(), k.decidedOn()));
    }

    private long task(long evaluationId, String number, String department, String name, LocalDate on) throws SQLException {
        return RectificationStore.insert(c, new Rectification(0, evaluationId, number, department, name, true, RectificationStatus.OPEN, on,
                on.plusDays(7), null, null, null, null, null, null, null, false), 5, 0);
    }

    private Invited invite(String number) throws SQLException {
        FinishedCase k = db.cases.get(number);
        Invited i = new Invited(number, InvitationCodes.next(), k.itemCode(), k.itemName(), k.departmentCode(), k.departmentName(),
                k.window(), k.clerk(), DAY, DAY.plusDays(7), InvitationStatus.OPEN, k.divisionCode());
        InvitationStore.insert(c, i);
        return i;
    }

    private long evaluate(Invited i, Satisfaction level, boolean followUp, LocalDate on) throws SQLException {
        return ReviewStore.insert(c, new Evaluation(0, i.caseNumber(), followUp, level, EvaluationChannel.PC, Map.of("overall", 3),
                null, true, i.itemCode(), i.itemName(), i.departmentCode(), i.departmentName(), i.window(), i.clerk(), "node-1", on,
                Instant.now(), false, null), i.divisionCode());
    }

    @Test
    void onlyCasesWithoutAnInvitationAreLeftToInvite() throws SQLException {
        kase("A", "DECIDED", DAY, "W01");
        kase("B", "DELIVERED", DAY.minusDays(3), null);
        assertEquals(Set.of(), InvitationStore.invited(c, List.of("A", "B")));
        Invited a = invite("A");
        assertEquals("W01", a.window());
        assertEquals("clerk1", a.clerk());
        assertEquals(Set.of("A"), InvitationStore.invited(c, List.of("A", "B", "Z")));
        Invited stored = InvitationStore.ofCase(c, "A").orElseThrow();
        assertEquals(a.view(), stored.view());
        assertEquals("", stored.divisionCode(), "a case without a division is stored as none, not as not yet copied");
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> invite("A"));
    }

    /** One node, two streets: a street's supervisor lists the reviews of that street's cases only. */
    @Test
    void aDivisionPrefixListsTheReviewsOfThatDivisionsCases() throws SQLException {
        db.kase("WENJIA", CaseStatus.DECIDED, DAY, "W01", "370783003");
        db.kase("SHENGCHENG", CaseStatus.DECIDED, DAY, "W02", "370783004");
        evaluate(invite("WENJIA"), Satisfaction.SATISFIED, false, DAY);
        evaluate(invite("SHENGCHENG"), Satisfaction.DISSATISFIED, false, DAY);
        assertEquals(List.of("WENJIA"), ReviewStore.list(c, null, null, null, null, null, 50, "370783003").stream()
                .map(Evaluation::caseNumber).toList());
        assertEquals(2, ReviewStore.list(c, null, null, null, null, null, 50, null).size());

        // The street's supervisor's figures count that street's cases only, in every table they come from.
        List<StatisticsStore.LevelCount> street = StatisticsStore.levelCounts(c, Dimension.WINDOW, DAY, DAY, "370783003");
        assertEquals(1, street.size());
        assertEquals("W01", street.get(0).key());
        assertEquals(2, StatisticsStore.levelCounts(c, Dimension.WINDOW, DAY, DAY, null).size());
        assertEquals(List.of(), StatisticsStore.rectificationCounts(c, Dimension.WINDOW, DAY, DAY, "370783003"),
                "the other street's bad review opened its task there");
        assertEquals(1, StatisticsStore.monthlyCounts(c, DAY.withDayOfMonth(1), DAY, null, null, "370783003").stream()
                .mapToLong(StatisticsStore.MonthCount::count).sum());
    }

    @Test
    void oneEvaluationAndOneFollowUpPerCase() throws SQLException {
        kase("A", "DECIDED", DAY, "W01");
        Invited a = invite("A");
        evaluate(a, Satisfaction.DISSATISFIED, false, DAY);
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> evaluate(a, Satisfaction.SATISFIED, false, DAY));
        evaluate(a, Satisfaction.SATISFIED, true, DAY);
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> evaluate(a, Satisfaction.SATISFIED, true, DAY));
        assertEquals(Map.of("overall", 3), ReviewStore.evaluationOf(c, "A", false).orElseThrow().scores());
    }

    @Test
    void expiredInvitationsAreFoundAndClaimedOnce() throws SQLException {
        kase("A", "DECIDED", DAY, "W01");
        invite("A");
        assertEquals(List.of(), InvitationStore.expired(c, DAY.plusDays(7), 10), "the last day is the applicant's");
        assertEquals(1, InvitationStore.expired(c, DAY.plusDays(8), 10).size());
        assertTrue(InvitationStore.setStatus(c, "A", InvitationStatus.OPEN, InvitationStatus.DEFAULTED));
        assertTrue(!InvitationStore.setStatus(c, "A", InvitationStatus.OPEN, InvitationStatus.EVALUATED), "claimed once");
        assertEquals(List.of(), InvitationStore.expired(c, DAY.plusDays(8), 10));
    }

    @Test
    void statisticsCountEachCaseByItsLatestEvaluationAndLeaveUpheldAppealsOut() throws SQLException {
        kase("A", "DECIDED", DAY, "W01");
        kase("B", "DECIDED", DAY, "W01");
        kase("C", "DECIDED", DAY, "W02");
        Invited a = invite("A");
        Invited b = invite("B");
        Invited cc = invite("C");
        long first = evaluate(a, Satisfaction.VERY_DISSATISFIED, false, DAY);
        RectificationStore.insert(c, new Rectification(0, first, "A", "D1", "审批局", true, RectificationStatus.OPEN, DAY, DAY.plusDays(7),
                null, null, null, null, null, null, null, false), 5, 0);
        ReviewStore.supersede(c, first);
        evaluate(a, Satisfaction.SATISFIED, true, DAY.plusDays(2));
        long malicious = evaluate(b, Satisfaction.DISSATISFIED, false, DAY);
        ReviewStore.exclude(c, malicious);
        evaluate(cc, Satisfaction.DISSATISFIED, false, DAY);

        StatisticsBuilder s = new StatisticsBuilder();
        for (StatisticsStore.LevelCount r : StatisticsStore.levelCounts(c, Dimension.WINDOW, DAY, DAY.plusDays(30), null)) {
            s.level(r.key(), r.name(), r.level(), r.count());
        }
        for (StatisticsStore.RectificationCount r : StatisticsStore.rectificationCounts(c, Dimension.WINDOW, DAY, DAY.plusDays(30), null)) {
            s.rectification(r.key(), r.name(), r.bad(), r.rectified());
        }
        Statistics st = s.build(Dimension.WINDOW, DAY, DAY.plusDays(30));
        assertEquals(2, st.lines().size());
        assertEquals(1, st.lines().get(0).total(), "A counts once, by its follow-up; B's upheld appeal leaves it out");
        assertEquals(100.0, st.lines().get(0).satisfactionRate());
        assertEquals(1, st.lines().get(0).bad(), "the first review of A was bad and opened a task");
        assertEquals(0, st.lines().get(0).rectified());
        assertEquals(0.0, st.lines().get(1).satisfactionRate());
        List<StatisticsStore.MonthCount> months = StatisticsStore.monthlyCounts(c, DAY.withDayOfMonth(1), DAY.plusDays(30), Dimension.WINDOW, "W01", null);
        assertEquals(1, months.size());
        assertEquals(YearMonth.of(2026, 10), months.get(0).month());
    }

    /**
     * Ranked by department: two departments tie at 100% and share the first place; a department
     * whose only bad review of October was replaced by a follow-up in November is listed unranked, without a rate.
     */
    @Test
    void theRankingByDepartmentGroupsByDepartmentAndLeavesAGroupWithoutARateUnranked() throws SQLException {
        department(kase("A", "W01"), "D1", "审批局");
        department(kase("B", "W01"), "D2", "市场监管局");
        department(kase("C", "W02"), "D3", "住建局");
        department(kase("E", "W02"), "D4", "人社局");
        evaluate(invite("A"), Satisfaction.SATISFIED, false, DAY);
        evaluate(invite("B"), Satisfaction.VERY_SATISFIED, false, DAY);
        evaluate(invite("E"), Satisfaction.DISSATISFIED, false, DAY);
        Invited cc = invite("C");
        long first = evaluate(cc, Satisfaction.VERY_DISSATISFIED, false, DAY);
        task(first, "C", "D3", "住建局", DAY);
        ReviewStore.supersede(c, first);
        evaluate(cc, Satisfaction.SATISFIED, true, DAY.plusMonths(1));

        Statistics r = new StatisticsReads(db.tx).ranking(Dimension.DEPARTMENT, DAY.withDayOfMonth(1), DAY.withDayOfMonth(31), 3, null);
        assertEquals(List.of("D1", "D2", "D4"), r.lines().stream().map(SatisfactionLine::key).toList());
        assertEquals(List.of("审批局", "市场监管局", "人社局"), r.lines().stream().map(SatisfactionLine::name).toList());
        assertEquals(List.of(1, 1, 3), r.lines().stream().map(SatisfactionLine::rank).toList());
        assertEquals(List.of(false, false, true), r.lines().stream().map(SatisfactionLine::bottom).toList());
        SatisfactionLine d3 = r.unranked().get(0);
        assertEquals(List.of("D3", "住建局", 0L, 1L), List.of(d3.key(), d3.name(), d3.total(), d3.bad()));
        assertNull(d3.satisfactionRate(), "no evaluation of D3 counts in October: no rate, not 100%");
        assertEquals(1, r.unranked().size());
    }

    /** The applicant's code leads to the newest task of their case, and to nothing else. */
    @Test
    void anInvitationCodeLeadsToTheNewestTaskOfItsCaseOnly() throws SQLException {
        kase("A", "W01");
        kase("B", "W01");
        Invited a = invite("A");
        Invited b = invite("B");
        long firstTask = task(evaluate(a, Satisfaction.DISSATISFIED, false, DAY), "A", "D1", "审批局", DAY);
        assertEquals(firstTask, RectificationStore.latestByCode(c, a.code()).orElseThrow().id());
        long secondTask = task(evaluate(a, Satisfaction.VERY_DISSATISFIED, true, DAY.plusDays(1)), "A", "D1", "审批局", DAY.plusDays(1));
        assertEquals(secondTask, RectificationStore.latestByCode(c, a.code()).orElseThrow().id(), "the bad follow-up's");
        evaluate(b, Satisfaction.SATISFIED, false, DAY);
        assertTrue(RectificationStore.latestByCode(c, b.code()).isEmpty(), "a good review opens no task");
        assertTrue(RectificationStore.latestByCode(c, "ZZZZZZZZZZZZ").isEmpty());
        assertTrue(RectificationStore.latestByCode(c, "X".repeat(500)).isEmpty(), "an overlong code is just unknown");
        assertTrue(RectificationStore.latestByCode(c, "").isEmpty());
    }

    @Test
    void undoneTasksAreFoundByStatusAndDueDate() throws SQLException {
        kase("A", "DECIDED", DAY, "W01");
        long e = evaluate(invite("A"), Satisfaction.VERY_DISSATISFIED, false, DAY);
        long id = RectificationStore.insert(c, new Rectification(0, e, "A", "D1", "审批局", false, RectificationStatus.OPEN, DAY,
                DAY.plusDays(7), null, null, null, null, null, null, null, false), 5, 0);
        assertEquals(1, RectificationStore.undone(c, DAY.plusDays(7)).size());
        assertEquals(0, RectificationStore.undone(c, DAY.plusDays(6)).size());
        Rectification r = RectificationStore.lock(c, id).orElseThrow();
        RectificationStore.update(c, new Rectification(r.id(), r.evaluationId(), r.caseNumber(), r.departmentCode(), r.departmentName(),
                r.named(), RectificationStatus.CLOSED, r.openedOn(), r.dueDate(), "v", null, "a", null, Satisfaction.SATISFIED,
                DAY, "reviewer", false), 1);
        assertEquals(0, RectificationStore.undone(c, DAY.plusDays(30)).size());
        Rectification closed = RectificationStore.rectification(c, id).orElseThrow();
        assertEquals(Satisfaction.SATISFIED, closed.applicantRating());
        assertEquals(DAY, closed.closedOn());
    }

    @Test
    void anAppealIsReadByItsIdWithItsDecision() throws SQLException {
        kase("A", "DECIDED", DAY, "W01");
        long review = evaluate(invite("A"), Satisfaction.VERY_DISSATISFIED, false, DAY);
        long id = AppealStore.insert(c, new Appeal(0, review, "A", "评价与本件无关", "inspector",
                Instant.parse("2026-10-12T01:00:00Z"), AppealStatus.PENDING, null, null, null));
        assertEquals("inspector", AppealStore.appeal(c, id).orElseThrow().filedBy());
        assertTrue(AppealStore.decide(c, id, AppealStatus.UPHELD, "申诉成立", "supervisor",
                Instant.parse("2026-10-13T01:00:00Z").toEpochMilli()));
        Appeal decided = AppealStore.appeal(c, id).orElseThrow();
        assertEquals(AppealStatus.UPHELD, decided.status());
        assertEquals("申诉成立", decided.decision());
        assertTrue(AppealStore.appeal(c, id + 1).isEmpty(), "no such appeal");
    }
}
