package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.analysis.Sentences;
import dk.hrassistenten.knowledge.document.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a heading as a unit when the text below gives evidence of one (governance, tasks, a task list, a contact),
 * and takes the section's lines as that unit's tasks and facts.
 */
final class HeadingReader extends ExtractionReader {
    private final UnitFacts unitFacts;
    private final RenameStatements renameStatements;

    HeadingReader(ExtractionContext ctx, UnitFacts unitFacts, RenameStatements renameStatements) {
        super(ctx);
        this.unitFacts = unitFacts;
        this.renameStatements = renameStatements;
    }

    /** The unit a heading names, when the text below gives evidence of it. */
    Optional<String> headingUnit(Document d, Outline.Block b, String org, String department, String enclosing) {
        String name = checks.headingName(b.heading);
        if (name == null || cues.is("FIELD", name) || cues.is("GENRE", name) || checks.isChartHeading(name) || cues.isPluralUnitNoun(name) || listsUnits(name)
                || describesATeam(name) || namesItsOrganisation(name)) {
            return Optional.empty(); // "Enhederne": the units below are the enclosing unit's
        }
        List<Outline.Line> lines = ownLines(b);
        boolean nounName = cues.hasUnitNoun(NamePhrases.stripAbbreviation(name)) || UnitNameChecks.departmentForm(name, department);
        boolean isDepartment = department != null && UnitNames.squash(name).equals(UnitNames.squash(department));
        Evidence e = evidence(name, lines);
        boolean unit = nounName || isDepartment
                ? e.governance || e.namedTasks || e.taskList || e.contact || (e.selfTasks && enclosing == null) || e.selfTasks || e.items >= 2
                        || e.contactTopics
                : e.opensWithGovernance || e.namedTasks || e.namedGovernance || (e.selfTasks && enclosing == null) || (e.taskList && e.namedTaskList)
                        || e.contactTopics && e.contact || e.leaderNamed && e.contact || e.verbFirstTask && e.contact
                        // "Hører under: HR. Leder: lønchef NN. Adresse: …" below "Løn og Dagpenge": a card of labelled facts
                        || describedByLabels(b)
                        // "Hører under People & Kultur. Leder: lønchef NN. Udbetaler løn …": a paragraph of the same facts
                        || e.placedBySentence && e.verbFirstTask;
        // "4. Funktionstillæg", whose text speaks of "et funktionstillæg": a thing, not the name of a unit.
        if (unit && !nounName && !isDepartment && !name.contains(" ") && writtenInLowerCase(name, lines)) {
            return Optional.empty();
        }
        if (!unit) {
            return Optional.empty();
        }
        name = spelledAsInText(capitalsAsElsewhere(name), lines);
        Draft draft = ctx.draft(org, department, UnitNameChecks.display(name, department));
        if (draft.parentKey == null && enclosing != null && !enclosing.equals(draft.key)) {
            draft.parentKey = enclosing;
        }
        Unit.UnitSource src = ctx.source(d, b.path());
        draft.seen(src, UnitNameChecks.display(name, department), UnitNameChecks.abbreviation(name));
        checks.formerInParens(b.heading).ifPresent(draft.aliases::add);
        Set<Outline.Line> taken = taskListUnits(d, b, lines, org, department, draft);
        Matcher heads = lines.isEmpty() ? null : leaders.headLine.matcher(lines.get(0).text());
        if (heads != null && heads.matches()) {
            taken.add(lines.get(0)); // a person, no task
            if (draft.leader == null) {
                draft.leader = heads.group(1) + " " + heads.group(2); // "Chefkonsulent Søren Friis, HR Bakkedal" right under the name
            }
        }
        for (Outline.Line line : lines) {
            if (taken.contains(line) || checks.isNavigation(line) || !checks.unitRecord(line.text()).isEmpty()) {
                continue; // a row of a table of units is that unit's (records), not the heading's
            }
            boolean oneSentence = Sentences.split(line.text()).size() == 1;
            if (oneSentence && renameStatements.formerName(draft, line.text(), org, department, src)) {
                continue; // "- hed Løn- og Rejsekontoret indtil 1. september 2026" is a former name, no task
            }
            // "Enheden hed Personalejuridisk Team indtil 1. november 2026 …": the unit's own former name
            checks.selfReference(line.text()).ifPresent(self -> renameStatements.formerName(draft, line.text().substring(self.end()).strip(), org, department, src));
            if (line.text().endsWith(":") && introducesTasks(line.text())) {
                continue;
            }
            if (leaders.isLeaderLine(line.text())) {
                unitFacts.facts(draft, line.text());
                continue; // "Teamleder: Ulla Bech" says who leads it, not what it does
            }
            if (line == lines.get(0) && !line.item() && preamble(line.text()) && oneSentence) {
                if (draft.location == null && placeLine(line.text())) {
                    draft.location = line.text().strip(); // "**Lønafregning** – HR-Fællesskabet, Regionshuset": where it belongs
                }
                continue;
            }
            unitFacts.facts(draft, line.text());
            for (String sentence : Sentences.split(line.text())) {
                Matcher field = UnitNameChecks.FIELD.matcher(sentence);
                if (field.matches() && (unitFacts.partOfField(draft, field.group(1), field.group(2), org, department) || unitFacts.isFactLabel(field.group(1)))) {
                    continue; // "Placering: …", "Kontakt: …", "Tidligere navn: …" say where and who it is, not what it does
                }
                if (unitFacts.placesTheUnit(draft, sentence, org, department)) {
                    continue; // "Hører under …", "Sidder i …", "Nyt team fra … under …": where it is, not what it does
                }
                // "… behandler ansøgninger om flyttegodtgørelse. Hed indtil 1. august 2026 Velkomstcentret."
                // "Leder er lønchef NN, tlf. …" says who leads it, not what it does
                if (!leaders.isOnlyContact(sentence) && !leaders.leaderIs.matcher(sentence.strip()).find() && !renameStatements.formerName(draft, sentence, org, department, src)
                        && !checks.selfReference(sentence).map(self -> renameStatements.formerName(draft, sentence.substring(self.end()).strip(), org, department, src)).orElse(false)) {
                    draft.task(sentence, src);
                }
            }
        }
        return Optional.of(draft.key);
    }

