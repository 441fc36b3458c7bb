package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.document.Document;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads responsibility matrices ("hvem gør hvad"): rows of tasks, columns of units, and a legend saying which
 * role letters do the task.
 */
final class MatrixReader extends ExtractionReader {

    MatrixReader(ExtractionContext ctx) {
        super(ctx);
    }

    /**
     * A responsibility matrix ("hvem gør hvad"): a table whose rows are tasks and whose columns are units, each cell
     * a role letter that a legend of the document explains ("A – ansvarlig", "U – udfører", "R – rådgiver"). A row's
     * task is a task of each unit whose cell holds a role of doing it (MATRIX_DOER); one that advises or is told is
     * not. Without a legend only a cross ("x", "✓") says who does it. Columns that name no unit ("Nærmeste leder")
     * are left out.
     */
    void matrices(Document d, Outline.Block root, String org, String department) {
        Map<String, Boolean> doerLetters = null;
        for (Outline.Block b : Outline.blocks(root)) {
            String[] header = null;
            for (Outline.Line line : b.lines) {
                String[] cells = line.text().split("\t", -1);
                List<String[]> labelled = cells.length < 3 ? UnitNameChecks.fields(line.text()) : List.of();
                if (labelled.size() >= 3 && labelled.stream().skip(1).allMatch(f -> ROLE_CODE.matcher(f[1].strip()).matches())) {
                    // "Opgave: Børneattest; Nærmeste leder: A; Løn Vestby: U": a row that carries its columns' names
                    header = labelled.stream().map(f -> f[0]).toArray(String[]::new);
                    cells = labelled.stream().map(f -> f[1]).toArray(String[]::new);
                }
                if (cells.length < 3) {
                    continue; // a group row ("Løn, ferie og fravær") or a paragraph: the header stays
                }
                if (header == null || !Arrays.stream(cells).skip(1).allMatch(c -> ROLE_CODE.matcher(c.strip()).matches())) {
                    header = cells;
                    continue;
                }
                if (header.length != cells.length) {
                    continue;
                }
                if (doerLetters == null) {
                    doerLetters = legend(root);
                }
                String task = cells[0].strip();
                Unit.UnitSource src = ctx.source(d, b.path());
                for (int j = 1; j < cells.length; j++) {
                    if (doesIt(cells[j].strip(), doerLetters)) {
                        Draft unit = matrixUnit(header[j].strip(), org, department, src);
                        if (unit != null) {
                            unit.listedTask(task, src);
                        }
                    }
                }
            }
        }
    }

    /** "A", "A, U", "U (læger)", "–", "x": a cell of a matrix, a role and perhaps a note. */
    private static final Pattern ROLE_CODE = Pattern.compile("(?:[\\p{Lu}xX✓✔](?:\\s*[,/+]\\s*[\\p{Lu}])*(?:\\s*\\([^()]{1,30}\\))?|[–—-]|)");
    private static final Pattern LEGEND_LINE = Pattern.compile("^([\\p{Lu}])\\s*(?:[–—=:-]|\\s)\\s*(\\p{L}+)");

    /** The legend's letters and whether each stands for doing the task ("A – ansvarlig: …" → A, true). */
    private Map<String, Boolean> legend(Outline.Block root) {
        Map<String, Boolean> letters = new HashMap<>();
        for (Outline.Block b : Outline.blocks(root)) {
            for (Outline.Line line : b.lines) {
                Matcher m = LEGEND_LINE.matcher(line.text().strip());
                if (m.find() && !line.text().contains("\t")) {
                    String role = m.group(2).toLowerCase(java.util.Locale.ROOT);
                    letters.putIfAbsent(m.group(1), cues.phrases("MATRIX_DOER").stream().anyMatch(role::startsWith));
                }
            }
        }
        return letters;
    }

    private static boolean doesIt(String cell, Map<String, Boolean> doerLetters) {
        String code = cell.replaceAll("\\s*\\([^()]*\\)", "");
        if (code.matches("[xX✓✔]")) {
            return true;
        }
        return Arrays.stream(code.split("\\s*[,/+]\\s*")).anyMatch(letter -> doerLetters.getOrDefault(letter, false));
    }

    /** A matrix column's unit: one found in the document's organisation, or a name with a unit noun. */
    private Draft matrixUnit(String column, String org, String department, Unit.UnitSource src) {
        Draft known = drafts.get(UnitNameChecks.key(org, department, UnitNameChecks.display(column, department)));
        if (known != null && known.name != null) {
            return known;
        }
        if (!cues.hasUnitNoun(column) || !names.isNameLike(column) || ctx.isPerson(column)) {
            return null;
        }
        Draft draft = ctx.draft(org, department, UnitNameChecks.display(column, department));
        draft.seen(src, UnitNameChecks.display(column, department), UnitNameChecks.abbreviation(column));
        return draft;
    }
}
