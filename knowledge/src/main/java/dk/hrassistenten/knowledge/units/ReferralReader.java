package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.Sentences;
import dk.hrassistenten.knowledge.document.Document;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Who do I contact?" lists: referral lines and rows ("Fejl på lønsedlen → Lønservice"), arrows to units, a
 * procedure's step naming who does it, and a letter's "who is who" lines of a unit, its leader and contact.
 */
final class ReferralReader extends ExtractionReader {
    private final UnitFacts unitFacts;

    ReferralReader(ExtractionContext ctx, UnitFacts unitFacts) {
        super(ctx);
        this.unitFacts = unitFacts;
    }

    /**
     * "Løn og Fravær Bøgely: lønchef Tove Bech, tlf. 44 10 20 30", as a letter's "who is who" lists its units: a
     * unit's name labelling its leader and how to reach it. The name must be a unit's: one found already, the new name
     * of a rename, or a name with a unit noun.
     */
    void contactLines(Document d, Outline.Block root, String org, String department) {
        Set<String> targets = ctx.renameTargets();
        for (Outline.Block b : Outline.blocks(root)) {
            for (Outline.Line line : b.lines) {
                Matcher m = NAMED_CONTACT.matcher(line.text().strip());
                if (!m.matches()) {
                    continue;
                }
                String label = m.group(1).strip();
                if (!names.isNameLike(label) || cues.isUnitNoun(label.toLowerCase(java.util.Locale.ROOT)) || checks.describesAUnit(label)) {
                    continue; // "Enhed: …", "Kontakt: …" label a unit's fields, and name no unit
                }
                String value = m.group(2);
                boolean reachable = UnitNameChecks.EMAIL.matcher(value).find() || UnitNameChecks.PHONE.matcher(value).find() && cues.contains("PHONE_LABEL", value);
                String name = UnitNameChecks.display(label, department);
                String key = UnitNameChecks.key(org, department, name);
                if (!reachable || leaders.titledPerson(value).isEmpty()
                        || !drafts.containsKey(key) && !targets.contains(key) && !cues.hasUnitNoun(name)) {
                    continue;
                }
                Draft draft = ctx.draft(org, department, name);
                draft.seen(ctx.source(d, b.path()), name, UnitNameChecks.abbreviation(name));
                unitFacts.facts(draft, value);
            }
        }
    }

    /** "Name: what follows", a name of at most six words before the colon. */
    private static final Pattern NAMED_CONTACT = Pattern.compile("^(\\p{Lu}[^:;]{2,60}):\\s+(\\S.*)$");

    /**
     * Referral lines, as "who do I contact?" lists write them: "Fejl på lønsedlen → Lønservice", "En arbejdsulykke:
     * Team Arbejdsmiljø". When the right side is the name of a unit found in the document, the situation on the
     * left is a task of that unit.
     */
    void referrals(Document d, Outline.Block root, String org, String department) {
        for (Outline.Block b : Outline.blocks(root)) {
            doerUnderHeading(d, b, org, department);
            for (Outline.Line line : b.lines) {
                String t = line.text();
                // most lines refer to no one: the pattern only where its separator stands
                if (t.indexOf(':') < 0 && t.indexOf('→') < 0 && !t.contains("->") && !t.contains("=>")) {
                    continue;
                }
                if (referralRow(d, b, t, org, department)) {
                    continue;
                }
                if (arrowsToUnits(d, b, t, org, department)) {
                    continue;
                }
                Matcher m = REFERRAL.matcher(t.strip());
                if (!m.matches() || m.group(3) != null && !line.item()) {
                    continue; // more said after the name only in a list of who to ask
                }
                String topic = m.group(1).replaceAll("[*_]", "").strip();
                String name = UnitNameChecks.display(m.group(2).strip(), department);
                Draft unit = drafts.get(UnitNameChecks.key(org, department, name));
                if ((unit == null || unit.name == null) && line.item() && !checks.describesAUnit(topic) && ctx.placeNamedUnit(name)) {
                    // "- Adgangsbrik og P-tilladelse: Rådhusdriften Rævebæk, som hører under Teknik og Ejendom": a list of
                    // who to ask names a unit by its place-named name, though no other text describes it
                    unit = ctx.draft(org, department, name);
                    unit.seen(ctx.source(d, b.path()), name, UnitNameChecks.abbreviation(name));
                }
                if (unit != null && unit.name != null) {
                    unit.task(topic, ctx.source(d, b.path()));
                }
            }
        }
    }

