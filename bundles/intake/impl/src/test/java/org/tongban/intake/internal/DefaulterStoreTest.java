package org.tongban.intake.internal;

import org.tongban.testsupport.MemoryDatabase;
import javax.sql.DataSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tongban.intake.Defaulter;

/** The defaulter list on a real Derby database: a put is an upsert, also when the same new entry arrives at once. */
class DefaulterStoreTest {

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    @Test
    void concurrentPutsOfOneNewEntryAllSucceedAndOneAddsIt() throws Exception {
        DataSource ds = MemoryDatabase.migrated("intake");
        Defaulter d = new Defaulter("370783198501011234", "王某", "(2026)鲁0783执123号", LocalDate.of(2026, 3, 1), "court import");
        int n = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Boolean>> puts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            puts.add(pool.submit(() -> {
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    start.await();
                    boolean added = DefaulterStore.put(c, d, Instant.now());
                    c.commit();
                    return added;
                }
            }));
        }
        start.countDown();
        int added = 0;
        for (Future<Boolean> f : puts) {
            added += f.get() ? 1 : 0;   // throws if any put failed
        }
        pool.shutdown();
        assertEquals(1, added, "one put added the entry, the others updated it");
        try (Connection c = ds.getConnection()) {
            assertEquals("王某", DefaulterStore.find(c, d.idNumber()).orElseThrow().name());
        }
    }
}
