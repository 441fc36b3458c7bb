package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.document.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads organisation charts: a chart written as a (nested) list of units, and a drawn chart's rows of boxes as a
 * PDF gives them.
 */
final class ChartReader extends ExtractionReader {
    private final UnitFacts unitFacts;
    private final RenameStatements renameStatements;

    ChartReader(ExtractionContext ctx, UnitFacts unitFacts, RenameStatements renameStatements) {
        super(ctx);
        this.unitFacts = unitFacts;
        this.renameStatements = renameStatements;
    }

    /** List items that name units: an organisation chart written as a (nested) list. */
    void chart(Document d, Outline.Block b, String org, String department, String here) {
        List<Outline.Line> items = b.lines.stream().filter(Outline.Line::item).toList();
        if (items.size() < 2) {
            return;
        }
        List<String> names = new ArrayList<>(items.stream().map(i -> chartName(i.text())).toList());
        for (int i = 0; i < items.size(); i++) {
            if (names.get(i) != null && amongTasks(items, i) && !cues.hasUnitNoun(NamePhrases.stripAbbreviation(names.get(i)))) {
                names.set(i, null); // "MED-aftalen, vejledning …" among a unit's tasks in lower case is a task too
            }
        }
        long nouns = names.stream().filter(n -> n != null && (cues.hasUnitNoun(NamePhrases.stripAbbreviation(n)) || UnitNameChecks.departmentForm(n, department))).count();
        long named = names.stream().filter(Objects::nonNull).count();
        // Items in lower case are tasks listed under a unit ("- udbetaler løn …"), not candidates for a name.
        long candidates = items.stream().filter(i -> !startsInLowerCase(i.text())).count();
        if (named * 2 < candidates) {
            return; // a list of sentences that mention units is no chart
        }
        boolean nested = items.stream().anyMatch(i -> i.indent() > 0);
        // "Organisationsdiagram", also as a part of a title ("Region Østkyst – organisationsdiagram")
        boolean chartHeading = b.heading != null && java.util.Arrays.stream(b.heading.split("\\s+[–—|-]\\s+"))
                .anyMatch(part -> checks.isChartHeading(part.strip()));
        long led = ledItems(items, names);
        if (!(chartHeading && nouns >= 1) && !(nested && nouns >= 2) && !(led >= 2 && led * 2 >= named)) {
            return;
        }
        Unit.UnitSource src = ctx.source(d, b.path());
        List<int[]> stack = new ArrayList<>(); // indent, index into keys
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Outline.Line item = items.get(i);
            String name = names.get(i);
            while (!stack.isEmpty() && stack.get(stack.size() - 1)[0] >= item.indent()) {
                stack.remove(stack.size() - 1);
            }
            if (name == null) {
                if ((startsInLowerCase(item.text()) || amongTasks(items, i)) && !stack.isEmpty()) {
                    Draft above = drafts.get(keys.get(stack.get(stack.size() - 1)[1]));
                    unitFacts.facts(above, item.text()); // "telefon 64 38 21 50 · loen@…" below the unit's name
                    if (!renameStatements.formerName(above, item.text(), org, department, src)) {
                        chartTasks(above, item.text(), src);
                    }
                }
                continue;
            }
            String parent = stack.isEmpty() ? here : keys.get(stack.get(stack.size() - 1)[1]);
            Draft draft = ctx.draft(org, department, UnitNameChecks.display(name, department));
            draft.seen(src, UnitNameChecks.display(name, department), UnitNameChecks.abbreviation(name));
            if (draft.parentKey == null && parent != null && !parent.equals(draft.key)) {
                draft.parentKey = parent;
            }
            String annotation = annotationOf(item.text(), name);
            if (!annotation.isBlank()) {
                unitFacts.facts(draft, annotation);
                if (draft.leader == null) {
                    draft.leader = leaders.titledPerson(annotation).orElse(null);
                }
                chartTasks(draft, annotation, src);
            }
            keys.add(draft.key);
            stack.add(new int[] {item.indent(), keys.size() - 1});
        }
    }

    /** Whether the item beside this one on its level (before or after it) is a task in lower case. */
    private static boolean amongTasks(List<Outline.Line> items, int i) {
        int indent = items.get(i).indent();
        for (int step : new int[] {-1, 1}) {
            int j = i + step;
            if (indent > 0 && j >= 0 && j < items.size() && items.get(j).indent() == indent && startsInLowerCase(items.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many named items name a leader ("Løn og Ferie – teamleder NN") or have an e-mail address among the items
     * below them: names without a unit's noun are units when the list gives them what units have.
     */
    private long ledItems(List<Outline.Line> items, List<String> names) {
        long led = 0;
        for (int i = 0; i < items.size(); i++) {
            if (names.get(i) == null) {
                continue;
            }
            Outline.Line item = items.get(i);
            boolean leader = Arrays.stream(annotationOf(item.text(), names.get(i)).split("\\s+[–-]\\s+|,\\s+"))
                    .anyMatch(note -> leaders.isPersonNote(note.strip()));
            boolean contact = false;
            for (int j = i + 1; j < items.size() && items.get(j).indent() > item.indent(); j++) {
                contact |= UnitNameChecks.EMAIL.matcher(items.get(j).text()).find();
            }
            if (leader || contact) {
                led++;
            }
        }
        return led;
    }

    /**
     * The tasks in a chart entry's notes: the notes are joined by dashes ("teamleder NN – Opgaver: a · b"), a
     * note naming the leader, the address or the contact is no task, and a list of tasks ("a · b; c") is a
     * task each, so that a question matches the one task it is about rather than a long line of several.
     */
    private void chartTasks(Draft draft, String annotation, Unit.UnitSource src) {
        for (String note : annotation.split("\\s+[–-]\\s+")) {
            String part = note.replaceFirst("^\\p{L}+\\s*:\\s+", "").strip();
            boolean governance = leaders.isGovernance(note) && !cues.contains("TASK", note);
            boolean person = leaders.isPersonNote(part);
            if (person && draft.leader == null) {
                draft.leader = part; // "chefkonsulent Simon Teglgaard": the chart names who heads the unit
            }
            if (part.isEmpty() || governance || person || leaders.isOnlyContact(part)) {
                continue;
            }
            String[] listed = part.split("\\s+[·•]\\s+|;\\s+");
            if (listed.length == 1) {
                draft.task(part, src);
                continue;
            }
            for (String task : listed) {
                draft.listedTask(task.strip(), src);
            }
        }
    }

    /** What a chart's entry says after its name ("Løn og Ferie – teamleder NN" → "teamleder NN"). */
    private static String annotationOf(String item, String name) {
        return item.substring(Math.min(item.length(), name.length())).replaceAll("^[\\s:–-]+", "");
    }

    private static boolean startsInLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** The unit name a chart item starts with ("Sekretariatet – leder: NN" → "Sekretariatet"), or null. */
    private String chartName(String item) {
        // "Regionsdirektør Karen Aistrup": a person at the top of the chart, no unit
        String asInText = item.isEmpty() ? item : item.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + item.substring(1);
        if (leaders.titledPerson(asInText).filter(p -> p.length() >= item.strip().length() - 1).isPresent()) {
            return null;
        }
        if (Pattern.compile("(?iu),\\s+(?:der|som|hvor)\\b").matcher(item).find()) {
            return null;
        }
        String[] parts = item.split("\\s+[–-]\\s+|:\\s|\\s\\((?!\\p{Lu}{2,7}\\))|,\\s+(?=\\p{Ll})", 2);
        String name = parts[0].strip().replaceAll("[.;]+$", "");
        // "Administrerende direktør – Poul Sommer": a title and the person holding it
        if (parts.length == 2 && leaders.onlyATitle.matcher(name).matches() && UnitNameChecks.NAME_ONLY.matcher(parts[1].strip()).matches()) {
            return null;
        }
        return names.isNameLike(name) ? name : null;
    }

    // ---- a drawn chart's rows of boxes ----------------------------------------------------------------------

    /**
     * A drawn chart read from a PDF: boxes side by side come out as one line of cells ("3 Mandskabskontoret ⇥ 4 Løn
     * og Regnskab ⇥ 5 Helbred og Sikkerhed"), and the lines below it hold each box's leader and place in the same
     * columns ("Leder: Trine Moos ⇥ Økonomichef: Poul Saxtorph ⇥ …"). Facts of boxes whose unit the document's
     * legend or text made a unit; a box names no unit by itself.
     */
    void chartRows(Outline.Block root, String org, String department) {
        for (Outline.Block b : Outline.blocks(root)) {
            List<String> rows = new ArrayList<>();
            if (b.heading != null) {
                rows.add(b.heading);
            }
            b.lines.forEach(l -> rows.add(l.text()));
            List<Draft> boxes = null;
            for (String row : rows) {
                String[] cells = numbersWithTheirBoxes(row.split("\t"));
                if (cells.length >= 2 && Arrays.stream(cells).allMatch(c -> BOX.matcher(c.strip()).matches())) {
                    boxes = Arrays.stream(cells).map(c -> {
                        Matcher box = BOX.matcher(c.strip());
                        box.matches();
                        Draft unit = drafts.get(UnitNameChecks.key(org, department, UnitNameChecks.display(box.group(1).strip(), department)));
                        return unit != null && unit.name != null ? unit : null;
                    }).toList();
                } else if (boxes != null && cells.length == boxes.size()) {
                    for (int j = 0; j < cells.length; j++) {
                        if (boxes.get(j) != null) {
                            unitFacts.facts(boxes.get(j), cells[j].strip());
                        }
                    }
                } else {
                    boxes = null;
                }
            }
        }
    }

    /** "3" ⇥ "Mandskabskontoret": a box's number drawn apart from its name is one cell with it. */
    private static String[] numbersWithTheirBoxes(String[] cells) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            if (i + 1 < cells.length && cells[i].strip().matches("\\d{1,2}(?:\\.\\d{1,2})?")) {
                joined.add(cells[i].strip() + " " + cells[++i].strip());
            } else {
                joined.add(cells[i]);
            }
        }
        return joined.toArray(String[]::new);
    }

    /** "3 Mandskabskontoret", "6.4 Vagtcentralen": a numbered box of a chart. */
    private static final Pattern BOX = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})?\\s+(\\p{Lu}[^\\t]{1,60})");
}
