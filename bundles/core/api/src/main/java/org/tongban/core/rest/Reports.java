package org.tongban.core.rest;

import org.tongban.core.fault.Fault;
/**
 * Reports that come as JSON or as the CSV spreadsheet they are sent out in: which one a request asks for, and how the
 * CSV is named. A format the node does not make is refused, not answered in another one the client did not ask for (a
 * bulletin filed as the spreadsheet would be JSON).
 */
public final class Reports {

    public static final String CSV = "text/csv; charset=UTF-8";

    private Reports() {
    }

    /** Whether to answer CSV: {@code format=csv}, or no format and an Accept of text/csv; a 400 for any other format. */
    public static boolean csv(String format, String accept) {
        if (format != null && !"csv".equalsIgnoreCase(format) && !"json".equalsIgnoreCase(format)) {
            throw Fault.invalid("format is csv or json");
        }
        return "csv".equalsIgnoreCase(format) || format == null && accept != null && accept.startsWith("text/csv");
    }

    /** The Content-Disposition of a CSV answer: a download named {@code name}.csv. */
    public static String attachment(String name) {
        return "attachment; filename=\"" + name + ".csv\"";
    }
}
