package org.tongban.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.core.audit.AuditVerification;
import org.tongban.core.internal.data.FlywayMigrations;
import org.tongban.core.internal.data.JdbcTransactions;

/**
 * A real kill -9 in the middle of chaining: another JVM writes to a Derby database on disk from six threads and is
 * killed; after Derby's recovery the trail verifies intact, with nothing past its head, and the sealer chains what waits.
 */
class AuditKillTest {

    @Test
    @Timeout(120)
    void aTrailKilledWhileChainingVerifiesIntactAfterRecovery(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tongban");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dderby.stream.error.file=" + dir.resolve("derby.log"),
                Writer.class.getName(), db.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("chaining")) {
                System.out.println("writer: " + line);
            }
            assertEquals("chaining", line, "the writer started");
            writer.destroyForcibly();   // SIGKILL: no shutdown hook, no clean Derby shutdown
        }
        assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.exists(db.resolve("db.lck")), "killed, not shut down");

        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(db.toString());
        try {
            afterRecovery(ds);
        } finally {
            shutdown(db);
        }
    }

    private static void afterRecovery(EmbeddedDataSource ds) {
        AuditVerification recovered = AuditLoad.verify(ds);
        assertTrue(recovered.intact(), recovered.toString());
        assertTrue(recovered.coveredUpTo() >= Writer.READY, recovered.toString());
        assertEquals(0, recovered.notYetCovered(), "nothing past the head, and no head behind its records");

        JdbcTransactions.inTransaction(ds, c -> AuditStore.seal(c, Integer.MAX_VALUE));   // the sealer's first round
        AuditLoad.chainAtOnce(ds, "after.restart");
        AuditVerification resumed = AuditLoad.verify(ds);
        assertTrue(resumed.intact(), resumed.toString());
        assertEquals(0L, (long) JdbcTransactions.inTransaction(ds, AuditStore::pendingCount));
        assertTrue(resumed.coveredUpTo() >= recovered.coveredUpTo() + 2, resumed.toString());
    }

    /** Derby keeps a booted database open; closed here before the temporary directory goes. */
    private static void shutdown(Path db) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(db.toString());
        ds.setShutdownDatabase("shutdown");
        try {
            ds.getConnection().close();
        } catch (SQLException expected) {
            // Derby answers a shutdown with SQL state 08006
        }
    }

    /** The JVM that gets killed: four threads sealing records, two chaining theirs at once, until the kill. */
    public static final class Writer {

        static final long READY = 200;

        public static void main(String[] args) {
            EmbeddedDataSource ds = new EmbeddedDataSource();
            ds.setDatabaseName(args[0]);
            ds.setCreateDatabase("create");
            FlywayMigrations.migrate(ds, "core", Writer.class.getClassLoader());
            new AuditLoad.Writers(ds, 4, 2).allow(Integer.MAX_VALUE);
            while (AuditLoad.verify(ds).coveredUpTo() < READY) {
                Thread.onSpinWait();
            }
            System.out.println("chaining");
            System.out.flush();
        }
    }
}
