package org.tongban.intermediary.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeInfo;
import org.tongban.core.security.Caller;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Transactions;
import org.tongban.core.json.JsonConfig;
import org.tongban.core.validation.CreditCode;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyApplication;
import org.tongban.intermediary.IntermediaryService;
import org.tongban.intermediary.Marketplace;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.Qualification;
import org.tongban.intermediary.SelectionMethod;

/**
 * Demo data on an empty demo node, so the marketplace can be seen at once: the services the demo catalogue's items
 * require, four admitted agencies (the demo user {@code agency} acts for the first), a random draw already made (check
 * it with {@code GET …/projects/1/verification}) and a lowest-price project open for bids. Goes through the
 * marketplace itself, so all of it is audited like real data.
 */
@Component(immediate = true, configurationPid = "org.tongban.intermediary")
public class DemoMarket {

    private static final Caller DEMO = Caller.system("demo");

    private static final Logger LOG = LoggerFactory.getLogger(DemoMarket.class);

    @Activate
    public DemoMarket(@Reference Marketplace market, @Reference NodeInfo node, @Reference Transactions tx,
                      @Reference TongbanClock clock, IntermediaryConfig config) {
        if (!node.identity().demo() || !config.demoData() || !market.services(null).isEmpty()) {
            return;
        }
        try {
            load(market, tx, clock, rules(config));
        } catch (IOException | RuntimeException e) {
            LOG.error("demo marketplace data could not be loaded; the marketplace works without it", e);
        }
    }

    /** The rules the marketplace itself reads from the same configuration (the defaults when it is invalid). */
    private static SelectionRules.Rules rules(IntermediaryConfig config) {
        try {
            return MarketSettings.of(config).rules();
        } catch (IllegalArgumentException e) {
            return MarketSettings.DEFAULTS.rules();
        }
    }

    private static void load(Marketplace market, Transactions tx, TongbanClock clock, SelectionRules.Rules rules) throws IOException {
        try (InputStream in = DemoMarket.class.getResourceAsStream("/demo/services.json")) {
            for (IntermediaryService s : JsonConfig.stored().readValue(in, new TypeReference<List<IntermediaryService>>() { })) {
                market.saveService(DEMO, s);
            }
        }
        LocalDate valid = clock.today().plusYears(2);
        // The demo projects lie in Shouguang (370783), which the demo agencies of Shouguang and of Weifang (370700) serve.
        String area = "370783";
        Object[][] agencies = {
            {"agency", "91370783MA3C00001", "寿光市规划设计研究院有限公司", List.of("ZJ-SJSC", "ZJ-FXCL", "ZJ-KCDJ")},
            {"agency-hengtai", "91370783MA3C00002", "山东恒泰测绘有限公司", List.of("ZJ-FXCL", "ZJ-KCDJ")},
            {"agency-lvyuan", "91370700MA3C00003", "潍坊绿源环境科技有限公司", List.of("ZJ-HP", "ZJ-PSJC", "ZJ-SZYLZ")},
            {"agency-jiance", "91370700MA3C00004", "潍坊市正衡检测技术有限公司", List.of("ZJ-PSJC", "ZJ-FXCL", "ZJ-YZ", "ZJ-KCDJ")}};
        long[] ids = new long[agencies.length];
        for (int i = 0; i < agencies.length; i++) {
            String first17 = (String) agencies[i][1];
            @SuppressWarnings("unchecked")
            List<Qualification> qs = ((List<String>) agencies[i][3]).stream()
                    .map(code -> new Qualification(code, "资质证书", "ZZ-" + first17.substring(8) + "-" + code, valid)).toList();
            Agency a = market.registerAgency(Caller.fromRealm((String) agencies[i][0], List.of("agency")),
                    new AgencyApplication(first17 + CreditCode.checkCharacter(first17), (String) agencies[i][2],
                    "1380638" + String.format("%04d", 1001 + i), List.of(first17.substring(2, 8)), 12 + 5 * i, qs));
            ids[i] = market.admit(DEMO, a.id(), true, "材料齐全，资质有效").id();
        }
        Instant now = clock.now();
        // A random draw among the three surveyors whose window closed three days ago, made as its owner would.
        long drawn = tx.inTransaction(c -> {
            StoredProject p = project("土地勘测定界——寿光市文家街道农贸市场改造项目", "ZJ-KCDJ", SelectionMethod.RANDOM_DRAW, area,
                    now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(3)), rules);
            HistoryStore.keep(c, rules, now.toEpochMilli());
            p.fixedPrice = new BigDecimal("18000.00");
            ProjectStore.insert(c, p, now.toEpochMilli());
            for (int i : new int[] {0, 1, 3}) {
                RegistrationStore.register(c, p.id, ids[i], null, null, now.minus(Duration.ofDays(5)).toEpochMilli());
            }
            return p.id;
        });
        market.select(Caller.fromRealm("applicant", List.of("applicant")), drawn);
        // A lowest-price project still open: two surveyors have bid; the demo agency may bid too.
        long open = tx.inTransaction(c -> {
            StoredProject p = project("建设工程规划放线测量——寿光市文家街道社区服务中心", "ZJ-FXCL", SelectionMethod.LOWEST_PRICE, area,
                    now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)), rules);
            p.budgetMin = new BigDecimal("5000.00");
            p.budgetMax = new BigDecimal("12000.00");
            ProjectStore.insert(c, p, now.toEpochMilli());
            RegistrationStore.register(c, p.id, ids[1], new BigDecimal("8600.00"), null, now.toEpochMilli());
            RegistrationStore.register(c, p.id, ids[3], new BigDecimal("9100.00"), null, now.toEpochMilli());
            return p.id;
        });
        LOG.info("demo marketplace loaded: 8 services, 4 agencies, projects {} (drawn) and {} (open for bids)", drawn, open);
    }

    private static StoredProject project(String title, String service, SelectionMethod method, String area, Instant published,
                                         Instant closes, SelectionRules.Rules rules) {
        StoredProject p = new StoredProject();
        p.serviceCode = service;
        p.title = title;
        p.scope = title.substring(title.indexOf("——") + 2) + "：按技术规范完成服务并提交成果报告";
        p.ownerName = "寿光市文家街道办事处";
        p.ownerCreditCode = "11370783004245571" + CreditCode.checkCharacter("11370783004245571");
        p.ownerAccount = "applicant";
        p.timeLimitDays = 10;
        p.method = method;
        p.publishedAt = published;
        p.closes = closes;
        p.publicFunds = true;
        p.areaCode = area;
        p.status = ProjectStatus.OPEN;
        p.seed = Draws.newSeed();
        p.seedCommitment = Draws.commitment(p.seed);
        p.rulesVersion = rules.version();
        return p;
    }

}
