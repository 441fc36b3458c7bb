package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.document.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads tables of units, a row per unit ("Enhed: X; Leder: …; Opgaver: …"), with the unit's leader, contact,
 * parent, former name and tasks from its columns.
 */
final class RecordReader extends ExtractionReader {
    private final UnitFacts unitFacts;

    RecordReader(ExtractionContext ctx, UnitFacts unitFacts) {
        super(ctx);
        this.unitFacts = unitFacts;
    }

    /**
     * A table of units, as a row per line ("Enhed: Lønservice; Leder: Kontorchef NN; Opgaver: Lønudbetaling,
     * lønsedler; Kontakt: …", as TextTables writes it): when the first column is named by a unit noun, each row
     * is a unit with its leader and contact from their columns, and the other columns' words as its tasks, one
     * task per listed item.
     */
    void records(Document d, Outline.Block b, String org, String department, String here) {
        Unit.UnitSource src = ctx.source(d, b.path());
        for (String record : recordLines(b.lines)) {
            List<String[]> fields = new ArrayList<>(checks.unitRecord(record));
            if (fields.isEmpty()) {
                continue;
            }
            // "Nuværende enhed: Lønkontoret; Ny enhed fra 1. juni: Lønteam Egby; Opgaver: …": the row's unit is the new one
            String[] renamedTo = cues.atStart("OLD_LABEL", fields.get(0)[0]).isPresent() ? fields.stream().skip(1)
                    .filter(f -> cues.atStart("NEW_LABEL", f[0]).isPresent() && names.isNameLike(f[1])).findFirst().orElse(null) : null;
            String[] oldName = renamedTo == null ? null : fields.get(0);
            if (renamedTo != null) {
                fields.remove(renamedTo);
                fields.set(0, renamedTo);
            }
            String name = fields.get(0)[1];
            Matcher within = UnitNameChecks.WITHIN_PARENS.matcher(name);
            if (within.find()) {
                name = name.substring(0, within.start()).strip(); // "Kortkontoret (en del af Kundecentret)"
            }
            Optional<String> former = oldName != null ? names.openingName(oldName[1])
                    : fields.stream().filter(f -> cues.atStart("FORMER", f[0]).isPresent()).findFirst()
                    .flatMap(f -> names.openingName(UnitNameChecks.WITHIN_PARENS.matcher(f[1]).replaceFirst(""))); // "Personaleafsnittet (til 1. august 2026)"
            Draft draft = ctx.draft(org, department, UnitNameChecks.display(name, department));
            draft.seen(src, UnitNameChecks.display(name, department), UnitNameChecks.abbreviation(name));
            if (draft.parentKey == null && here != null && !here.equals(draft.key)) {
                draft.parentKey = here;
            }
            String current = name;
            former.ifPresent(old -> {
                // "Tidligere navn: Udbetalingskontoret og Kørselsafregningen (lagt sammen)": two units merged into this one
                String[] pair = old.split("\\s+og\\s+", 2);
                if (pair.length == 2 && names.isNameLike(pair[0]) && names.isNameLike(pair[1])
                        && Character.isUpperCase(pair[1].codePointAt(0)) && !old.contains(",")) {
                    ctx.rename(org, department, pair[0].strip(), current, record, true, src);
                    ctx.rename(org, department, pair[1].strip(), current, record, true, src);
                } else {
                    ctx.rename(org, department, old, current, record, false, src); // "Tidligere: Personaleafsnittet (til …)"
                }
            });
            // A record that names its tasks' field ("Opgaver: …") says its other fields are no tasks: a form's
            // "Ikrafttræden", "Omkostningssted" and "Bemærkninger"
            boolean taskField = fields.stream().skip(1).anyMatch(f -> cues.contains("TASK_LIST", f[0]));
            for (String[] field : fields.subList(1, fields.size())) {
                if (cues.atStart("FORMER", field[0]).isPresent() || unitFacts.partOfField(draft, field[0], field[1], org, department)) {
                    continue;
                }
                String labelled = field[0] + ": " + field[1];
                unitFacts.facts(draft, labelled);
                Matcher phone = UnitNameChecks.PHONE.matcher(field[1]);
                if (draft.phone == null && phone.find()) {
                    draft.phone = phone.group().strip();
                }
                boolean fact = cues.is("LEADER_LABEL", field[0]) || cues.is("LOCATION_LABEL", field[0]) || cues.is("REPORTS_LABEL", field[0])
                        || cues.is("EMAIL_LABEL", field[0]) || cues.is("PHONE_LABEL", field[0]) || leaders.isOnlyContact(field[1])
                        || UnitNameChecks.EMAIL.matcher(field[1]).find() || !field[1].matches(".*\\p{L}{3,}.*");
                if (!fact && (!taskField || cues.contains("TASK_LIST", field[0]))) {
                    String[] items = field[1].replaceAll("[.]$", "").split(",\\s+|;\\s+|\\s+[·•]\\s+");
                    for (String task : items) {
                        draft.listedTask(task.strip(), src);
                    }
                    if (items.length > 1) {
                        draft.task(field[1], src); // the list as a whole: a question may join two of its items
                    }
                }
            }
        }
    }

