package org.tongban.catalog;

import java.util.List;
import java.util.Map;

/** What an import did: codes newly published, codes given a new version, codes unchanged, and rejected items with every fault. */
public record ImportReport(List<String> created, List<String> updated, List<String> unchanged, Map<String, List<String>> rejected) {

    public ImportReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
        rejected = Map.copyOf(rejected);
    }
}
