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
 * blank line). Other text passes unchanged.
 */
final class TextTables {

    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\s*\\|(\\s*:?-{3,}:?\\s*\\|)+\\s*$");
    private static final Pattern DASH_GROUPS = Pattern.compile("^\\s*-{3,}(\\s+-{3,})+\\s*$");

    private TextTables() {
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
            out.add(lines[i]);
        }
        return String.join("\n", out);
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
