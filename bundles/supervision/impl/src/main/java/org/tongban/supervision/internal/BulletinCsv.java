package org.tongban.supervision.internal;

import org.tongban.supervision.Bulletin;
import org.tongban.supervision.BulletinLine;

/** The bulletin as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs in the halls read the Chinese names). */
public final class BulletinCsv {

    private BulletinCsv() {
    }

    public static String write(Bulletin b) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("month,department_code,department_name,submissions,online,online_share,completions,on_time,on_time_rate,"
                + "yellow_cards,red_cards\r\n");
        for (BulletinLine l : b.departments()) {
            row(out, b, l);
        }
        row(out, b, b.total());
        return out.toString();
    }

    private static void row(StringBuilder out, Bulletin b, BulletinLine l) {
        out.append(b.month()).append(',').append(quote(l.departmentCode())).append(',').append(quote(l.departmentName()))
                .append(',').append(l.submissions()).append(',').append(l.online()).append(',').append(l.onlineShare())
                .append(',').append(l.completions()).append(',').append(l.onTime()).append(',').append(l.onTimeRate())
                .append(',').append(l.yellowCards()).append(',').append(l.redCards()).append("\r\n");
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
