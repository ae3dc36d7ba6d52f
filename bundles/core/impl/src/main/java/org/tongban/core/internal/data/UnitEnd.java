package org.tongban.core.internal.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a unit of a group commit leaves items for the end of its group ({@link GroupEnd}): written there if the unit
 * succeeds, dropped with the unit's other work if it fails. Valid while the unit runs.
 */
public final class UnitEnd {

    private final Map<GroupEnd<?>, List<Object>> left = new LinkedHashMap<>();

    public <T> void leave(GroupEnd<T> kind, T item) {
        left.computeIfAbsent(kind, k -> new ArrayList<>()).add(item);
    }

    Map<GroupEnd<?>, List<Object>> left() {
        return left;
    }
}
