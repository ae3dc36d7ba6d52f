package org.tongban.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.data.SqlWork;
import org.tongban.core.data.Transactions;
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

/** The SQL of 好差评 on a real Derby with intake's and evaluation's own migrations. */
class EvaluationStoreTest {

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private static final LocalDate DAY = LocalDate.of(2026, 10, 12);
    private Connection c;

    @BeforeEach
    void database() throws SQLException {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        Flyway.configure().dataSource(derby).locations("classpath:db/migration/intake").table("intake_schema_history").load().migrate();
        Flyway.configure().dataSource(derby).locations("classpath:db/migration/evaluation").table("evaluation_schema_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        c = derby.getConnection();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private void kase(String number, String status, String outcome, LocalDate decided, String window) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_case (case_number, item_code, item_version, item_name,"
                + " status, applicant_type, applicant_name, applicant_id, channel, application, missing, tolerated, created_ms,"
                + " updated_ms, outcome, decided_on, department_code, department_name, review_round, accepted_by, window_code)"
                + " VALUES (?, 'ITEM', 1, '食品经营许可', ?, 'PERSON', '张三', '11010519491231002X', 'WINDOW', '{}', '', '', 0, 0, ?, ?,"
                + " 'D1', '审批局', 1, 'clerk1', ?)")) {
            ps.setString(1, number);
            ps.setString(2, status);
            ps.setString(3, outcome);
            ps.setDate(4, decided == null ? null : Date.valueOf(decided));
            ps.setString(5, window);
            ps.executeUpdate();
        }
    }

    private String kase(String number, String window) throws SQLException {
        kase(number, "DECIDED", "APPROVED", DAY, window);
        return number;
    }

    private void department(String number, String code, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET department_code = ?, department_name = ? WHERE case_number = ?")) {
            ps.setString(1, code);
            ps.setString(2, name);
            ps.setString(3, number);
            ps.executeUpdate();
        }
    }

    private long task(long evaluationId, String number, String department, String name, LocalDate on) throws SQLException {
        return EvaluationStore.insert(c, new Rectification(0, evaluationId, number, department, name, true, RectificationStatus.OPEN, on,
                on.plusDays(7), null, null, null, null, null, null, null, false), 5, 0);
    }

    /** Core's transactions as the component uses them, on this test's connection. */
    private Transactions onThisConnection() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(SqlWork<T> work) {
                return read(work);
            }

            @Override
            public <T> T read(SqlWork<T> work) {
                try {
                    return work.run(c);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public Connection connection() {
                return c;
            }
        };
    }

    private Invited invite(String number) throws SQLException {
        FinishedCase k = EvaluationStore.finishedCase(c, number).orElseThrow();
        Invited i = new Invited(number, InvitationCodes.next(), k.itemCode(), k.itemName(), k.departmentCode(), k.departmentName(),
                k.window(), k.clerk(), DAY, DAY.plusDays(7), InvitationStatus.OPEN);
        EvaluationStore.insert(c, i);
        return i;
    }

    private long evaluate(Invited i, Satisfaction level, boolean followUp, LocalDate on) throws SQLException {
        return EvaluationStore.insert(c, new Evaluation(0, i.caseNumber(), followUp, level, EvaluationChannel.PC, Map.of("overall", 3),
                null, true, i.itemCode(), i.itemName(), i.departmentCode(), i.departmentName(), i.window(), i.clerk(), "node-1", on,
                Instant.now(), false, null));
    }

    @Test
    void onlyDecidedCasesWithoutAnInvitationAreInvited() throws SQLException {
        kase("A", "DECIDED", "APPROVED", DAY, "W01");
        kase("B", "DELIVERED", "REJECTED", DAY.minusDays(3), null);
        kase("C", "UNDER_REVIEW", null, null, "W01");
        kase("D", "DECIDED", "APPROVED", DAY.minusDays(40), "W02");
        assertEquals(List.of("A", "B"), EvaluationStore.uninvited(c, DAY.minusDays(30), 100).stream()
                .map(FinishedCase::caseNumber).sorted().toList());
        Invited a = invite("A");
        assertEquals("W01", a.window());
        assertEquals("clerk1", a.clerk());
        assertEquals(List.of("B"), EvaluationStore.uninvited(c, DAY.minusDays(30), 100).stream().map(FinishedCase::caseNumber).toList());
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> invite("A"));
    }

    /** One node, two streets: a street's supervisor lists the reviews of that street's cases only. */
    @Test
    void aDivisionPrefixListsTheReviewsOfThatDivisionsCases() throws SQLException {
        kase("WENJIA", "DECIDED", "APPROVED", DAY, "W01");
        kase("SHENGCHENG", "DECIDED", "APPROVED", DAY, "W02");
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET division_code = CASE case_number"
                + " WHEN 'WENJIA' THEN '370783003' ELSE '370783004' END")) {
            ps.executeUpdate();
        }
        evaluate(invite("WENJIA"), Satisfaction.SATISFIED, false, DAY);
        evaluate(invite("SHENGCHENG"), Satisfaction.DISSATISFIED, false, DAY);
        assertEquals(List.of("WENJIA"), EvaluationStore.list(c, null, null, null, null, null, 50, "370783003").stream()
                .map(Evaluation::caseNumber).toList());
        assertEquals(2, EvaluationStore.list(c, null, null, null, null, null, 50).size());

        // The street's supervisor's figures count that street's cases only, in every table they come from.
        List<Object[]> street = EvaluationStore.levelCounts(c, Dimension.WINDOW, DAY, DAY, "370783003");
        assertEquals(1, street.size());
        assertEquals("W01", street.get(0)[0]);
        assertEquals(2, EvaluationStore.levelCounts(c, Dimension.WINDOW, DAY, DAY, null).size());
        assertEquals(List.of(), EvaluationStore.rectificationCounts(c, Dimension.WINDOW, DAY, DAY, "370783003"),
                "the other street's bad review opened its task there");
        assertEquals(1, EvaluationStore.monthlyCounts(c, DAY.withDayOfMonth(1), DAY, null, null, "370783003").stream()
                .mapToLong(r -> (Long) r[2]).sum());
    }

    @Test
    void oneEvaluationAndOneFollowUpPerCase() throws SQLException {
        kase("A", "DECIDED", "APPROVED", DAY, "W01");
        Invited a = invite("A");
        evaluate(a, Satisfaction.DISSATISFIED, false, DAY);
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> evaluate(a, Satisfaction.SATISFIED, false, DAY));
        evaluate(a, Satisfaction.SATISFIED, true, DAY);
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> evaluate(a, Satisfaction.SATISFIED, true, DAY));
        assertEquals(Map.of("overall", 3), EvaluationStore.evaluationOf(c, "A", false).orElseThrow().scores());
    }

    @Test
    void expiredInvitationsAreFoundAndClaimedOnce() throws SQLException {
        kase("A", "DECIDED", "APPROVED", DAY, "W01");
        invite("A");
        assertEquals(List.of(), EvaluationStore.expired(c, DAY.plusDays(7), 10), "the last day is the applicant's");
        assertEquals(1, EvaluationStore.expired(c, DAY.plusDays(8), 10).size());
        assertTrue(EvaluationStore.setStatus(c, "A", InvitationStatus.OPEN, InvitationStatus.DEFAULTED));
        assertTrue(!EvaluationStore.setStatus(c, "A", InvitationStatus.OPEN, InvitationStatus.EVALUATED), "claimed once");
        assertEquals(List.of(), EvaluationStore.expired(c, DAY.plusDays(8), 10));
    }

    @Test
    void statisticsCountEachCaseByItsLatestEvaluationAndLeaveUpheldAppealsOut() throws SQLException {
        kase("A", "DECIDED", "APPROVED", DAY, "W01");
        kase("B", "DECIDED", "APPROVED", DAY, "W01");
        kase("C", "DECIDED", "APPROVED", DAY, "W02");
        Invited a = invite("A");
        Invited b = invite("B");
        Invited cc = invite("C");
        long first = evaluate(a, Satisfaction.VERY_DISSATISFIED, false, DAY);
        EvaluationStore.insert(c, new Rectification(0, first, "A", "D1", "审批局", true, RectificationStatus.OPEN, DAY, DAY.plusDays(7),
                null, null, null, null, null, null, null, false), 5, 0);
        EvaluationStore.flag(c, first, "superseded");
        evaluate(a, Satisfaction.SATISFIED, true, DAY.plusDays(2));
        long malicious = evaluate(b, Satisfaction.DISSATISFIED, false, DAY);
        EvaluationStore.flag(c, malicious, "excluded");
        evaluate(cc, Satisfaction.DISSATISFIED, false, DAY);

        StatisticsBuilder s = new StatisticsBuilder();
        for (Object[] r : EvaluationStore.levelCounts(c, Dimension.WINDOW, DAY, DAY.plusDays(30), null)) {
            s.level((String) r[0], (String) r[1], Satisfaction.valueOf((String) r[2]), ((Number) r[3]).longValue());
        }
        for (Object[] r : EvaluationStore.rectificationCounts(c, Dimension.WINDOW, DAY, DAY.plusDays(30), null)) {
            s.rectification((String) r[0], (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
        }
        Statistics st = s.build(Dimension.WINDOW, DAY, DAY.plusDays(30));
        assertEquals(2, st.lines().size());
        assertEquals(1, st.lines().get(0).total(), "A counts once, by its follow-up; B's upheld appeal leaves it out");
        assertEquals(100.0, st.lines().get(0).satisfactionRate());
        assertEquals(1, st.lines().get(0).bad(), "the first review of A was bad and opened a task");
        assertEquals(0, st.lines().get(0).rectified());
        assertEquals(0.0, st.lines().get(1).satisfactionRate());
        List<Object[]> months = EvaluationStore.monthlyCounts(c, DAY.withDayOfMonth(1), DAY.plusDays(30), Dimension.WINDOW, "W01", null);
        assertEquals(1, months.size());
        assertEquals("2026-10", months.get(0)[0]);
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
        EvaluationStore.flag(c, first, "superseded");
        evaluate(cc, Satisfaction.SATISFIED, true, DAY.plusMonths(1));

        Statistics r = new StatisticsReads(onThisConnection()).ranking(Dimension.DEPARTMENT, DAY.withDayOfMonth(1), DAY.withDayOfMonth(31), 3, null);
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
        assertEquals(firstTask, EvaluationStore.latestRectificationByCode(c, a.code()).orElseThrow().id());
        long secondTask = task(evaluate(a, Satisfaction.VERY_DISSATISFIED, true, DAY.plusDays(1)), "A", "D1", "审批局", DAY.plusDays(1));
        assertEquals(secondTask, EvaluationStore.latestRectificationByCode(c, a.code()).orElseThrow().id(), "the bad follow-up's");
        evaluate(b, Satisfaction.SATISFIED, false, DAY);
        assertTrue(EvaluationStore.latestRectificationByCode(c, b.code()).isEmpty(), "a good review opens no task");
        assertTrue(EvaluationStore.latestRectificationByCode(c, "ZZZZZZZZZZZZ").isEmpty());
        assertTrue(EvaluationStore.latestRectificationByCode(c, "X".repeat(500)).isEmpty(), "an overlong code is just unknown");
        assertTrue(EvaluationStore.latestRectificationByCode(c, "").isEmpty());
    }

    @Test
    void undoneTasksAreFoundByStatusAndDueDate() throws SQLException {
        kase("A", "DECIDED", "APPROVED", DAY, "W01");
        long e = evaluate(invite("A"), Satisfaction.VERY_DISSATISFIED, false, DAY);
        long id = EvaluationStore.insert(c, new Rectification(0, e, "A", "D1", "审批局", false, RectificationStatus.OPEN, DAY,
                DAY.plusDays(7), null, null, null, null, null, null, null, false), 5, 0);
        assertEquals(1, EvaluationStore.undone(c, DAY.plusDays(7)).size());
        assertEquals(0, EvaluationStore.undone(c, DAY.plusDays(6)).size());
        Rectification r = EvaluationStore.lockRectification(c, id).orElseThrow();
        EvaluationStore.update(c, new Rectification(r.id(), r.evaluationId(), r.caseNumber(), r.departmentCode(), r.departmentName(),
                r.named(), RectificationStatus.CLOSED, r.openedOn(), r.dueDate(), "v", null, "a", null, Satisfaction.SATISFIED,
                DAY, "reviewer", false), 1);
        assertEquals(0, EvaluationStore.undone(c, DAY.plusDays(30)).size());
        Rectification closed = EvaluationStore.rectification(c, id).orElseThrow();
        assertEquals(Satisfaction.SATISFIED, closed.applicantRating());
        assertEquals(DAY, closed.closedOn());
    }

    @Test
    void anAppealIsReadByItsIdWithItsDecision() throws SQLException {
        kase("A", "DECIDED", "APPROVED", DAY, "W01");
        long review = evaluate(invite("A"), Satisfaction.VERY_DISSATISFIED, false, DAY);
        long id = EvaluationStore.insert(c, new Appeal(0, review, "A", "评价与本件无关", "inspector",
                Instant.parse("2026-10-12T01:00:00Z"), AppealStatus.PENDING, null, null, null));
        assertEquals("inspector", EvaluationStore.appeal(c, id).orElseThrow().filedBy());
        assertTrue(EvaluationStore.decide(c, id, AppealStatus.UPHELD, "申诉成立", "supervisor",
                Instant.parse("2026-10-13T01:00:00Z").toEpochMilli()));
        Appeal decided = EvaluationStore.appeal(c, id).orElseThrow();
        assertEquals(AppealStatus.UPHELD, decided.status());
        assertEquals("申诉成立", decided.decision());
        assertTrue(EvaluationStore.appeal(c, id + 1).isEmpty(), "no such appeal");
    }
}