    /**
     * Whether a labelled line opens a unit's record: its label names the unit and its value is a name. A unit's
     * former name ("Tidligere navn: …", "Nuværende navn: …") opens one only with the new name right below, as a form
     * of an organisational change writes them; below a unit's heading it is that unit's former name.
     */
    private boolean opensARecord(String label, String value, String next) {
        if (!checks.namesAUnit(label, value)) {
            return false;
        }
        if (cues.hasUnitNoun(label) || !checks.opensWith("OLD_LABEL", label)) {
            return true;
        }
        List<String[]> below = UnitNameChecks.fields(next);
        return below.size() == 1 && checks.opensWith("NEW_LABEL", below.get(0)[0]) && checks.namesTheUnit(below.get(0)[0]);
    }

    /**
     * The records of a block, one string each: a line of fields ("Enhed: X; Leder: …"), or a unit's label line with
     * the label lines below it ("Enhed: Medarbejderservice" / "Leder: …" / "Opgaver: …"), joined as one.
     */
    private List<String> recordLines(List<Outline.Line> lines) {
        List<String> records = new ArrayList<>();
        StringBuilder open = null;
        // a label the open record already has begins the next form's fields ("Type af ændring: …" again)
        java.util.Set<String> openLabels = new java.util.HashSet<>();
        boolean openedByFormerName = false;
        for (int i = 0; i < lines.size(); i++) {
            Outline.Line line = lines.get(i);
            String t = line.text();
            List<String[]> fields = UnitNameChecks.fields(t);
            boolean single = fields.size() == 1 && !line.item();
            // "Nyt navn: …" right below "Nuværende navn: …" goes on with the record that one opened
            boolean itsNewName = single && open != null && openedByFormerName && checks.opensWith("NEW_LABEL", fields.get(0)[0]);
            if (single && !itsNewName && opensARecord(fields.get(0)[0], fields.get(0)[1], i + 1 < lines.size() ? lines.get(i + 1).text() : "")) {
                if (open != null) {
                    records.add(open.toString());
                }
                open = new StringBuilder(t.replaceAll("[.;]$", ""));
                openedByFormerName = checks.opensWith("OLD_LABEL", fields.get(0)[0]) && !cues.hasUnitNoun(fields.get(0)[0]);
                openLabels.clear();
                openLabels.add(fields.get(0)[0].toLowerCase(java.util.Locale.ROOT));
            } else if (single && open != null && !openLabels.contains(fields.get(0)[0].toLowerCase(java.util.Locale.ROOT))) {
                open.append("; ").append(t.replaceAll("[.;]$", ""));
                openLabels.add(fields.get(0)[0].toLowerCase(java.util.Locale.ROOT));
            } else {
                if (open != null) {
                    records.add(open.toString());
                    open = null;
                }
                records.add(t);
            }
        }
        if (open != null) {
            records.add(open.toString());
        }
        return records;
    }
}
