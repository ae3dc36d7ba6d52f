package org.tongban.core.text;

/**
 * The one CSV writer of the node's reports (RFC 4180): CRLF line ends, a cell quoted when it holds a separator, a
 * quote or a line break, and a cell that starts like a formula ({@code = + - @}, tab, CR) disarmed with a leading
 * apostrophe, because the halls open these files in spreadsheet programs. Starts with a BOM so those programs read
 * the Chinese names as UTF-8.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    /** A report beginning with its header line. */
    public static Csv withHeader(String... names) {
        Csv c = new Csv();
        c.row((Object[]) names);
        return c;
    }

    /** One line; a null is an empty cell, a number is written as Java writes it. */
    public Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cells[i] instanceof Number ? cells[i].toString() : cell(cells[i] == null ? null : cells[i].toString()));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** One text cell, disarmed and quoted as needed. */
    public static String cell(String v) {
        if (v == null || v.isEmpty()) {
            return "";
        }
        String s = "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
