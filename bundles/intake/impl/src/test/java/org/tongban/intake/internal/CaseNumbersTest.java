package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        Flyway.configure().dataSource(derby).locations("classpath:db/migration/intake").table("intake_schema_history").load().migrate();
        ds = derby;
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
}
