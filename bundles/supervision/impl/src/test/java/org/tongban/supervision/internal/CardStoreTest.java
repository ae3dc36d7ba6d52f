package org.tongban.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.supervision.Bulletin;
import org.tongban.supervision.CardColour;
import org.tongban.supervision.CardScope;

/** The scan's SQL on a real Derby with intake's and supervision's own migrations. */
class CardStoreTest {

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 9);
    private static final LocalDate PAST = LocalDate.of(2000, 1, 1);
    private Connection c;

    @BeforeEach
    void database() throws SQLException {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        Flyway.configure().dataSource(derby).locations("classpath:db/migration/intake").table("intake_schema_history").load().migrate();
        Flyway.configure().dataSource(derby).locations("classpath:db/migration/supervision").table("supervision_schema_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        c = derby.getConnection();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private void kase(String number, String status, LocalDate promised, LocalDate suspended, LocalDate decided, String channel)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_case (case_number, item_code, item_version, item_name,"
                + " status, applicant_type, applicant_name, applicant_id, channel, application, missing, tolerated, created_ms,"
                + " updated_ms, promised_date, suspended_since, decided_on, department_code, department_name, review_round)"
                + " VALUES (?, 'ITEM', 1, '食品经营许可', ?, 'PERSON', '张三', '11010519491231002X', ?, '{}', '', '', ?, ?, ?, ?, ?,"
                + " 'D1', '审批局', 1)")) {
            ps.setString(1, number);
            ps.setString(2, status);
            ps.setString(3, channel);
            long created = LocalDate.of(2025, 10, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
            ps.setLong(4, created);
            ps.setLong(5, created);
            ps.setDate(6, promised == null ? null : Date.valueOf(promised));
            ps.setDate(7, suspended == null ? null : Date.valueOf(suspended));
            ps.setDate(8, decided == null ? null : Date.valueOf(decided));
            ps.executeUpdate();
        }
    }

    private void step(String number, String dept, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_review_step (case_number, review_round, department_code,"
                + " department_name, step_order, status) VALUES (?, 1, ?, ?, 0, ?)")) {
            ps.setString(1, number);
            ps.setString(2, dept);
            ps.setString(3, "部门" + dept);
            ps.setString(4, status);
            ps.executeUpdate();
        }
    }

    private int issueAll(CardScope scope, CardColour colour, LocalDate from, LocalDate before, int threshold) throws SQLException {
        int n = 0;
        for (CardStore.Crossing x : CardStore.crossings(c, scope, colour, from, before)) {
            if (CardStore.issue(c, x, colour, threshold, TODAY, Instant.EPOCH)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void crossingsAreCardedOnceAndSuspendedOrDecidedCasesAreLeftAlone() throws SQLException {
        Thresholds t = Thresholds.on(OfficialCalendar.load(), TODAY, 2, 1, 2);
        kase("RED", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        kase("YELLOW", "ACCEPTED", LocalDate.of(2025, 9, 30), null, null, "WINDOW");
        kase("WARN", "RECEIVED", LocalDate.of(2025, 10, 10), null, null, "ONLINE");
        kase("FINE", "RECEIVED", LocalDate.of(2025, 10, 20), null, null, "WINDOW");
        kase("SUSPENDED", "UNDER_REVIEW", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), null, "WINDOW");
        kase("DONE", "DECIDED", LocalDate.of(2025, 9, 1), null, LocalDate.of(2025, 9, 3), "WINDOW");

        assertEquals(1, issueAll(CardScope.CASE, CardColour.RED, PAST, t.redBefore(), 2));
        assertEquals(2, issueAll(CardScope.CASE, CardColour.YELLOW, PAST, t.yellowBefore(), 1), "RED also crossed yellow");
        assertEquals(1, issueAll(CardScope.CASE, CardColour.WARNING, TODAY, t.warnUntil().plusDays(1), -2));
        assertEquals(0, issueAll(CardScope.CASE, CardColour.RED, PAST, t.redBefore(), 2), "a second scan issues nothing");
        assertEquals(0, issueAll(CardScope.CASE, CardColour.YELLOW, PAST, t.yellowBefore(), 1));
        assertEquals(List.of("RED"), CardStore.cards(c, null, CardColour.RED, true, 10).stream().map(k -> k.caseNumber()).toList());
    }

    @Test
    void stepCardsGoToTheDepartmentsStillReviewingAndCloseWithTheirStep() throws SQLException {
        Thresholds t = Thresholds.on(OfficialCalendar.load(), TODAY, 2, 1, 2);
        kase("JOINT", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        step("JOINT", "A", "APPROVED");
        step("JOINT", "B", "PENDING");
        assertEquals(1, issueAll(CardScope.STEP, CardColour.RED, PAST, t.redBefore(), 2));
        assertEquals("B", CardStore.cards(c, "B", null, true, 10).get(0).departmentCode());
        assertTrue(CardStore.stale(c).isEmpty());

        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_review_step SET status = 'APPROVED' WHERE department_code = 'B'")) {
            ps.executeUpdate();
        }
        List<Object[]> stale = CardStore.stale(c);
        assertEquals(1, stale.size());
        assertEquals("step decided", stale.get(0)[5]);
    }

    @Test
    void cardsCloseWhenTheCaseIsDecidedOrItsDueDateMoves() throws SQLException {
        Thresholds t = Thresholds.on(OfficialCalendar.load(), TODAY, 2, 1, 2);
        kase("A", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        kase("B", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        issueAll(CardScope.CASE, CardColour.RED, PAST, t.redBefore(), 2);
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET status = 'DECIDED' WHERE case_number = 'A'")) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET promised_date = '2025-10-20' WHERE case_number = 'B'")) {
            ps.executeUpdate();
        }
        List<Object[]> stale = CardStore.stale(c);
        assertEquals(List.of("case DECIDED", "due date moved to 2025-10-20"), stale.stream().map(s -> (String) s[5]).sorted().toList());
        for (Object[] s : stale) {
            CardStore.close(c, (Long) s[0], TODAY, (String) s[5]);
        }
        assertTrue(CardStore.cards(c, null, null, true, 10).isEmpty());
        assertEquals(2, CardStore.cards(c, null, null, false, 10).size(), "closed cards stay on record");
    }

    @Test
    void anIncrementalRecheckLooksOnlyAtCasesChangedSince() throws SQLException {
        Thresholds t = Thresholds.on(OfficialCalendar.load(), TODAY, 2, 1, 2);
        kase("A", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        kase("B", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        issueAll(CardScope.CASE, CardColour.RED, PAST, t.redBefore(), 2);
        long created = LocalDate.of(2025, 10, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET status = 'DECIDED', updated_ms = ? WHERE case_number = 'A'")) {
            ps.setLong(1, created + 60_000);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET status = 'DECIDED' WHERE case_number = 'B'")) {
            ps.executeUpdate(); // changed without touching updated_ms: only a full re-check sees it
        }
        assertEquals(List.of("A"), CardStore.stale(c, created + 1).stream().map(s -> (String) s[1]).toList());
        assertEquals(List.of("A", "B"), CardStore.stale(c).stream().map(s -> (String) s[1]).sorted().toList());
    }

    @Test
    void theBulletinCountsPerDepartment() throws SQLException {
        kase("A", "DECIDED", LocalDate.of(2025, 10, 10), null, LocalDate.of(2025, 10, 9), "ONLINE");
        kase("B", "DECIDED", LocalDate.of(2025, 10, 9), null, LocalDate.of(2025, 10, 13), "WINDOW");
        kase("C", "RECEIVED", LocalDate.of(2025, 9, 30), null, null, "WINDOW");
        issueAll(CardScope.CASE, CardColour.YELLOW, PAST, TODAY, 1);
        Bulletin b = BulletinStore.bulletin(c, YearMonth.of(2025, 10), ZoneId.of("Asia/Shanghai"));
        assertEquals(1, b.departments().size());
        var line = b.departments().get(0);
        assertEquals(3, line.submissions());
        assertEquals(0.3333, line.onlineShare());
        assertEquals(2, line.completions());
        assertEquals(0.5, line.onTimeRate());
        assertEquals(1, line.yellowCards());
        assertEquals(3, b.total().submissions());
        assertTrue(BulletinCsv.write(b).contains("2025-10,D1,审批局,3,1,0.3333,2,1,0.5,1,0\r\n"));
    }
}
