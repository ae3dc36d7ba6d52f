package org.tongban.catalog.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogResourceTest {

    @Test
    void aRejectedImportListsEveryFaultOfEveryItemByCode() {
        Map<String, List<String>> rejected = Map.of("X2", List.of("name is required"),
                "X1", List.of("name is required", "promisedLimitDays must not exceed statutoryLimitDays"));
        assertEquals(List.of("X1: name is required", "X1: promisedLimitDays must not exceed statutoryLimitDays",
                "X2: name is required"), CatalogResource.faults(rejected));
    }
}
