package org.tongban.intermediary.internal;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.tongban.core.NodeIdentity;
import org.tongban.core.NodeInfo;
import org.tongban.core.NodeLevel;
import org.tongban.core.audit.AccessLog;
import org.tongban.core.calendar.CalendarYear;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.YearTableCalendar;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.security.Caller;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyApplication;
import org.tongban.intermediary.IntermediaryService;
import org.tongban.intermediary.ProjectRequest;
import org.tongban.intermediary.Qualification;
import org.tongban.intermediary.SelectionMethod;
import org.tongban.testsupport.LocalChanges;
import org.tongban.testsupport.LocalTransactions;
import org.tongban.testsupport.MemoryDatabase;
import org.tongban.testsupport.RecordingAudit;
import org.tongban.testsupport.RecordingOutbox;

/**
 * The marketplace component (or its use cases) on an in-memory Derby with the intermediary migrations, a clock the test
 * moves, a working-day calendar with 2025's National Day holidays, and audit, outbox and access log that only remember.
 */
final class MarketFixture {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String AREA = "370783";
    static final String SERVICE = "ZJ-FXCL";
    static final String OWNER_CODE = "91350100M000100Y43";
    static final Caller OWNER = Caller.fromRealm("owner", List.of("applicant", "identity:" + OWNER_CODE));
    static final Caller SUPERVISOR = Caller.fromRealm("supervisor", List.of("supervisor"));
    static final Caller SYSTEM = Caller.system("test");

    final DataSource derby = MemoryDatabase.migrated();   // the component (or migrated()) migrates it
    final RecordingAudit audit = new RecordingAudit();
    final RecordingOutbox outbox = new RecordingOutbox();
    final List<String> accessLog = new ArrayList<>();
    final Map<String, Object> config = new HashMap<>();
    Instant now = ZonedDateTime.of(2025, 9, 26, 10, 0, 0, 0, ZONE).toInstant();
    MarketplaceComponent market;

    final TongbanClock clock = () -> Clock.fixed(now, ZONE);
    final Transactions tx = new LocalTransactions(derby);
    final Changes changes = new LocalChanges(tx, audit, outbox);

    /**
     * 2025 as the State Council's notice has it around National Day; other years weekends only, provisional. Kept
     * instead of the shared Mon–Fri calendar: the tests count working days across the holiday and its swapped days.
     */
    static YearTableCalendar calendar() {
        Set<LocalDate> holidays = new java.util.TreeSet<>();
        for (LocalDate d = LocalDate.of(2025, 10, 1); !d.isAfter(LocalDate.of(2025, 10, 8)); d = d.plusDays(1)) {
            holidays.add(d);
        }
        return new YearTableCalendar(List.of(new CalendarYear(2025, holidays, Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)))),
                year -> new CalendarYear(year, Set.of(), Set.of(), true));
    }

    /** The intermediary migrations, run once on this fixture's database. */
    final SchemaMigrations flyway = (capability, loader) -> MemoryDatabase.migrate(derby, capability, loader);
    final NodeInfo node = new NodeInfo() {
        @Override
        public NodeIdentity identity() {
            return new NodeIdentity("county-" + AREA, NodeLevel.COUNTY, AREA, "寿光市", null, false);
        }

        @Override
        public List<String> capabilities() {
            return List.of("tongban-intermediary");
        }
    };
    // core has no shared recording access log: this one keeps who read what, as "user kind subject"
    final AccessLog reads = (AccessLog) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AccessLog.class},
            (proxy, m, args) -> {
                if (m.getName().equals("read")) {
                    accessLog.add(((Caller) args[0]).user() + " " + args[1] + " " + args[2]);
                }
                return m.getReturnType() == List.class ? List.of() : null;
            });

    /** The component, migrated, with the one service the fixture's projects and agencies use. */
    MarketplaceComponent start() {
        market = new MarketplaceComponent(tx, flyway, calendar(), clock, changes, node, reads, config());
        market.saveService(SYSTEM, new IntermediaryService(SERVICE, "建设工程规划放线测量", "《测绘法》", List.of(), 5, "定额"));
        return market;
    }

    /** What the use cases share, over the same database, clock, audit and outbox as the component (start it first). */
    MarketContext context() {
        return new MarketContext(tx, changes, calendar(), clock, new MarketAccess(node), reads);
    }

    /** A connection to a freshly migrated database, for the stores' own tests; the caller closes it. */
    Connection migrated() throws SQLException {
        flyway.migrate("intermediary", getClass().getClassLoader());
        return derby.getConnection();
    }

    /** The component's configuration: the annotation's defaults, with what the test put in {@link #config}. */
    IntermediaryConfig config() {
        return (IntermediaryConfig) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {IntermediaryConfig.class},
                (proxy, m, args) -> m.getName().equals("annotationType") ? IntermediaryConfig.class
                        : config.getOrDefault(m.getName(), m.getDefaultValue()));
    }

    /** Each audit entry as its action and detail. */
    List<String> audited() {
        return audit.entries.stream().map(e -> e.action() + " " + e.detail()).toList();
    }

    /** Each outbox event as its action and payload. */
    List<String> outboxed() {
        return outbox.events.stream().map(e -> e.type() + " " + e.payload()).toList();
    }

    /** An admitted surveying agency of the county; {@code n} 1 to 4. */
    long agency(int n) {
        String code = new String[] {"91370783MA3C0A1B11", "91370783MA3C0B2C22", "91370783MA3C0C3D33", "91370783MA3C0D4E44"}[n - 1];
        Caller staff = Caller.fromRealm("agency-" + n, List.of("agency"));
        Agency a = market.registerAgency(staff, new AgencyApplication(code, "测绘公司" + n, "13905361234", List.of(AREA), 8,
                List.of(new Qualification(SERVICE, "乙级测绘资质", "乙测资字" + n, LocalDate.of(2030, 12, 31)))));
        return market.admit(SYSTEM, a.id(), true, "资质审核通过").id();
    }

    static Caller staff(int n) {
        return Caller.fromRealm("agency-" + n, List.of("agency"));
    }

    static ProjectRequest draw(String title, Instant closes) {
        return new ProjectRequest(SERVICE, title, "规划放线测量并出具成果报告", "寿光市文家街道办事处", OWNER_CODE, null, null,
                new BigDecimal("18000"), 5, null, SelectionMethod.RANDOM_DRAW, closes, true, AREA);
    }

    /** A lowest-price project of the fixture's owner: bids count from 5,000 to 12,000 yuan. */
    static ProjectRequest lowestPrice(String title, Instant closes) {
        return new ProjectRequest(SERVICE, title, "规划放线测量并出具成果报告", "寿光市文家街道办事处", OWNER_CODE, new BigDecimal("5000"),
                new BigDecimal("12000"), null, 5, null, SelectionMethod.LOWEST_PRICE, closes, true, AREA);
    }

    /** A project whose owner chooses the agency directly. */
    static ProjectRequest direct(String title) {
        return new ProjectRequest(SERVICE, title, "规划放线测量并出具成果报告", "寿光市文家街道办事处", OWNER_CODE, null, null,
                new BigDecimal("3000"), 5, null, SelectionMethod.DIRECT, null, false, AREA);
    }

    static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZONE).toInstant();
    }
}
