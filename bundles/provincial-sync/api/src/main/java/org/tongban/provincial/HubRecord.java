package org.tongban.provincial;

import java.util.Map;

/**
 * One record for the hub: its id (stable across redeliveries, so the hub de-duplicates), its data set, the case it
 * belongs to (申报流水号) and the fields in the hub's own names and formats.
 */
public record HubRecord(String recordId, HubDataset dataset, String caseNumber, Map<String, Object> data) {

    public HubRecord {
        data = Map.copyOf(data);
    }
}
