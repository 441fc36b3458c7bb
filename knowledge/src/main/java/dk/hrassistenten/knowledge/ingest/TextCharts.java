package dk.hrassistenten.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisation charts drawn as text become nested lists, so that every reader of the text (passages, sentences,
 * units) sees one line per unit: a chart joined into one paragraph is one long "sentence" that holds every word of
 * the organisation and matches every question a little.
 */
final class TextCharts {

    private TextCharts() {
    }

    private static final Pattern TREE_BRANCH = Pattern.compile("^([\\s│|]*)(?:[├└]─*|[+`]─+)\\s*(.+)$");
    private static final Pattern TREE_NOTE = Pattern.compile("^[\\s│|]*│[\\s│|]*(\\S.*)$|^(\\s{4,})(\\S.*)$");
    private static final Pattern DASH_LEVELS = Pattern.compile("^(\\s*)- ((?:[–-]\\s+)*)(\\S.*)$");

    /**
     * Organisation charts written as text: a box-drawing tree ("├─ X", "│    Leder: …") or dash levels ("– – X – leder"),
     * each with notes below an entry. Entries become list items indented by their level, notes are joined to their entry.
     */
    static String asLists(String text) {
        String[] lines = text.split("\n", -1);
        int lastItem = -1;
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            Matcher branch = TREE_BRANCH.matcher(line);
            Matcher dash = DASH_LEVELS.matcher(line);
            if (branch.matches()) {
                result.add(" ".repeat(branch.group(1).length()) + "- " + branch.group(2).strip());
                lastItem = result.size() - 1;
                continue;
            }
            if (dash.matches() && !dash.group(2).isEmpty()) {
                int level = dash.group(2).replaceAll("\\s", "").length();
                result.add(" ".repeat(dash.group(1).length() + 2 * level) + "- " + dash.group(3).strip());
                lastItem = result.size() - 1;
                continue;
            }
            Matcher note = TREE_NOTE.matcher(line);
            if (lastItem >= 0 && note.matches()) {
                String noteText = (note.group(1) != null ? note.group(1) : note.group(3)).strip();
                if (!noteText.isEmpty() && !noteText.matches("[│|\\s]*")) {
                    result.set(lastItem, result.get(lastItem) + " – " + noteText);
                }
                continue;
            }
            if (line.strip().matches("[│|]*")) {
                if (line.isBlank()) {
                    lastItem = -1;
                    result.add(line);
                }
                continue;
            }
            lastItem = -1;
            result.add(line);
        }
        return String.join("\n", result);
    }
}