    /** "EGELUND KOMMUNE – ENHEDER OG ANSVAR": a title naming the document's own organisation, over the units it lists. */
    private boolean namesItsOrganisation(String name) {
        String own = ctx.documentOrganisation();
        return own != null && UnitNames.squash(own).equalsIgnoreCase(UnitNames.squash(name));
    }

    /** "Hjemmebesøg i det udgående team": a unit noun after a determiner tells of some team, it names none. */
    private boolean describesATeam(String heading) {
        String[] words = heading.split("\\s+");
        return Arrays.stream(words).skip(1).anyMatch(w -> !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && cues.is("DETERMINER", w));
    }

    /** "Enhederne i HR-afdelingen", "Teams under HR": a heading over units, itself none. */
    private boolean listsUnits(String heading) {
        String[] words = heading.split("\\s+", 3);
        return words.length == 3 && cues.isPluralUnitNoun(words[0])
                && (NamePhrases.PREPOSITIONS.contains(words[1].toLowerCase(java.util.Locale.ROOT)) || words[1].equalsIgnoreCase("under"));
    }

    /** Whether the section's text writes the word in lower case, as a common noun ("et engangsvederlag"). */
    private static boolean writtenInLowerCase(String word, List<Outline.Line> lines) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals(word)) {
            return false;
        }
        Pattern p = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(lower) + "(?![\\p{L}])");
        return lines.stream().anyMatch(l -> p.matcher(l.text()).find());
    }

    /**
     * "LØN OG PERSONALESERVICE", a heading in capitals, as the document writes the name elsewhere ("Løn og
     * Personaleservice" in a sentence), else in the usual way of Danish names ("Løn og personaleservice").
     */
    private String capitalsAsElsewhere(String name) {
        if (!name.equals(name.toUpperCase(java.util.Locale.ROOT)) || name.chars().filter(Character::isLetter).count() < 4) {
            return name;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(ctx.documentText());
        while (m.find()) {
            if (!m.group().equals(m.group().toUpperCase(java.util.Locale.ROOT))) {
                return m.group();
            }
        }
        // Else as Danish writes a unit's name: a capital first, and the words that are no function word and that the
        // document never writes in lower case kept capitalised: short ones as abbreviations ("HR", "IT"), others as
        // names ("Mosvig"), while "løn", written in lower case elsewhere, is a common word.
        StringBuilder written = new StringBuilder();
        for (String word : name.split("(?<=[ -])")) { // "HR-KONSULENTERNE": each part of a compound on its own
            String bare = word.strip().replaceAll("-$", "");
            String lower = bare.toLowerCase(java.util.Locale.ROOT);
            // "hr.sygehus@…" in an address is no word of the text
            boolean proper = !lower.isEmpty() && !dk.hrassistenten.knowledge.analysis.HrAnalyzer.isStopWord(lower)
                    && !Pattern.compile("(?<![\\p{L}.@/])" + Pattern.quote(lower) + "(?![\\p{L}]|[.@]\\p{L})").matcher(ctx.documentText()).find();
            String capital = lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
            String w = proper && bare.length() <= 3 ? bare : proper || written.length() == 0 ? capital : lower;
            written.append(w).append(word.substring(bare.length()));
        }
        return written.toString().strip();
    }

    /** "Simcenter" as a heading, "SimCenter" in the text below: the text's spelling is the name. */
    private static String spelledAsInText(String name, List<Outline.Line> lines) {
        String core = NamePhrases.stripAbbreviation(name);
        Pattern p = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(core) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (Outline.Line l : lines) {
            Matcher m = p.matcher(l.text());
            while (m.find()) {
                if (!m.group().equals(core) && m.group().chars().filter(Character::isUpperCase).count() > core.chars().filter(Character::isUpperCase).count()) {
                    return name.replace(core, m.group());
                }
            }
        }
        return name;
    }

    /**
     * Sub-units introduced by a task list inside a unit's text: "Vagtplanenheden (leder: NN) har følgende opgaver:"
     * and the items below it. Returns the lines that belong to the sub-units.
     */
    private Set<Outline.Line> taskListUnits(Document d, Outline.Block b, List<Outline.Line> lines, String org, String department, Draft parent) {
        Set<Outline.Line> taken = new HashSet<>();
        Unit.UnitSource src = ctx.source(d, b.path());
        for (int i = 0; i < lines.size(); i++) {
            Outline.Line intro = lines.get(i);
            String t = intro.text();
            if (!t.endsWith(":") || !cues.contains("TASK_LIST", t)) {
                continue;
            }
            Optional<UnitCues.Found> cue = cues.first("TASK_LIST", t);
            String before = t.substring(0, cue.get().start()).strip();
            String annotation = "";
            Matcher paren = Pattern.compile("^(.+?)\\s*\\(([^()]*)\\)\\s*(?:har|has)?\\s*$").matcher(before);
            String name;
            if (paren.find()) {
                name = paren.group(1).strip();
                annotation = paren.group(2);
            } else {
                name = before.replaceAll("\\s+(?:har|has)$", "").strip();
            }
            Optional<String> unitName = names.unitPhrase(name);
            if (unitName.isEmpty() || UnitNameChecks.key(org, department, unitName.get()).equals(parent.key)
                    || (parent.name != null && UnitNameChecks.startsWithName(unitName.get(), parent.name) && unitName.get().length() <= parent.name.length())) {
                continue;
            }
            Draft sub = ctx.draft(org, department, UnitNameChecks.display(unitName.get(), department));
            sub.seen(src, UnitNameChecks.display(unitName.get(), department), UnitNameChecks.abbreviation(unitName.get()));
            if (sub.parentKey == null && !parent.key.equals(sub.key)) {
                sub.parentKey = parent.key;
            }
            String note = annotation;
            if (!note.isBlank()) {
                unitFacts.facts(sub, note);
                if (sub.leader == null) {
                    sub.leader = leaders.labelValue("LEADER_LABEL", note + " ").or(() -> leaders.titledPerson(note)).orElse(null);
                }
            }
            taken.add(intro);
            for (int j = i + 1; j < lines.size(); j++) {
                Outline.Line item = lines.get(j);
                if (!item.item() || (intro.item() && item.indent() <= intro.indent())) {
                    break;
                }
                taken.add(item);
                sub.task(item.text(), src);
            }
        }
        return taken;
    }

    /** A block's own lines and those of its sub-headings that tell about it ("Opgaver", "Kontakt"). */
    private List<Outline.Line> ownLines(Outline.Block b) {
        List<Outline.Line> lines = new ArrayList<>(b.lines);
        for (Outline.Block c : b.children) {
            String n = checks.headingName(c.heading);
            if (n != null && cues.is("FIELD", n)) {
                lines.addAll(ownLines(c));
            } else if (introducesTasks(c.heading)) {
                // "Vi hjælper med" as a sub-heading over a list: the list introduced by "Vi hjælper med:"
                lines.add(new Outline.Line(Outline.plain(c.heading).replaceAll("[:.]$", "") + ":", false, 0));
                lines.addAll(ownLines(c));
            }
        }
        return lines;
    }

    /**
     * "Hører under: Driftscentret. Leder: Jens Holm. Opgaver: …", "Rapporterer til: … Placering: … Ansvar og opgaver: …":
     * a section whose lines describe a unit by labelled fields, at least one naming its leader or its tasks, and another.
     */
    boolean describedByLabels(Outline.Block b) {
        if (b.heading == null) {
            return false;
        }
        Set<String> labels = new HashSet<>();
        boolean leaderOrTasks = false;
        for (Outline.Line line : ownLines(b)) {
            for (String sentence : Sentences.split(line.text())) {
                Matcher f = UnitNameChecks.FIELD.matcher(sentence);
                if (f.matches() && (checks.describesAUnit(f.group(1)) || cues.is("PART_OF", f.group(1)) || cues.is("REPORTS_LABEL", f.group(1))
                        || unitFacts.isFactLabel(f.group(1)))) {
                    labels.add(f.group(1).toLowerCase(java.util.Locale.ROOT));
                    leaderOrTasks |= cues.is("LEADER_LABEL", f.group(1)) || cues.contains("TASK_LIST", f.group(1));
                }
            }
        }
        return leaderOrTasks && labels.size() >= 2;
    }

    /** "Vi hjælper med", "Det kan du kontakte os om": words that introduce a unit's tasks, standing alone. */
    private boolean introducesTasks(String heading) {
        String h = Outline.plain(heading).replaceAll("[:.]$", "").strip();
        return h.split("\\s+").length <= 6 && (cues.atStart("CONTACT_TOPICS", h).isPresent()
                || cues.atStart("TASK_LIST", h).filter(f -> f.end() == h.length()).isPresent());
    }

    /** @param contactTopics a line says what to contact the section about ("Kontakt os om: lønsedler, …") */
    private record Evidence(boolean governance, boolean opensWithGovernance, boolean namedGovernance, boolean namedTasks,
                            boolean selfTasks, boolean taskList, boolean namedTaskList, boolean contact, int items,
                            boolean contactTopics, boolean leaderNamed, boolean verbFirstTask, boolean placedBySentence) {
    }

    private Evidence evidence(String name, List<Outline.Line> lines) {
        boolean governance = false;
        boolean opens = false;
        boolean namedGovernance = false;
        boolean namedTasks = false;
        boolean selfTasks = false;
        boolean nounSelfTasks = false;
        boolean taskList = false;
        boolean namedTaskList = false;
        boolean contact = false;
        boolean contactTopics = false;
        boolean leaderNamed = false;
        boolean verbFirst = false;
        boolean placed = false;
        int items = 0;
        boolean first = true;
        for (Outline.Line line : lines) {
            String t = line.text();
            if (line.item()) {
                items++;
            }
            boolean gov = leaders.isGovernance(t);
            if (first && !line.item() && preamble(t) && Sentences.split(t).size() == 1) {
                continue; // "Hed tidligere Løn- og Tidsteamet", "Kragsø Hospital": the leader line below still opens the card
            }
            if (first && !line.item() && (cues.atStart("LEADER", t).isPresent() || cues.atStart("REPORTS", t).isPresent()
                    || cues.atStart("REPORTS_LABEL", t).isPresent() || leaders.labelValue("LEADER_LABEL", t).isPresent())) {
                opens = true;
            }
            first = false;
            governance |= gov;
            contact |= UnitNameChecks.EMAIL.matcher(t).find();
            contactTopics |= cues.atStart("CONTACT_TOPICS", t.strip()).isPresent();
            if (!line.item() && t.endsWith(":") && cues.contains("TASK_LIST", t)) {
                taskList = true;
                namedTaskList |= UnitNameChecks.startsWithName(t, name) || checks.selfReference(t).isPresent();
            }
            for (String s : Sentences.split(t)) {
                leaderNamed |= leaders.leaderSentence(s).isPresent();
                verbFirst |= opensWithTaskVerb(s) && cues.atStart("LOCATION", s.strip()).isEmpty();
                placed |= unitFacts.opensWithItsPlace(s);
                boolean named = UnitNameChecks.startsWithName(s, name);
                boolean self = checks.selfReference(s).isPresent();
                boolean task = cues.contains("TASK", s) || cues.contains("TASK_LIST", s);
                namedTasks |= named && task;
                selfTasks |= self && task;
                nounSelfTasks |= self && task && !checks.selfReference(s).map(f -> f.phrase().length() <= 2).orElse(true);
                namedGovernance |= named && leaders.isGovernance(s);
                opens |= self && leaders.isGovernance(s) && lines.indexOf(line) == 0;
            }
        }
        // "… Telefon" ending one line of a PDF and "64 70 22 30." the next: the section's text as a whole
        String all = lines.stream().map(Outline.Line::text).collect(Collectors.joining(" "));
        contact |= UnitNameChecks.PHONE.matcher(all).find() && cues.contains("PHONE_LABEL", all);
        return new Evidence(governance, opens, namedGovernance, namedTasks || nounSelfTasks, selfTasks, taskList, namedTaskList, contact, items,
                contactTopics, leaderNamed, verbFirst, placed);
    }


    /**
     * "Udbetaler løn og udkaldsbetaling …", "Står for APV …": a task told without its subject, as a chart's legend or
     * a unit's card tells it below the unit's name. A verb of the cue list, or a word in "-er" before a word in lower
     * case. Not a condition, which puts its subject there and its main clause after a comma ("Ringer du …", "Ønsker
     * en døende nærtstående …, har du ret til …"), and not a word of the stop list ("Hver medarbejder …").
     */
    private boolean opensWithTaskVerb(String sentence) {
        String s = sentence.strip();
        if (cues.atStart("TASK", s).isPresent()) {
            return true;
        }
        String[] w = s.split("\\s+", 3);
        return w.length == 3 && PRESENT_TENSE.matcher(w[0]).matches() && Character.isLowerCase(w[1].codePointAt(0))
                && !HrAnalyzer.isStopWord(w[0].toLowerCase(java.util.Locale.ROOT)) && !PRONOUNS.contains(w[1]) && !cues.is("DETERMINER", w[1])
                && !MAIN_CLAUSE_AFTER_CONDITION.matcher(s).find();
    }

    private static final Set<String> PRONOUNS = Set.of("du", "vi", "man", "de", "han", "hun", "jeg", "den", "det", "der", "I");
    private static final Pattern MAIN_CLAUSE_AFTER_CONDITION = Pattern.compile(",\\s+(?:\\p{Ll}+)\\s+(?:du|I|man|vi|han|hun|de|jeg|det|der)\\b");
    private static final Pattern PRESENT_TENSE = Pattern.compile("\\p{Lu}\\p{Ll}{2,}er");

    /**
     * A line before a unit's facts saying only what it was called, that it is new, or where it belongs: "Hed
     * tidligere X", "(tidligere X)", "Nyt team fra …", "HR-Fællesskabet Tjørnelund, Regionshuset".
     */
    private boolean preamble(String line) {
        String t = line.strip().replaceFirst("^\\(", "");
        if (checks.formerCueAt(t).isPresent()) {
            return true;
        }
        if (placeLine(t)) {
            return true;
        }
        String[] words = t.split("\\s+", 3);
        return words.length >= 2 && UnitFacts.NEW.contains(words[0].toLowerCase(java.util.Locale.ROOT)) && cues.isUnitNoun(words[1].toLowerCase(java.util.Locale.ROOT));
    }

    /** "HR-Fællesskabet Tjørnelund, Regionshuset", "Kragsø Hospital, fra 1. januar 2027": names only, where a unit belongs. */
    private boolean placeLine(String line) {
        String place = Outline.DATE_TAIL.matcher(line.strip()).replaceFirst("").replaceAll(",$", "");
        return Arrays.stream(place.split(",\\s+")).allMatch(names::isNameLike);
    }

}
