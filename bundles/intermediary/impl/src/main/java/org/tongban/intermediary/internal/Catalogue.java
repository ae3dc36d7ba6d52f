package org.tongban.intermediary.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.text.Text;
import org.tongban.intermediary.IntermediaryService;

/** The catalogue of intermediary services that approvals require: read by anyone, kept by supervision and operations. */
final class Catalogue {

    private final MarketContext ctx;

    Catalogue(MarketContext ctx) {
        this.ctx = ctx;
    }

    List<IntermediaryService> services(String itemCode) {
        List<IntermediaryService> all = ctx.tx.read(ServiceStore::services);
        return Text.blank(itemCode) ? all : all.stream().filter(s -> s.requiredBy().contains(itemCode.trim())).toList();
    }

    Optional<IntermediaryService> service(String code) {
        return ctx.tx.read(c -> ServiceStore.service(c, code));
    }

    IntermediaryService saveService(Caller caller, IntermediaryService s) {
        ctx.access.requireSupervision(caller, Role.OPS);
        String actor = caller.user();
        String role = caller.role();
        List<String> p = new ArrayList<>();
        if (s == null) {
            throw Fault.invalid("send the service as JSON");
        }
        if (s.code() == null || !s.code().matches("[A-Za-z0-9_.-]{1,50}")) {
            p.add("code is 1-50 letters, digits, '.', '_' or '-'");
        }
        if (Text.blank(s.name())) {
            p.add("name is required");
        }
        if (Text.blank(s.legalBasis())) {
            p.add("legalBasis is required: the law or rule that makes an approval need this service");
        }
        if (s.timeLimitDays() < 1) {
            p.add("timeLimitDays (working days) is at least 1");
        }
        if (Text.blank(s.feeStandard())) {
            p.add("feeStandard is required (a price basis, or that it is set by the market)");
        }
        if (!p.isEmpty()) {
            throw Fault.invalid("the service has " + p.size() + " fault(s)", p);
        }
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            ServiceStore.save(c, s, ctx.clock.now().toEpochMilli());
            ctx.record(ch, "intermediary-service:" + s.code(), "intermediary.service.saved", actor, role, s.name(),
                    Map.of("code", s.code(), "name", s.name(), "requiredBy", s.requiredBy(), "timeLimitDays", s.timeLimitDays()));
            return s;
        });
    }
}
