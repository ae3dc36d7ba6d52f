package org.tongban.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseScope;
import org.tongban.supervision.Bulletin;
import org.tongban.supervision.CardColour;
import org.tongban.supervision.CardScope;
import org.tongban.testsupport.MemoryDatabase;

/** The scan's reading and the card table's SQL on a real Derby with supervision's migrations, intake as its read services. */
class CardStoreTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 9);
    private static final long CREATED = LocalDate.of(2025, 10, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
    private final IntakeDouble intake = new IntakeDouble();
    private Connection c;

    @BeforeEach
    void database() throws SQLException {
        c = MemoryDatabase.migrated("supervision").getConnection();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private IntakeDouble.Case kase(String number, String status, LocalDate promised, LocalDate suspended, LocalDate decided,
                                   String channel) {
        return intake.add(number, status, promised, suspended, decided, channel, CREATED);
    }

    private void step(String number, String dept, String status) {
        intake.get(number).steps.put(dept, status);
    }

    private List<CardStore.Missing> missing(CardScope scope, Thresholds t) throws SQLException {
        return Crossings.missing(c, intake, scope, t, 1, 2, 2);
    }

    /** Issues what a scan on TODAY would issue for the scope; returns how many cards. */
    private int issueMissing(CardScope scope) throws SQLException {
        Thresholds t = Thresholds.on(OfficialCalendar.load(), TODAY, 2, 1, 2);
        int n = 0;
        for (CardStore.Missing m : missing(scope, t)) {
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
        CardStore.issue(c, new CardStore.Crossing("RED", CardScope.CASE, "D1", "审批局", LocalDate.of(2025, 9, 29), null),
                CardColour.YELLOW, 1, TODAY, Instant.EPOCH);
        List<String> missing = missing(CardScope.CASE, t).stream()
                .map(m -> m.crossing().caseNumber() + ":" + m.colour()).sorted().toList();
        assertEquals(List.of("RED:RED", "WARN:WARNING", "YELLOW:YELLOW"), missing);
        for (CardStore.Missing m : missing(CardScope.CASE, t)) {
            CardStore.issue(c, m.crossing(), m.colour(), m.threshold(), TODAY, Instant.EPOCH);
        }
        assertTrue(missing(CardScope.CASE, t).isEmpty(), "a second scan finds nothing to issue");
    }

    @Test
    void anIncrementalPassLooksAtNewlyDueAndChangedCasesOnly() throws SQLException {
        Thresholds t = Thresholds.on(OfficialCalendar.load(), TODAY, 2, 1, 2);
        kase("OLD", "UNDER_REVIEW", LocalDate.of(2025, 9, 1), null, null, "WINDOW");     // overdue long ago, unchanged
        kase("CHANGED", "UNDER_REVIEW", LocalDate.of(2025, 9, 2), null, null, "WINDOW");
        kase("NEWLY", "RECEIVED", LocalDate.of(2025, 9, 30), null, null, "WINDOW");      // crossed yellow since the last scan
        intake.get("CHANGED").updatedMs = CREATED + 60_000;
        List<String> incremental = Crossings.missing(c, intake, CardScope.CASE, t, 1, 2, 2, LocalDate.of(2025, 9, 29),
                Instant.ofEpochMilli(CREATED + 1)).stream().map(m -> m.crossing().caseNumber()).distinct().sorted().toList();
        assertEquals(List.of("CHANGED", "NEWLY"), incremental, "OLD waits for the next full pass");
        assertEquals(List.of("CHANGED", "NEWLY", "OLD"), missing(CardScope.CASE, t).stream()
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
        assertTrue(Crossings.stale(c, intake, null).isEmpty());

        step("JOINT", "B", "APPROVED");
        List<Crossings.Stale> stale = Crossings.stale(c, intake, null);
        assertEquals(List.of("step decided", "step decided"), stale.stream().map(Crossings.Stale::reason).toList());
    }

    /** One node, two streets' halls: each street's supervisor counts and reads its own cases only; a reviewer their department's. */
    @Test
    void aScopeReadsItsDivisionsCasesAndItsDepartmentsCards() throws SQLException {
        kase("WENJIA", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        kase("SHENGCHENG", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        kase("DONE", "DECIDED", LocalDate.of(2025, 10, 10), null, LocalDate.of(2025, 10, 9), "ONLINE");
        intake.cases.values().forEach(k -> k.division = k.number.equals("SHENGCHENG") ? "370783004" : "370783003");
        issueMissing(CardScope.CASE);
        SupervisionScope wenjia = new SupervisionScope("370783003", null);
        assertEquals(List.of("WENJIA"), CardStore.cards(c, wenjia, null, true, 10).stream().map(k -> k.caseNumber()).distinct().toList());
        // Overdue cases are intake's to bound by division (DueWorkComponentTest): the scope hands it its prefix.
        assertEquals(new CaseScope("370783003"), wenjia.divisions());
        assertTrue(SupervisionScope.ALL.divisions().wholeNode());
        assertEquals(0, BulletinStore.onTime(intake, new SupervisionScope("370783004", null), LocalDate.of(2025, 10, 1), TODAY).completions(),
                "the other street decided nothing");
        assertEquals(1, BulletinStore.onTime(intake, wenjia, LocalDate.of(2025, 10, 1), TODAY).completions());
        Bulletin b = BulletinStore.bulletin(c, intake, new SupervisionScope("370783004", null), YearMonth.of(2025, 10),
                ZoneId.of("Asia/Shanghai"));
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
        intake.get("A").status = CaseStatus.DECIDED;
        intake.get("B").promised = LocalDate.of(2025, 10, 20);
        List<Crossings.Stale> stale = Crossings.stale(c, intake, null);
        assertEquals(List.of("case DECIDED", "due date moved to 2025-10-20"),
                stale.stream().map(Crossings.Stale::reason).distinct().sorted().toList());
        assertEquals(4, stale.size());
        for (Crossings.Stale s : stale) {
            CardStore.close(c, s.id(), TODAY, s.reason());
        }
        assertTrue(CardStore.cards(c, SupervisionScope.ALL, null, true, 10).isEmpty());
        assertEquals(4, CardStore.cards(c, SupervisionScope.ALL, null, false, 10).size(), "closed cards stay on record");
    }

    @Test
    void anIncrementalRecheckLooksOnlyAtCasesChangedSince() throws SQLException {
        kase("A", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        kase("B", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        issueMissing(CardScope.CASE);
        intake.get("A").status = CaseStatus.DECIDED;
        intake.get("A").updatedMs = CREATED + 60_000;
        intake.get("B").status = CaseStatus.DECIDED; // changed without touching updated_ms: only a full re-check sees it
        List<Crossings.Stale> changed = Crossings.stale(c, intake, Instant.ofEpochMilli(CREATED + 1));
        assertEquals(List.of("A", "A"), changed.stream().map(Crossings.Stale::caseNumber).toList(), "its red and yellow card, once each");
        assertEquals(List.of("A", "B"), Crossings.stale(c, intake, null).stream().map(Crossings.Stale::caseNumber).distinct().sorted()
                .toList());
    }

    @Test
    void theBulletinCountsPerDepartment() throws SQLException {
        kase("A", "DECIDED", LocalDate.of(2025, 10, 10), null, LocalDate.of(2025, 10, 9), "ONLINE");
        kase("B", "DECIDED", LocalDate.of(2025, 10, 9), null, LocalDate.of(2025, 10, 13), "WINDOW");
        kase("C", "RECEIVED", LocalDate.of(2025, 9, 30), null, null, "WINDOW");
        issueMissing(CardScope.CASE);
        Bulletin b = BulletinStore.bulletin(c, intake, YearMonth.of(2025, 10), ZoneId.of("Asia/Shanghai"));
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

    /** Cards issued before they kept their case's division get it from intake; a task's card stays the whole node's. */
    @Test
    void cardsKeepTheirCasesDivisionAndEarlierOnesAreFilledIn() throws SQLException {
        kase("WENJIA", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW").division = "370783003";
        kase("EARLIER", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW").division = "370783003";
        issueMissing(CardScope.CASE);
        CardStore.issue(c, new CardStore.Crossing("rectification:1", CardScope.TASK, "D1", "审批局", LocalDate.of(2025, 9, 29), null),
                CardColour.RED, 2, TODAY, Instant.EPOCH);
        try (PreparedStatement ps = c.prepareStatement("UPDATE supervision_card SET division_code = NULL WHERE case_number = 'EARLIER'")) {
            ps.executeUpdate();
        }
        SupervisionScope wenjia = new SupervisionScope("370783003", null);
        assertEquals(List.of("WENJIA"), CardStore.cards(c, wenjia, null, true, 10).stream().map(k -> k.caseNumber()).distinct().toList());
        assertEquals(List.of("EARLIER"), CardStore.undivided(c));
        assertEquals(2, CardStore.divide(c, "EARLIER", intake.standing(List.of("EARLIER")).get(0).divisionCode()));
        assertEquals(List.of("EARLIER", "WENJIA"), CardStore.cards(c, wenjia, null, true, 10).stream().map(k -> k.caseNumber()).distinct()
                .sorted().toList());
        assertTrue(CardStore.undivided(c).isEmpty());
        assertEquals(5, CardStore.cards(c, SupervisionScope.ALL, null, true, 10).size(), "the task's card is the whole node's");
    }
}
