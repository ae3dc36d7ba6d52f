package org.tongban.provincial;

import java.util.List;
import java.util.Map;

/** The hub's answer to a batch: records stored now, records it had already, records it refused with the reason. */
public record HubReceipt(List<String> stored, List<String> duplicates, Map<String, String> rejected) {

    public HubReceipt {
        stored = stored == null ? List.of() : List.copyOf(stored);
        duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
        rejected = rejected == null ? Map.of() : Map.copyOf(rejected);
    }
}
