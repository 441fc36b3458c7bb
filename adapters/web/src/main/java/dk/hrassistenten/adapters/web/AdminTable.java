package dk.hrassistenten.adapters.web;

import java.util.List;
import java.util.Objects;

/**
 * One table of HR's view ({@code /admin}), shown as HTML and downloaded as {@code /admin/<name>.csv}.
 *
 * @param name the table's name in its download's path
 * @param title the heading above it
 * @param columns the column headings
 * @param rows the cells as text, each row as long as {@code columns}; "" for a cell with nothing in it
 */
record AdminTable(String name, String title, List<String> columns, List<List<String>> rows) {

    AdminTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row of " + row.size() + " cells under " + columns.size() + " columns");
            }
        }
    }

    /**
     * The table as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote or line
     * break, quotes doubled). A cell a spreadsheet would take for a formula (=, +, -, @ first) gets an apostrophe
     * first: questions come from anyone, and a CSV opened in Excel must not run what someone typed.
     */
    String csv() {
        StringBuilder out = new StringBuilder();
        line(out, columns);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String field(String cell) {
        String value = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /**
     * The table as escaped HTML, with its CSV download. A wide table scrolls sideways in a region of its own, which the
     * keyboard can reach and scroll too.
     */
    String html() {
        String heading = "h-" + Html.escape(name);
        StringBuilder out = new StringBuilder("<h2 id=\"").append(heading).append("\">").append(Html.escape(title))
                .append("</h2><p><a href=\"/admin/").append(Html.escape(name)).append(".csv\">Hent som CSV</a></p>");
        if (rows.isEmpty()) {
            return out.append("<p class=meta>Intet endnu.</p>").toString();
        }
        out.append("<div class=scroll role=region tabindex=0 aria-labelledby=\"").append(heading).append("\">");
        out.append("<table id=\"").append(Html.escape(name)).append("\"><thead><tr>");
        columns.forEach(c -> out.append("<th scope=col>").append(Html.escape(c)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(Html.escape(cell)).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</tbody></table></div>").toString();
    }
}