    /** "Trin 3: ", "Step 3. ": a step's number before what the step is. */
    private static final Pattern STEP_NUMBER = Pattern.compile("^\\p{L}+\\s+\\d+[.:]\\s+");

    /** A short section of a procedure or a form: its heading and a line or two, then whose it is. */
    private static final int MAX_STEP_LINES = 4;

    /**
     * A procedure's step ("## Trin 3: Rettelse og efterbetaling", a line on what happens, "Ansvarlig: Lønvagten
     * Fyrrebakke"): a short section whose last line names who does it by a doer's label (REFER_LABEL, or a PASSIVE
     * cue as a label) gives that unit the step, its heading and its first line. A person or a role in lower case
     * ("Ansvarlig: nærmeste leder") is no unit.
     */
    private void doerUnderHeading(Document d, Outline.Block b, String org, String department) {
        if (b.heading == null || b.lines.size() < 2 || b.lines.size() > MAX_STEP_LINES) {
            return;
        }
        Matcher field = UnitNameChecks.FIELD.matcher(b.lines.get(b.lines.size() - 1).text().strip());
        if (!field.matches() || !(cues.is("REFER_LABEL", field.group(1)) || cues.is("PASSIVE", field.group(1)))) {
            return;
        }
        String name = field.group(2).strip().replaceAll("[.;]$", "");
        if (!names.isNameLike(name) || !ctx.unitLike(name, org, department)) {
            return;
        }
        Unit.UnitSource src = ctx.source(d, b.path());
        Draft unit = ctx.draft(org, department, UnitNameChecks.display(name, department));
        unit.seen(src, UnitNameChecks.display(name, department), UnitNameChecks.abbreviation(name));
        String step = STEP_NUMBER.matcher(UnitNameChecks.NUMBERING.matcher(b.heading.strip()).replaceFirst("")).replaceFirst("").strip();
        unit.task(step + ": " + b.lines.get(0).text().strip(), src);
    }

    /**
     * A row of a "who do I contact?" table ("Emne: Fejl på lønsedlen; Kontakt: Lønkontoret; Telefon: …", as
     * TextTables writes it): the named unit handles the row's subject, and is a unit even where the page is the
     * only one to name it. Returns whether the line is such a row.
     */
    private boolean referralRow(Document d, Outline.Block b, String line, String org, String department) {
        List<String[]> fields = UnitNameChecks.fields(line);
        if (fields.size() < 2 || !checks.unitRecord(line).isEmpty()) {
            return false;
        }
        // "Hvem hjælper?", "Kontakt": a column named as a who-question or a contact names the unit
        String[] who = fields.stream().skip(1).filter(f -> cues.atStart("REFER_LABEL", f[0]).isPresent() || cues.is("PASSIVE", f[0]))
                .findFirst().orElse(null);
        String subject = fields.get(0)[1];
        String note = null;
        if (who != null) {
            // "Løncenter Klitmose – leder Kasper Bork": the unit, then a note on its leader
            String[] parts = who[1].split("\\s+[–—]\\s+|\\s+-\\s+", 2);
            who[1] = parts[0].strip();
            note = parts.length > 1 ? parts[1].strip() : null;
        }
        String formerName = null;
        Matcher paren = who == null ? null : UnitNameChecks.WITHIN_PARENS.matcher(who[1]);
        if (paren != null && paren.find()) {
            // "Lønpartner Hedebro (tidligere Lønkontoret)", "Vagtplanservice (hed Vagtkontoret indtil 1. september 2026)"
            formerName = checks.afterFormerCue(paren.group()).flatMap(names::openingName).orElse(null);
            who[1] = who[1].substring(0, paren.start()).strip();
        }
        // in a staff directory's row the person is the first cell, and the team column names a team ("Sikkert Arbejdsliv")
        boolean personRow = isPersonRow(subject);
        if (who == null || !names.isNameLike(who[1]) || UnitNameChecks.EMAIL.matcher(who[1]).find() || UnitNameChecks.PHONE.matcher(who[1]).find()
                || leaders.titledPerson(who[1]).isPresent() || UnitNameChecks.NAME_ONLY.matcher(who[1]).matches() && !cues.hasUnitNoun(who[1])
                        && formerName == null && !ctx.namedAfterAPlace(who[1]) && !personRow) {
            return false; // "Kontakt: Anne Holm" names a person
        }
        Unit.UnitSource src = ctx.source(d, b.path());
        Draft unit = ctx.draft(org, department, UnitNameChecks.display(who[1], department));
        unit.seen(src, UnitNameChecks.display(who[1], department), UnitNameChecks.abbreviation(who[1]));
        if (formerName != null) {
            ctx.rename(org, department, formerName, who[1], line, false, src);
        }
        if (note != null && unit.leader == null && leaders.isPersonNote(note)) {
            unit.leader = note;
        }
        if (personRow) {
            // A staff directory's row ("Navn: Hanne Brøndlund; Stilling: Teamleder; Team: Løn og Seniorforhold; …"):
            // a person of the unit, no task; the one whose title is a leader's leads it, and gives its contact.
            Optional<String> title = fields.stream().skip(1).filter(f -> f != who).map(f -> f[1])
                    .filter(v -> cues.atStart("LEADER_TITLE", v).isPresent()).findFirst();
            fields.stream().skip(1).filter(f -> f != who && (title.isPresent() || cues.is("LOCATION_LABEL", f[0])))
                    .forEach(f -> unitFacts.facts(unit, f[0] + ": " + f[1]));
            title.filter(t -> unit.leader == null).ifPresent(t -> unit.leader = t.split(",")[0].strip() + " " + subject);
            return true;
        }
        fields.stream().skip(1).filter(f -> f != who).forEach(f -> unitFacts.facts(unit, f[0] + ": " + f[1]));
        unit.task(subject, src);
        return true;
    }

