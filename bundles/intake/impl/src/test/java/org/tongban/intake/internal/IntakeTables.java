package org.tongban.intake.internal;

import org.tongban.testsupport.LocalTransactions;
import org.tongban.testsupport.MemoryDatabase;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import org.tongban.core.data.Transactions;

/**
 * Intake's tables on in-memory Derby with intake's migrations, rows written straight into them: what the read
 * services (due work, figures) are tested on without the lifecycle that would bring each case there.
 */
final class IntakeTables {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Creation (and last change) time of the cases written here: 2025-10-01 00:00 in {@link #ZONE}. */
    static final long CREATED = LocalDate.of(2025, 10, 1).atStartOfDay(ZONE).toInstant().toEpochMilli();

    final Transactions tx;

    IntakeTables() {
        tx = new LocalTransactions(MemoryDatabase.migrated("intake"));
    }

    /** A case of department D1 (审批局) in division 370783003, created and last changed at {@link #CREATED}. */
    void kase(String number, String status, LocalDate promised, LocalDate suspended, LocalDate decided, String channel) {
        tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_case (case_number, item_code, item_version, item_name,"
                    + " status, applicant_type, applicant_name, applicant_id, channel, application, missing, tolerated, created_ms,"
                    + " updated_ms, promised_date, suspended_since, decided_on, department_code, department_name, review_round,"
                    + " division_code) VALUES (?, 'ITEM', 1, '食品经营许可', ?, 'PERSON', '张三', '11010519491231002X', ?, '{}', '',"
                    + " '', ?, ?, ?, ?, ?, 'D1', '审批局', 1, '370783003')")) {
                ps.setString(1, number);
                ps.setString(2, status);
                ps.setString(3, channel);
                ps.setLong(4, CREATED);
                ps.setLong(5, CREATED);
                ps.setDate(6, promised == null ? null : Date.valueOf(promised));
                ps.setDate(7, suspended == null ? null : Date.valueOf(suspended));
                ps.setDate(8, decided == null ? null : Date.valueOf(decided));
                return ps.executeUpdate();
            }
        });
    }

    /** A review step of round 1. */
    void step(String number, String dept, String status) {
        update("INSERT INTO intake_review_step (case_number, review_round, department_code, department_name, step_order, status)"
                + " VALUES (?, 1, ?, ?, 0, ?)", number, dept, "部门" + dept, status);
    }

    /** Runs an UPDATE or INSERT with string arguments. */
    void update(String sql, Object... args) {
        tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }
}
