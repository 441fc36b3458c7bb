package dk.hrassistenten.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
        if (isLabelled(kept)) {
            // "Placering | Terminalbygningen, 1. sal": a label and its value on each row, no header above them
            return java.util.Optional.of(String.join("\n", kept.stream()
                    .map(r -> r.get(0).isEmpty() ? r.get(1) : r.get(0).replaceFirst(":$", "") + ": " + r.get(1)).toList()));
        }
        List<String> lines = new ArrayList<>();
        lines.add("| " + String.join(" | ", kept.get(0)) + " |");
        lines.add("|" + " --- |".repeat(kept.get(0).size()));
        kept.subList(1, kept.size()).forEach(r -> lines.add("| " + String.join(" | ", r) + " |"));
        return java.util.Optional.of(String.join("\n", lines));
    }

    /**
     * Whether a table of two columns gives a label and its value on each row (a form's or a function's description,
     * a document's control data) rather than a header over rows: each first cell is a short label, and the first
     * row's second cell already reads as a value (a number, a sentence, a list, more than a few words), which a
     * column's name never does.
     */
    static boolean isLabelled(List<List<String>> rows) {
        if (rows.stream().anyMatch(r -> r.size() != 2)) {
            return false;
        }
        boolean labels = rows.stream().map(r -> r.get(0)).allMatch(l -> l.length() <= LABEL_CHARS && !l.endsWith(".") && l.split("\\s+").length <= LABEL_WORDS);
        String first = rows.get(0).get(1);
        boolean value = VALUE_LIKE.matcher(first).find() || first.split("\\s+").length > LABEL_WORDS;
        return labels && value;
    }

    private static final int LABEL_CHARS = 40;
    private static final int LABEL_WORDS = 4;
    /**
     * A digit, a sentence's end, a list's comma, an e-mail address, a person's name (capitals after the first word):
     * what a value holds and a column's name does not.
     */
    private static final Pattern VALUE_LIKE = Pattern.compile("\\d|\\.$|\\p{Ll}\\. \\p{Lu}|, |@|\\s\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+");

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
            if (isFormField(lines, i)) {
                // "3. Nyt navn<TAB>Praktikteamet Strandkær", its value running on over the lines below
                StringBuilder field = new StringBuilder(formField(lines[i]));
                for (; i + 1 < lines.length && continuesTheValue(lines[i + 1]); i++) {
                    field.append(' ').append(lines[i + 1].strip());
                }
                out.add(field.toString());
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

    /**
     * A form's field as a PDF of a filled-in form writes it: a short label, perhaps numbered, a tab, the value ("2.
     * Nuværende navn<TAB>Elevkoordinationen"), two cells and no more (a row of three is a table's). Read as one only
     * among others: a field stands a few lines before or after.
     */
    private static final Pattern FORM_FIELD = Pattern.compile("^\\s*(?:\\d{1,2}\\.\\s+)?(\\p{L}[^\\t:]{0,40}?)\\t+(\\S[^\\t]*)$");

    private static boolean isFormField(String[] lines, int at) {
        Matcher field = FORM_FIELD.matcher(lines[at]);
        if (!field.matches() || field.group(1).strip().split("\\s+").length > LABEL_WORDS + 1) {
            return false;
        }
        return neighbourIsField(lines, at, -1) || neighbourIsField(lines, at, 1);
    }

    /** Whether one of the few non-blank lines before or after (a value may run over some) is a field. */
    private static boolean neighbourIsField(String[] lines, int at, int step) {
        int seen = 0;
        for (int j = at + step; j >= 0 && j < lines.length && seen < FIELD_REACH; j += step) {
            if (!lines[j].isBlank()) {
                if (FORM_FIELD.matcher(lines[j]).matches()) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }

    private static final int FIELD_REACH = 4;

    /** "Label: value". */
    private static String formField(String line) {
        Matcher m = FORM_FIELD.matcher(line);
        m.matches();
        return m.group(1).strip() + ": " + m.group(2).strip();
    }

    /** A line that goes on with the value above: text without a tab, no heading, no item, no field of its own. */
    private static boolean continuesTheValue(String line) {
        String t = line.strip();
        return !t.isEmpty() && !line.contains("\t") && !t.startsWith("#") && !t.startsWith("- ") && !t.startsWith("|");
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
