package org.tongban.intake.internal;

import org.tongban.testsupport.LocalTransactions;
import org.tongban.testsupport.MemoryDatabase;
import org.tongban.core.rest.FaultProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.data.SqlWork;
import org.tongban.core.data.Transactions;
import org.tongban.intake.CaseNumbersExhaustedException;

/** Case numbers on a real Derby database: format, daily sequence, uniqueness under concurrent submission. */
class CaseNumbersTest {

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private static final String CODE = "11370783000007919T4010000000003";
    private static final LocalDate DAY = LocalDate.of(2025, 9, 26);
    private DataSource ds;

    @BeforeEach
    void database() {
        ds = MemoryDatabase.migrated("intake");
        tx = new LocalTransactions(ds);
    }

    private String next(String code, LocalDate day) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                String n = CaseNumbers.next(c, code, day);
                c.commit();
                return n;
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    @Test
    void codeDateAndADailySequence() throws Exception {
        assertEquals(CODE + "202509260001", next(CODE, DAY));
        assertEquals(CODE + "202509260002", next(CODE, DAY));
        assertEquals(CODE + "202509270001", next(CODE, DAY.plusDays(1)), "a new day starts again");
        assertEquals("X202509260001", next("X", DAY), "each item counts on its own");
        assertEquals(CODE.length() + 12, next(CODE, DAY).length());
    }

    @Test
    void theDailySequenceHasFourDigits() {
        assertThrows(IllegalStateException.class, () -> CaseNumbers.format(CODE, DAY, 10000));
    }

    @Test
    void concurrentSubmissionsGetDistinctNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            futures.add(pool.submit(() -> next(CODE, DAY)));
        }
        Set<String> numbers = new HashSet<>();
        for (Future<String> f : futures) {
            numbers.add(f.get());
        }
        pool.shutdown();
        assertEquals(60, numbers.size());
        assertEquals(CODE + "202509260060", numbers.stream().max(String::compareTo).orElseThrow());
    }

    private Transactions tx;

    @Test
    void aReservationTakesConsecutiveNumbersAndReleaseGivesBackTheUnusedTail() throws Exception {
        assertEquals(1, (int) tx.inTransaction(c -> CaseNumbers.reserve(c, CODE, DAY, 20)));
        assertEquals(21, (int) tx.inTransaction(c -> CaseNumbers.reserve(c, CODE, DAY, 5)));
        assertFalse((boolean) tx.inTransaction(c -> CaseNumbers.release(c, CODE, DAY, 10, 20)), "numbers after the block were taken");
        assertTrue((boolean) tx.inTransaction(c -> CaseNumbers.release(c, CODE, DAY, 23, 25)));
        assertEquals(CODE + "202509260023", next(CODE, DAY));
    }

    @Test
    void blocksNumberInOrderAndGiveBackWhatIsLeftWhenStopped() throws Exception {
        CaseNumberBlocks blocks = new CaseNumberBlocks(tx, 20);
        for (int i = 1; i <= 25; i++) {
            assertEquals(CaseNumbers.format(CODE, DAY, i), blocks.next(CODE, DAY));
        }
        assertEquals("X202509260001", blocks.next("X", DAY), "each item has its own block");
        assertEquals(CODE + "202509270001", blocks.next(CODE, DAY.plusDays(1)), "a new day starts again");
        assertEquals("X202509260002", next("X", DAY), "the block of the day before went back when the day turned");
        blocks.releaseAll();
        assertEquals(CODE + "202509270002", next(CODE, DAY.plusDays(1)), "the unused rest went back: no gap");
        CaseNumberBlocks restarted = new CaseNumberBlocks(tx, 20);
        assertEquals(CODE + "202509270003", restarted.next(CODE, DAY.plusDays(1)));
        assertEquals(CODE + "202509270023", blocks.next(CODE, DAY.plusDays(1)),
                "after giving its block back, the first allocator reserves anew rather than reuse what went back");
    }

    @Test
    void aFailedSubmissionsNumberIsGivenBackAndTakenByTheNext() throws Exception {
        CaseNumberBlocks blocks = new CaseNumberBlocks(tx, 20);
        String first = blocks.next(CODE, DAY);
        String second = blocks.next(CODE, DAY);
        String third = blocks.next(CODE, DAY);
        blocks.giveBack(CODE, DAY, second);       // failed while the third was being taken in
        assertEquals(second, blocks.next(CODE, DAY), "a number given back from the middle is handed out first");
        blocks.giveBack(CODE, DAY, third);        // the latest one failed: the block simply ends before it again
        assertEquals(third, blocks.next(CODE, DAY));
        blocks.giveBack(CODE, DAY, third);
        blocks.releaseAll();
        assertEquals(CODE + "202509260003", next(CODE, DAY), "given back before the block went back: no gap at all");
        blocks.giveBack(CODE, DAY, first);        // its block is gone: the number may be someone else's, so it stays used
        assertEquals(CaseNumbers.format(CODE, DAY, 4), new CaseNumberBlocks(tx, 20).next(CODE, DAY));
    }

    @Test
    void theDaysLastNumbersAreGivenOutThenApplicationsAreTurnedAwayWithoutTouchingTheDatabase() throws Exception {
        tx.inTransaction(c -> CaseNumbers.reserve(c, CODE, DAY, 9990));
        CaseNumberBlocks blocks = new CaseNumberBlocks(tx, 20);
        for (int i = 9991; i <= 9999; i++) {
            assertEquals(CaseNumbers.format(CODE, DAY, i), blocks.next(CODE, DAY));
        }
        CaseNumbersExhaustedException used = assertThrows(CaseNumbersExhaustedException.class, () -> blocks.next(CODE, DAY));
        assertEquals(503, FaultProblems.status(used), "the application is not stored and can come again");
        assertTrue(used.getMessage().contains(CODE) && used.getMessage().contains("2025-09-26"), used.getMessage());
        int reserved = lastValue();
        assertThrows(CaseNumbersExhaustedException.class, () -> blocks.next(CODE, DAY));
        assertEquals(reserved, lastValue(), "once used up, the allocator does not reserve again");
        assertThrows(CaseNumbersExhaustedException.class, () -> new CaseNumberBlocks(tx, 20).next(CODE, DAY),
                "nor does another allocator hand out a fifth digit");
        assertEquals(CODE + "202509270001", blocks.next(CODE, DAY.plusDays(1)), "the next day starts again");
        assertEquals("X202509260001", blocks.next("X", DAY), "other items go on");
    }

    private int lastValue() {
        return tx.inTransaction(c -> {
            try (var q = c.prepareStatement("SELECT last_value FROM intake_case_sequence WHERE implementation_code = ? AND day = ?")) {
                q.setString(1, CODE);
                q.setString(2, "20250926");
                try (var rs = q.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Test
    void blocksNeverHandOutANumberTwiceUnderConcurrency() throws Exception {
        CaseNumberBlocks a = new CaseNumberBlocks(tx, 7);
        CaseNumberBlocks b = new CaseNumberBlocks(tx, 3);   // e.g. a second allocator after a crash of the first
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            CaseNumberBlocks blocks = i % 3 == 0 ? b : a;
            boolean single = i % 5 == 0;
            futures.add(pool.submit(() -> single ? next(CODE, DAY) : blocks.next(CODE, DAY)));
        }
        Set<String> numbers = new HashSet<>();
        for (Future<String> f : futures) {
            assertTrue(numbers.add(f.get()), "duplicate " + f.get());
        }
        pool.shutdown();
        assertEquals(120, numbers.size());
    }
}
