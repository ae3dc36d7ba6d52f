import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The floor under a submission's durable write: what embedded Derby alone spends (CPU of the one writing thread) to
 * insert the rows one accepted submission leaves, with nothing else of the node around it (no HTTP, no JSON, no
 * checks, no pool, no savepoints, statements prepared once), in groups of eight per durable commit as the node's
 * group commit does. Three schemas, measured in turns in one run so they share the machine's state:
 * <ul>
 * <li>{@code node}: the node's hot tables with all their indexes: the case row (primary key and seven more, which
 *     lists, queues, supervision and the forwarded-case lookup read through), two outbox events (four indexes each)
 *     and the subject's counter, two audit records (two indexes each);</li>
 * <li>{@code keys-only}: the same rows, primary keys only;</li>
 * <li>{@code least}: one case row, one event and one audit record, primary keys only: the least a durable, audited,
 *     synchronised submission could write.</li>
 * </ul>
 * Usage: {@code java -cp derby.jar Floor.java [submissions per turn] [turns]}; see floor.sh.
 */
public class Floor {

    private static final String ITEM = "11370783000007919T4010000000003";
    private static final String APPLICATION = "{\"itemCode\":\"" + ITEM + "\",\"applicant\":{\"type\":\"ORGANISATION\","
            + "\"name\":\"寿光市某某食品有限公司\",\"idNumber\":\"91350100M000100Y43\",\"mobile\":\"13800138000\"},"
            + "\"form\":{\"address\":\"寿光市文家街道\",\"note\":\"benchmark\"},\"materials\":["
            + "{\"code\":\"M01\",\"fileRef\":\"scan/M01.pdf\",\"eCertificateRef\":null},"
            + "{\"code\":\"M02\",\"fileRef\":\"scan/M02.pdf\",\"eCertificateRef\":null},"
            + "{\"code\":\"M03\",\"fileRef\":\"scan/M03.pdf\",\"eCertificateRef\":null}],\"channel\":\"WINDOW\",\"commitmentSigned\":false}";
    private static final int GROUP = 8;

    private enum Schema { NODE, KEYS_ONLY, LEAST }

