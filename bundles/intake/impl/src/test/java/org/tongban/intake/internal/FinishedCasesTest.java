package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.FinishedCase;
import org.tongban.testsupport.LocalTransactions;
import org.tongban.testsupport.MemoryDatabase;

/** The finished-case reads on in-memory Derby with intake's migrations. */
class FinishedCasesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 12);
    private DataSource derby;
    private FinishedCasesComponent cases;

    @BeforeEach
    void database() {
        derby = MemoryDatabase.migrated("intake");
        cases = new FinishedCasesComponent(new LocalTransactions(derby), null);
    }

    private void kase(String number, String status, String outcome, LocalDate decided, String division) throws SQLException {
        try (Connection c = derby.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO intake_case (case_number,"
                + " item_code, item_version, item_name, status, applicant_type, applicant_name, applicant_id, channel, application,"
                + " missing, tolerated, created_ms, updated_ms, outcome, decided_on, department_code, department_name, review_round,"
                + " accepted_by, window_code, division_code) VALUES (?, 'ITEM', 1, '食品经营许可', ?, 'PERSON', '张三',"
                + " '11010519491231002X', 'WINDOW', '{}', '', '', 0, 0, ?, ?, 'D1', '审批局', 1, 'clerk1', 'W01', ?)")) {
            ps.setString(1, number);
            ps.setString(2, status);
            ps.setString(3, outcome);
            ps.setDate(4, decided == null ? null : Date.valueOf(decided));
            ps.setString(5, division);
            ps.executeUpdate();
        }
    }

    @Test
    void aCaseIsFoundWithWhereItWasHandledWhateverItsStatus() throws SQLException {
        kase("A", "DECIDED", "APPROVED", DAY, "370783003");
        kase("C", "UNDER_REVIEW", null, null, null);
        FinishedCase a = cases.find(" A ").orElseThrow();
        assertEquals(new FinishedCase("A", CaseStatus.DECIDED, "ITEM", "食品经营许可", "D1", "审批局", "W01", "clerk1", "370783003", DAY), a);
        assertTrue(a.finished());
        FinishedCase c = cases.find("C").orElseThrow();
        assertFalse(c.finished());
        assertEquals(null, c.decidedOn());
        assertTrue(cases.find("Z").isEmpty());
        assertTrue(cases.find(" ").isEmpty());
        assertTrue(cases.find(null).isEmpty());
    }

    @Test
    void onlyCasesDecidedSinceTheDayAndStillFinishedAreListedInPages() throws SQLException {
        kase("A", "DECIDED", "APPROVED", DAY, null);
        kase("B", "DELIVERED", "REJECTED", DAY.minusDays(3), null);
        kase("C", "UNDER_REVIEW", null, null, null);
        kase("D", "DECIDED", "APPROVED", DAY.minusDays(40), null);
        kase("E", "REVOKED", "APPROVED", DAY, null);
        kase("F", "DELIVERED", "APPROVED", DAY.minusDays(30), null);
        assertEquals(List.of("A", "B", "F"), numbers(cases.decidedSince(DAY.minusDays(30), null, 100)));
        assertEquals(List.of("A", "B"), numbers(cases.decidedSince(DAY.minusDays(30), null, 2)));
        assertEquals(List.of("F"), numbers(cases.decidedSince(DAY.minusDays(30), "B", 2)), "the next page");
        assertEquals(List.of(), numbers(cases.decidedSince(DAY.minusDays(30), "F", 2)));
    }

    private static List<String> numbers(List<FinishedCase> found) {
        return found.stream().map(FinishedCase::caseNumber).toList();
    }
}
