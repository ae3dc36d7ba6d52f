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

    /** Issues what a scan on TODAY would issue for the scope; returns how many cards. */
    private int issueMissing(CardScope scope) throws SQLException {
        Thresholds t = Thresholds.on(OfficialCalendar.load(), TODAY, 2, 1, 2);
        int n = 0;
        for (CardStore.Missing m : CardStore.missing(c, scope, t, 1, 2, 2)) {
            if (CardStore.issue(c, m.crossing(), m.colour(), m.threshold(), TODAY, Instant.EPOCH)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void onePassFindsEveryMissingColourAndNothingOnceIssued() throws SQLException {
        Thresholds t = Thresholds.on(OfficialCalendar.load(), TODAY, 2, 1, 2);
        kase("RED", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        kase("YELLOW", "ACCEPTED", LocalDate.of(2025, 9, 30), null, null, "WINDOW");
        kase("WARN", "RECEIVED", LocalDate.of(2025, 10, 10), null, null, "ONLINE");
        kase("FINE", "RECEIVED", LocalDate.of(2025, 10, 20), null, null, "WINDOW");
        kase("SUSPENDED", "UNDER_REVIEW", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), null, "WINDOW");
        // RED already has its yellow card from an earlier scan.
        CardStore.issue(c, new CardStore.Crossing("RED", CardScope.CASE, "D1", "审批局", LocalDate.of(2025, 9, 29)), CardColour.YELLOW, 1,
                TODAY, Instant.EPOCH);
        List<String> missing = CardStore.missing(c, CardScope.CASE, t, 1, 2, 2).stream()
                .map(m -> m.crossing().caseNumber() + ":" + m.colour()).sorted().toList();
        assertEquals(List.of("RED:RED", "WARN:WARNING", "YELLOW:YELLOW"), missing);
        for (CardStore.Missing m : CardStore.missing(c, CardScope.CASE, t, 1, 2, 2)) {
            CardStore.issue(c, m.crossing(), m.colour(), m.threshold(), TODAY, Instant.EPOCH);
        }
        assertTrue(CardStore.missing(c, CardScope.CASE, t, 1, 2, 2).isEmpty(), "a second scan finds nothing to issue");
    }

    @Test
    void anIncrementalPassLooksAtNewlyDueAndChangedCasesOnly() throws SQLException {
        Thresholds t = Thresholds.on(OfficialCalendar.load(), TODAY, 2, 1, 2);
        kase("OLD", "UNDER_REVIEW", LocalDate.of(2025, 9, 1), null, null, "WINDOW");     // overdue long ago, unchanged
        kase("CHANGED", "UNDER_REVIEW", LocalDate.of(2025, 9, 2), null, null, "WINDOW");
        kase("NEWLY", "RECEIVED", LocalDate.of(2025, 9, 30), null, null, "WINDOW");      // crossed yellow since the last scan
        long created = LocalDate.of(2025, 10, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET updated_ms = ? WHERE case_number = 'CHANGED'")) {
            ps.setLong(1, created + 60_000);
            ps.executeUpdate();
        }
        List<String> incremental = CardStore.missing(c, CardScope.CASE, t, 1, 2, 2, LocalDate.of(2025, 9, 29), created + 1).stream()
                .map(m -> m.crossing().caseNumber()).distinct().sorted().toList();
        assertEquals(List.of("CHANGED", "NEWLY"), incremental, "OLD waits for the next full pass");
        assertEquals(List.of("CHANGED", "NEWLY", "OLD"), CardStore.missing(c, CardScope.CASE, t, 1, 2, 2).stream()
                .map(m -> m.crossing().caseNumber()).distinct().sorted().toList());
    }

    @Test
    void stepCardsGoToTheDepartmentsStillReviewingAndCloseWithTheirStep() throws SQLException {
        kase("JOINT", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        step("JOINT", "A", "APPROVED");
        step("JOINT", "B", "PENDING");
        assertEquals(2, issueMissing(CardScope.STEP), "red and yellow, for B only");
        assertEquals(2, CardStore.cards(c, "B", null, true, 10).size());
        assertTrue(CardStore.cards(c, "A", null, true, 10).isEmpty());
        assertTrue(CardStore.stale(c).isEmpty());

        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_review_step SET status = 'APPROVED' WHERE department_code = 'B'")) {
            ps.executeUpdate();
        }
        List<Object[]> stale = CardStore.stale(c);
        assertEquals(List.of("step decided", "step decided"), stale.stream().map(x -> (String) x[5]).toList());
    }

    /** One node, two streets' halls: each street's supervisor counts and reads its own cases only; a reviewer their department's. */
    @Test
    void aScopeReadsItsDivisionsCasesAndItsDepartmentsCards() throws SQLException {
        kase("WENJIA", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        kase("SHENGCHENG", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        kase("DONE", "DECIDED", LocalDate.of(2025, 10, 10), null, LocalDate.of(2025, 10, 9), "ONLINE");
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET division_code = CASE case_number"
                + " WHEN 'SHENGCHENG' THEN '370783004' ELSE '370783003' END")) {
            ps.executeUpdate();
        }
        issueMissing(CardScope.CASE);
        SupervisionScope wenjia = new SupervisionScope("370783003", null);
        assertEquals(List.of("WENJIA"), CardStore.cards(c, wenjia, null, true, 10).stream().map(k -> k.caseNumber()).distinct().toList());
        assertEquals(List.of("WENJIA"), CardStore.overdue(c, wenjia, TODAY, 10).stream().map(o -> o.caseNumber()).toList());
        assertEquals(2, CardStore.overdue(c, SupervisionScope.ALL, TODAY, 10).size());
        assertEquals(0, BulletinStore.onTime(c, new SupervisionScope("370783004", null), LocalDate.of(2025, 10, 1), TODAY).completions(),
                "the other street decided nothing");
        assertEquals(1, BulletinStore.onTime(c, wenjia, LocalDate.of(2025, 10, 1), TODAY).completions());
        Bulletin b = BulletinStore.bulletin(c, new SupervisionScope("370783004", null), YearMonth.of(2025, 10), ZoneId.of("Asia/Shanghai"));
        assertEquals(1, b.total().submissions());
        assertEquals(1, b.total().yellowCards());
        assertTrue(CardStore.cards(c, new SupervisionScope("", java.util.Set.of("OTHER")), null, true, 10).isEmpty(),
                "a reviewer of another department");
        assertTrue(CardStore.cards(c, new SupervisionScope("", java.util.Set.of()), null, true, 10).isEmpty(),
                "a reviewer of no department");
    }

    @Test
    void cardsCloseWhenTheCaseIsDecidedOrItsDueDateMoves() throws SQLException {
        kase("A", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        kase("B", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        assertEquals(4, issueMissing(CardScope.CASE), "red and yellow for each");
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET status = 'DECIDED' WHERE case_number = 'A'")) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET promised_date = '2025-10-20' WHERE case_number = 'B'")) {
            ps.executeUpdate();
        }
        List<Object[]> stale = CardStore.stale(c);
        assertEquals(List.of("case DECIDED", "due date moved to 2025-10-20"),
                stale.stream().map(x -> (String) x[5]).distinct().sorted().toList());
        assertEquals(4, stale.size());
        for (Object[] s : stale) {
            CardStore.close(c, (Long) s[0], TODAY, (String) s[5]);
        }
        assertTrue(CardStore.cards(c, SupervisionScope.ALL, null, true, 10).isEmpty());
        assertEquals(4, CardStore.cards(c, SupervisionScope.ALL, null, false, 10).size(), "closed cards stay on record");
    }

    @Test
    void anIncrementalRecheckLooksOnlyAtCasesChangedSince() throws SQLException {
        kase("A", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        kase("B", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        issueMissing(CardScope.CASE);
        long created = LocalDate.of(2025, 10, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET status = 'DECIDED', updated_ms = ? WHERE case_number = 'A'")) {
            ps.setLong(1, created + 60_000);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_case SET status = 'DECIDED' WHERE case_number = 'B'")) {
            ps.executeUpdate(); // changed without touching updated_ms: only a full re-check sees it
        }
        assertEquals(List.of("A"), CardStore.stale(c, created + 1).stream().map(x -> (String) x[1]).distinct().toList());
        assertEquals(List.of("A", "B"), CardStore.stale(c).stream().map(x -> (String) x[1]).distinct().sorted().toList());
    }

    @Test
    void theBulletinCountsPerDepartment() throws SQLException {
        kase("A", "DECIDED", LocalDate.of(2025, 10, 10), null, LocalDate.of(2025, 10, 9), "ONLINE");
        kase("B", "DECIDED", LocalDate.of(2025, 10, 9), null, LocalDate.of(2025, 10, 13), "WINDOW");
        kase("C", "RECEIVED", LocalDate.of(2025, 9, 30), null, null, "WINDOW");
        issueMissing(CardScope.CASE);
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