    /** "Anne-Mette Vinkel": a row's first cell that names a person, as a staff directory's rows open. */
    private boolean isPersonRow(String firstCell) {
        return UnitNameChecks.NAME_ONLY.matcher(firstCell).matches() && !cues.hasUnitNoun(firstCell);
    }

    /**
     * "Er du vikar? JA --> Vikarkontoret (vikarkontrakter, genansættelse)": a question or topic, an arrow to a
     * unit of the page, and what the unit handles in parentheses after its name. The question before the arrow and
     * each item in the parentheses are the unit's tasks. Returns whether the line gave a unit such tasks; "Topic →
     * Unit" alone is a referral line (REFERRAL).
     */
    private boolean arrowsToUnits(Document d, Outline.Block b, String line, String org, String department) {
        boolean found = false;
        Matcher m = ARROW_TO_UNIT.matcher(line);
        int from = 0;
        while (m.find()) {
            Draft unit = drafts.get(UnitNameChecks.key(org, department, UnitNameChecks.display(m.group(1).strip(), department)));
            if (unit == null || unit.name == null) {
                continue;
            }
            Unit.UnitSource src = ctx.source(d, b.path());
            String before = line.substring(from, m.start());
            int asked = before.lastIndexOf('?');
            if (asked > 0) {
                String question = Sentences.last(before.substring(0, asked + 1)).replaceFirst("^\\d{1,2}[.)]\\s+", "").strip();
                unit.task(question, src);
                found = true;
            }
            if (m.group(2) != null) {
                found = true;
                Arrays.stream(m.group(2).split(",\\s+")).map(String::strip).filter(item -> !checks.denies(item)).forEach(item -> unit.task(item, src, Draft.MIN_ITEM_TASK));
            }
            from = m.end();
        }
        return found;
    }
    /** "--> Vikarkontoret (vikarkontrakter, genansættelse)": an arrow, a name, and maybe a parenthesised list. */
    private static final Pattern ARROW_TO_UNIT = Pattern.compile("(?:-->|->|→|=>)\\s*(\\p{Lu}[\\p{L}\\p{N}&-]*(?:\\s+[\\p{L}\\p{N}&-]+){0,5}?)(?:\\s*\\(([^()]{3,300})\\))?(?=\\s*(?:$|\\p{Lu}{2,}\\b|[.;]))");

    /**
     * "situation → unit", "situation: unit": a situation of a few words, then a name of at most six words; perhaps more
     * said of the name after it (group 3: "- Topic: Name, som hører under …", "- Topic: Name. Driftsleder …").
     */
    private static final Pattern REFERRAL = Pattern.compile("^(?:-\\s+)?([^:→]{4,140}?)\\s*(?:→|->|=>|:)\\s*"
            + "(\\p{Lu}[\\p{L}\\p{N}&-]*(?:\\s+[\\p{L}\\p{N}&-]+){0,5}?)(?:\\.?|(,\\s+(?:som|der)\\s.*|\\.\\s+\\p{Lu}.*))$");
}
