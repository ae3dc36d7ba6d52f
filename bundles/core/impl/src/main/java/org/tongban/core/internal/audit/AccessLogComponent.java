package org.tongban.core.internal.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.audit.AccessLog;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Transactions;
import org.tongban.core.internal.data.CoreSchema;
import org.tongban.core.rest.Role;
import org.tongban.core.schedule.PeriodicTask;
import org.tongban.core.schedule.PeriodicTasks;
import org.tongban.core.security.Caller;

/**
 * The access record, written off the request path: reads queue up (bounded) and a writer stores them in one batch
 * a second; once a day records older than the retention (at least six months) are purged. A read when the queue is
 * full is stored at once on the caller's thread rather than lost.
 */
@Component(service = AccessLog.class)
public class AccessLogComponent implements AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLogComponent.class);
    /** 等保 level 3 keeps logs at least six months; a little more, so a half-year report finds its first day. */
    static final long RETENTION_MS = 200L * 24 * 3600 * 1000;

    private final Transactions tx;
    private final TongbanClock clock;
    private final BlockingQueue<Access> queue = new ArrayBlockingQueue<>(10_000);
    private final PeriodicTask writer;
    private final PeriodicTask purger;

    @Activate
    public AccessLogComponent(@Reference Transactions tx, @Reference TongbanClock clock, @Reference CoreSchema schema,
                              @Reference PeriodicTasks periodic) {
        this.tx = tx;
        this.clock = clock;
        // flush is synchronized and purge only deletes what is months old, so the two need no common thread.
        writer = periodic.every("access log writer", Duration.ofSeconds(1), Duration.ofSeconds(1), this::flush);
        purger = periodic.every("access log purge", Duration.ofMinutes(1), Duration.ofDays(1), this::purge);
    }

    /** What is still queued is stored before the component goes. */
    @Deactivate
    void stop() {
        writer.close();
        purger.close();
        flush();
    }

    @Override
    public void read(Caller caller, String subject, String what) {
        if (caller.has(Role.NODE)) {
            return;   // the node's own work reads for no person
        }
        Access a = new Access(clock.now(), caller.user(), caller.role(), subject, what, caller.address());
        if (!queue.offer(a)) {
            store(List.of(a));
        }
    }

    @Override
    public List<Access> reads(String subject, String reader, Instant from, Instant to, int limit) {
        flush();
        StringBuilder sql = new StringBuilder("SELECT at_ms, reader, role, subject, what, address FROM core_access_log WHERE at_ms >= ?"
                + " AND at_ms <= ?");
        List<String> args = new ArrayList<>();
        if (subject != null) {
            sql.append(" AND subject = ?");
            args.add(subject);
        }
        if (reader != null) {
            sql.append(" AND reader = ?");
            args.add(reader);
        }
        sql.append(" ORDER BY at_ms DESC, id DESC FETCH FIRST ").append(Math.max(1, Math.min(limit, 1000))).append(" ROWS ONLY");
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                ps.setLong(1, from == null ? 0 : from.toEpochMilli());
                ps.setLong(2, to == null ? Long.MAX_VALUE : to.toEpochMilli());
                for (int i = 0; i < args.size(); i++) {
                    ps.setString(i + 3, args.get(i));
                }
                List<Access> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Access(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)));
                    }
                }
                return out;
            }
        });
    }

    private synchronized void flush() {
        List<Access> batch = new ArrayList<>();
        queue.drainTo(batch);
        if (!batch.isEmpty()) {
            try {
                store(batch);
            } catch (RuntimeException e) {
                LOG.error("{} access record(s) could not be stored: {}", batch.size(), e.toString());
            }
        }
    }

    private void store(List<Access> batch) {
        tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO core_access_log (at_ms, reader, role, subject, what, address)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Access a : batch) {
                    ps.setLong(1, a.at().toEpochMilli());
                    ps.setString(2, cut(a.reader(), 100));
                    ps.setString(3, cut(a.role(), 20));
                    ps.setString(4, cut(a.subject(), 200));
                    ps.setString(5, cut(a.what(), 100));
                    ps.setString(6, cut(a.address(), 64));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private void purge() {
        try {
            int n = tx.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM core_access_log WHERE at_ms < ?")) {
                    ps.setLong(1, clock.now().toEpochMilli() - RETENTION_MS);
                    return ps.executeUpdate();
                }
            });
            if (n > 0) {
                LOG.info("access log: {} record(s) older than {} days purged", n, RETENTION_MS / 86_400_000);
            }
        } catch (RuntimeException e) {
            LOG.warn("access log purge failed, trying again tomorrow: {}", e.toString());
        }
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
