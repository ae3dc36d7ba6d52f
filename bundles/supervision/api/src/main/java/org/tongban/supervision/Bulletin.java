package org.tongban.supervision;

import java.time.YearMonth;
import java.util.List;

/** The monthly bulletin: one line per department, by department code, and the node's total. */
public record Bulletin(YearMonth month, List<BulletinLine> departments, BulletinLine total) {

    public Bulletin {
        departments = List.copyOf(departments);
    }
}
