package org.tongban.sync;

import java.util.List;
import java.util.Map;

/**
 * What a parent answers for a batch: events it stored now, events it already had (both may be marked delivered),
 * and events it rejects as invalid with the reason (the sender moves them to its dead letters).
 */
public record Receipt(List<String> stored, List<String> duplicates, Map<String, String> rejected) {

    public Receipt {
        stored = List.copyOf(stored);
        duplicates = List.copyOf(duplicates);
        rejected = Map.copyOf(rejected);
    }
}
