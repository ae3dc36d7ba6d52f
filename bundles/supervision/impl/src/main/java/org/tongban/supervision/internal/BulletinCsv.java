package org.tongban.supervision.internal;

import org.tongban.core.text.Csv;
import org.tongban.supervision.Bulletin;
import org.tongban.supervision.BulletinLine;

/** The bulletin as the spreadsheet it is filed as (core's report CSV). */
public final class BulletinCsv {

    private BulletinCsv() {
    }

    public static String write(Bulletin b) {
        Csv csv = Csv.withHeader("month", "department_code", "department_name", "submissions", "online", "online_share",
                "completions", "on_time", "on_time_rate", "yellow_cards", "red_cards");
        for (BulletinLine l : b.departments()) {
            row(csv, b, l);
        }
        row(csv, b, b.total());
        return csv.toString();
    }

    private static void row(Csv csv, Bulletin b, BulletinLine l) {
        csv.row(b.month().toString(), l.departmentCode(), l.departmentName(), l.submissions(), l.online(), l.onlineShare(),
                l.completions(), l.onTime(), l.onTimeRate(), l.yellowCards(), l.redCards());
    }
}