    public static void main(String[] args) throws Exception {
        int each = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int turns = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path root = Files.createTempDirectory("tongban-floor");
        try {
            System.out.printf("%d submissions a turn, %d per commit, CPU of the writing thread (median of %d turns)%n", each, GROUP, turns);
            double[][] cpu = new double[Schema.values().length][turns];
            for (int t = 0; t < turns; t++) {
                for (Schema s : Schema.values()) {
                    cpu[s.ordinal()][t] = run(s, root.resolve(s + "-" + t), each);
                }
            }
            double node = median(cpu[Schema.NODE.ordinal()]);
            for (Schema s : Schema.values()) {
                double m = median(cpu[s.ordinal()]);
                System.out.printf("FLOOR %-9s %.3f ms per submission (%.2fx the node's schema)%n", s.name().toLowerCase().replace('_', '-'), m, m / node);
            }
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Writes a quarter of {@code each} unmeasured (to warm the compiler and the caches), then {@code each} measured. */
    private static double run(Schema schema, Path dir, int each) throws SQLException {
        String url = "jdbc:derby:" + dir + ";create=true";
        try (Connection c = DriverManager.getConnection(url)) {
            create(c, schema);
            c.setAutoCommit(false);
            int events = schema == Schema.LEAST ? 1 : 2;
            try (PreparedStatement kase = c.prepareStatement("INSERT INTO intake_case (case_number, item_code, item_version, item_name, "
                    + "status, applicant_type, applicant_name, applicant_id, channel, application, missing, tolerated, accepted_on, "
                    + "promised_date, created_ms, updated_ms, details, department_code, department_name, accepted_by, priority) "
                    + "VALUES (?, ?, 1, ?, 'ACCEPTED', 'ORGANISATION', ?, ?, 'WINDOW', ?, '[]', '[]', ?, ?, ?, ?, ?, ?, ?, 'clerk', 0)");
                 PreparedStatement event = c.prepareStatement("INSERT INTO core_outbox (id, origin_node, subject, subject_seq, event_type, "
                         + "payload_version, payload, created_ms) VALUES (?, '370783003', ?, ?, ?, 1, ?, ?)");
                 PreparedStatement counter = c.prepareStatement("INSERT INTO core_outbox_subject (origin_node, subject, last_seq) VALUES ('370783003', ?, ?)");
                 PreparedStatement record = c.prepareStatement("INSERT INTO core_audit (seq, at_ms, node_id, actor, actor_role, action, subject, "
                         + "detail, prev_hash, hash) VALUES (?, ?, '370783003', 'clerk', 'CLERK', ?, ?, 'channel WINDOW, item version 1', ?, ?)")) {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                int warm = each / 4;
                long start = 0;
                long seq = 0;
                String hash = "0".repeat(64);
                Date today = Date.valueOf("2026-11-26");
                Date promised = Date.valueOf("2026-12-10");
                for (int n = 0; n < warm + each; n++) {
                    if (n == warm) {
                        c.commit();
                        start = threads.getCurrentThreadCpuTime();
                    }
                    // Seven items' numbers interleave in the case key, as the benchmark's load does.
                    String number = ITEM.substring(0, 27) + String.format("%04d", n % 7) + "20261126" + String.format("%05d", n / 7);
                    String subject = "case/" + number;
                    long now = System.currentTimeMillis();
                    kase.setString(1, number);
                    kase.setString(2, ITEM);
                    kase.setString(3, "食品经营许可（新办）");
                    kase.setString(4, "寿光市某某食品有限公司");
                    kase.setString(5, "91350100M000100Y43");
                    kase.setString(6, APPLICATION);
                    kase.setDate(7, today);
                    kase.setDate(8, promised);
                    kase.setLong(9, now);
                    kase.setLong(10, now);
                    kase.setString(11, "{\"budget\":{\"limitDays\":10}}");
                    kase.setString(12, "11370783MB0000000X");
                    kase.setString(13, "寿光市市场监督管理局");
                    kase.executeUpdate();
                    if (schema != Schema.LEAST) {
                        counter.setString(1, subject);
                        counter.setLong(2, events);
                        counter.executeUpdate();
                    }
                    for (int e = 1; e <= events; e++) {
                        String type = e == 1 ? "case.submitted" : "case.accepted";
                        event.setString(1, UUID.randomUUID().toString());
                        event.setString(2, subject);
                        event.setLong(3, e);
                        event.setString(4, type);
                        event.setString(5, "{\"caseNumber\":\"" + number + "\",\"status\":\"ACCEPTED\",\"itemCode\":\"" + ITEM
                                + "\",\"promisedDate\":\"2026-12-10\"}");
                        event.setLong(6, now);
                        event.addBatch();
                        record.setLong(1, ++seq);
                        record.setLong(2, now);
                        record.setString(3, type);
                        record.setString(4, subject);
                        record.setString(5, hash);
                        record.setString(6, hash);
                        record.addBatch();
                    }
                    event.executeBatch();
                    record.executeBatch();
                    if (n % GROUP == GROUP - 1) {
                        c.commit();
                    }
                }
                c.commit();
                return (threads.getCurrentThreadCpuTime() - start) / 1e6 / each;
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + dir + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby answers a shutdown with an exception (08006).
            }
        }
    }

    private static void create(Connection c, Schema schema) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE intake_case (case_number VARCHAR(70) NOT NULL PRIMARY KEY, item_code VARCHAR(50) NOT NULL, "
                    + "item_version INT NOT NULL, item_name VARCHAR(200) NOT NULL, status VARCHAR(20) NOT NULL, "
                    + "applicant_type VARCHAR(20) NOT NULL, applicant_name VARCHAR(200) NOT NULL, applicant_id VARCHAR(18) NOT NULL, "
                    + "channel VARCHAR(10) NOT NULL, application VARCHAR(32000) NOT NULL, missing VARCHAR(4000) NOT NULL, "
                    + "tolerated VARCHAR(4000) NOT NULL, accepted_on DATE, promised_date DATE, tolerance_due DATE, "
                    + "created_ms BIGINT NOT NULL, updated_ms BIGINT NOT NULL, outcome VARCHAR(10), decided_on DATE, "
                    + "credit_flag VARCHAR(500), suspended_since DATE, review_round INT DEFAULT 0 NOT NULL, details VARCHAR(8000), "
                    + "department_code VARCHAR(18), department_name VARCHAR(200), accepted_by VARCHAR(100), window_code VARCHAR(50), "
                    + "external_ref VARCHAR(120), priority SMALLINT DEFAULT 0 NOT NULL)");
            s.execute("CREATE TABLE core_outbox (position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id VARCHAR(36) NOT NULL, "
                    + "origin_node VARCHAR(64) NOT NULL, subject VARCHAR(200) NOT NULL, subject_seq BIGINT NOT NULL, "
                    + "event_type VARCHAR(100) NOT NULL, payload_version INT NOT NULL, payload VARCHAR(32000) NOT NULL, "
                    + "created_ms BIGINT NOT NULL, delivered_ms BIGINT)");
            s.execute("CREATE TABLE core_outbox_subject (origin_node VARCHAR(64) NOT NULL, subject VARCHAR(200) NOT NULL, "
                    + "last_seq BIGINT NOT NULL, PRIMARY KEY (origin_node, subject))");
            s.execute("CREATE TABLE core_audit (seq BIGINT NOT NULL PRIMARY KEY, at_ms BIGINT NOT NULL, node_id VARCHAR(64) NOT NULL, "
                    + "actor VARCHAR(100) NOT NULL, actor_role VARCHAR(40) NOT NULL, action VARCHAR(100) NOT NULL, "
                    + "subject VARCHAR(200) NOT NULL, detail VARCHAR(4000) NOT NULL, prev_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL)");
            if (schema == Schema.NODE) {
                // As the migrations leave them (intake V1–V8, core V1–V3).
                s.execute("CREATE INDEX intake_case_status ON intake_case (status, promised_date)");
                s.execute("CREATE INDEX intake_case_applicant ON intake_case (applicant_id)");
                s.execute("CREATE INDEX intake_case_published ON intake_case (outcome, decided_on)");
                s.execute("CREATE INDEX intake_case_department ON intake_case (department_code, created_ms)");
                s.execute("CREATE INDEX intake_case_updated ON intake_case (updated_ms)");
                s.execute("ALTER TABLE intake_case ADD CONSTRAINT intake_case_external_ref UNIQUE (external_ref)");
                s.execute("CREATE INDEX intake_case_queue ON intake_case (status, priority DESC, promised_date, created_ms)");
                s.execute("ALTER TABLE core_outbox ADD CONSTRAINT core_outbox_id UNIQUE (id)");
                s.execute("ALTER TABLE core_outbox ADD CONSTRAINT core_outbox_origin_subject_seq UNIQUE (origin_node, subject, subject_seq)");
                s.execute("CREATE INDEX core_outbox_pending ON core_outbox (delivered_ms, position)");
                s.execute("CREATE INDEX core_audit_subject ON core_audit (subject, seq)");
            }
        }
    }
}
