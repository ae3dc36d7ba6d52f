package org.tongban.surrogate.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongban.surrogate.WorkloadBy;
import org.tongban.surrogate.Workload;

/** Workload figures from the cases the network knows, per agent, point or level. Pure. */
final class NetworkFigures {

    private static final double MS_PER_DAY = 86_400_000d;

    private NetworkFigures() {
    }

    static List<Workload> workload(List<NetworkCase> cases, WorkloadBy by) {
        Function<NetworkCase, String> key = switch (by) {
            case AGENT -> k -> k.agentAccount() + "@" + k.nodeId();
            case POINT -> k -> k.nodeId() + "/" + k.pointCode();
            case LEVEL -> k -> k.level().name();
        };
        Map<String, List<NetworkCase>> groups = cases.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<Workload> out = new ArrayList<>();
        groups.forEach((k, group) -> out.add(figures(k, group, by)));
        return out;
    }

    private static Workload figures(String key, List<NetworkCase> group, WorkloadBy by) {
        NetworkCase first = group.get(0);
        String name = switch (by) {
            case AGENT -> first.agentName() + ", " + first.pointName();
            case POINT -> first.pointName();
            case LEVEL -> first.level().name().toLowerCase();
        };
        List<NetworkCase> closed = group.stream().filter(k -> k.closedMs() != null).toList();
        double days = closed.stream().mapToDouble(k -> (k.closedMs() - k.openedMs()) / MS_PER_DAY).average().orElse(0);
        BigDecimal fees = group.stream().map(NetworkCase::fees).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Workload(key, name, first.level().name(), by == WorkloadBy.LEVEL ? "" : first.divisionCode(), group.size(),
                group.size() - closed.size(), closed.size(), Math.round(days * 10) / 10.0, fees,
                group.stream().filter(NetworkCase::greenChannel).count(),
                group.stream().mapToLong(NetworkCase::freeCopies).sum(), group.stream().mapToLong(NetworkCase::mailings).sum());
    }
}
