package dk.hrassistenten.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables written as text become one line per row that names each cell by its column: "Funktion: Klinisk vejleder;
 * Tillæg pr. år: 9.500 kr.". A row read on its own then says what its numbers are ("9.500 kr." is the yearly
 * supplement of a clinical supervisor), so a sentence can answer a question and a row of a table of units names the
 * unit, its leader and its tasks. Two shapes are read: Markdown pipe tables (a header row, a "|---|" row, the rows)
 * and the column-aligned tables that HTML converters write (a header line, a line of dash groups, the rows up to a
 * blank line); and contact lists aligned without a header, a unit or person per row with its phone or e-mail, become
 * "Name: cell, cell" lines. Other text passes unchanged.
 */
final class TextTables {

    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\s*\\|(\\s*:?-{3,}:?\\s*\\|)+\\s*$");
    private static final Pattern DASH_GROUPS = Pattern.compile("^\\s*-{3,}(\\s+-{3,})+\\s*$");

    private TextTables() {
    }

    /**
     * Rows of cells (an HTML or a Word table) as a pipe table with the first row as header, which {@link #asRows} then
     * reads row by row with the columns' names; empty for a table of one row or one column, which is only its cells' text.
     */
    static java.util.Optional<String> pipeTable(List<List<String>> rows) {
        List<List<String>> kept = rows.stream().filter(r -> r.stream().anyMatch(c -> !c.isEmpty())).toList();
        if (kept.size() < 2 || kept.stream().allMatch(r -> r.size() < 2)) {
            return java.util.Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        lines.add("| " + String.join(" | ", kept.get(0)) + " |");
        lines.add("|" + " --- |".repeat(kept.get(0).size()));
        kept.subList(1, kept.size()).forEach(r -> lines.add("| " + String.join(" | ", r) + " |"));
        return java.util.Optional.of(String.join("\n", lines));
    }

    static String asRows(String text) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (i + 1 < lines.length && PIPE_ROW.matcher(lines[i]).matches() && PIPE_SEPARATOR.matcher(lines[i + 1]).matches()) {
                List<String> header = pipeCells(lines[i]);
                int j = i + 2;
                for (; j < lines.length && PIPE_ROW.matcher(lines[j]).matches(); j++) {
                    out.add(row(header, pipeCells(lines[j])));
                }
                i = j - 1;
                continue;
            }
            if (i + 1 < lines.length && !lines[i].isBlank() && DASH_GROUPS.matcher(lines[i + 1]).matches()) {
                List<int[]> columns = columns(lines[i + 1]);
                List<String> header = alignedCells(lines[i], columns);
                int j = i + 2;
                for (; j < lines.length && !lines[j].isBlank() && !DASH_GROUPS.matcher(lines[j]).matches(); j++) {
                    out.add(row(header, alignedCells(lines[j], columns)));
                }
                if (j < lines.length && DASH_GROUPS.matcher(lines[j]).matches()) {
                    j++; // the closing line of dashes
                }
                i = j - 1;
                continue;
            }
            int rows = contactRows(lines, i);
            if (rows >= 2) {
                for (int j = i; j < i + rows; j++) {
                    out.add(contactRow(lines[j]));
                }
                i += rows - 1;
                continue;
            }
            out.add(lines[i]);
        }
        return String.join("\n", out);
    }

    /** A gap of three or more blanks between the cells of a row aligned without a header line. */
    private static final Pattern GAP = Pattern.compile("\\s{3,}");
    private static final Pattern CONTACT = Pattern.compile("@|(?<!\\d)\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}(?!\\d)");
    private static final Pattern ITEM_MARK = Pattern.compile("^(\\s*[-•·]\\s+)");

    /**
     * How many lines from {@code from} form a contact list aligned in columns without a header ("- Lønteamet &nbsp;
     * Anna Berg &nbsp; 12 34 56 78 &nbsp; loen@x.dk"), as letters and e-mails list who is who: rows of two or more
     * cells, each holding a phone number or an e-mail address after its first. Fewer than two rows means none.
     */
    private static int contactRows(String[] lines, int from) {
        int j = from;
        while (j < lines.length) {
            String body = ITEM_MARK.matcher(lines[j]).replaceFirst("").strip();
            String[] cells = GAP.split(body);
            if (cells.length < 2 || !CONTACT.matcher(body).find() || CONTACT.matcher(cells[0]).find()) {
                break;
            }
            j++;
        }
        return j - from;
    }

    /** "- Lønteamet: Anna Berg, 12 34 56 78, loen@x.dk": the row's first cell labels the rest, its item mark kept. */
    private static String contactRow(String line) {
        java.util.regex.Matcher mark = ITEM_MARK.matcher(line);
        String prefix = mark.find() ? mark.group(1) : "";
        String[] cells = GAP.split(line.substring(prefix.length()).strip());
        return prefix + cells[0] + ": " + String.join(", ", java.util.Arrays.copyOfRange(cells, 1, cells.length));
    }

    /** "Header: cell" for each non-empty cell, joined by semicolons, ending as a sentence. */
    private static String row(List<String> header, List<String> cells) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (cell.isEmpty()) {
                continue;
            }
            String label = c < header.size() ? header.get(c) : "";
            parts.add(label.isEmpty() ? cell : label + ": " + cell);
        }
        String joined = String.join("; ", parts);
        return joined.isEmpty() || joined.matches(".*[.!?]$") ? joined : joined + ".";
    }

    private static List<String> pipeCells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.replace("\\|", "|").replace("**", "").strip());
        }
        return cells;
    }

    /** Each dash group's start, and where the next group starts (the last runs to the end of the line). */
    private static List<int[]> columns(String dashes) {
        List<int[]> columns = new ArrayList<>();
        java.util.regex.Matcher m = Pattern.compile("-{3,}").matcher(dashes);
        while (m.find()) {
            columns.add(new int[] {m.start(), Integer.MAX_VALUE});
        }
        for (int c = 0; c + 1 < columns.size(); c++) {
            columns.get(c)[1] = columns.get(c + 1)[0];
        }
        return columns;
    }

    private static List<String> alignedCells(String line, List<int[]> columns) {
        List<String> cells = new ArrayList<>();
        for (int[] column : columns) {
            int start = Math.min(column[0], line.length());
            int end = Math.min(column[1], line.length());
            cells.add(line.substring(start, end).strip());
        }
        return cells;
    }
}
