package org.tongban.catalog;

/** Search criteria; null fields do not filter. {@code text} matches the name or either code. */
public record ItemQuery(String text, String departmentCode, CaseKind caseKind, int offset, int limit) {

    public ItemQuery {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 50 : Math.min(limit, 500);
    }

    public static ItemQuery all() {
        return new ItemQuery(null, null, null, 0, 500);
    }
}
