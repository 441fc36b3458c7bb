package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.Sentences;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.MetadataExtractor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads units from running prose: sentences naming a unit as the doer of a task, paragraphs opening with a
 * unit's name, and a section telling of one unit with its leader or contact.
 */
final class ProseReader extends ExtractionReader {
    private final Map<String, RenameFact> renames;
    private final Map<String, String> departments;
    private final UnitFacts unitFacts;
    private final SentenceSubjects subjects;
    private final RenameStatements renameStatements;

    ProseReader(ExtractionContext ctx, UnitFacts unitFacts, SentenceSubjects subjects, RenameStatements renameStatements) {
        super(ctx);
        this.renames = ctx.renames;
        this.departments = ctx.departments;
        this.unitFacts = unitFacts;
        this.subjects = subjects;
        this.renameStatements = renameStatements;
    }

    // ---- a section told in prose ---------------------------------------------------------------------

    /**
     * A section that tells of one unit in running prose under a heading of its subject ("Løn, barsel og refusion":
     * "… er det Lønbutikken, du skal ringe til. Lønbutikken udbetaler lønnen … Teamleder er NN, telefon …"). The
     * unit is the one name the section makes the doer of something (the focus of "det er X, der …", a proper
     * name opening a sentence with its verb, or the new name of a rename stated there); the section must name
     * the unit's leader or contact, which is what makes it a description of a unit rather than a rule that
     * mentions one. Its heading and sentences are then the unit's tasks.
     */
    void proseSection(Document d, Outline.Block b, String org, String department, String here, Set<String> renamedHere) {
        List<String> sentences = new ArrayList<>();
        for (Outline.Line line : b.lines) {
            if (!checks.isNavigation(line) && UnitNameChecks.fields(line.text()).size() < 2) { // a table's row is no prose
                sentences.addAll(Sentences.split(line.text()));
            }
        }
        Map<String, String> leaderOf = new HashMap<>(); // sentence naming the leader → "title Name"
        sentences.forEach(t -> leaders.leaderSentence(t).ifPresent(l -> leaderOf.putIfAbsent(t, l)));
        String leader = sentences.stream().map(leaderOf::get).filter(Objects::nonNull).findFirst().orElse(null);
        boolean contact = sentences.stream().anyMatch(t -> UnitNameChecks.EMAIL.matcher(t).find() || UnitNameChecks.PHONE.matcher(t).find() && cues.contains("PHONE_LABEL", t));
        if (leader == null && !contact) {
            return;
        }
        Map<String, String> doers = new LinkedHashMap<>(); // current key → name as written
        for (String k : renamedHere) {
            String now = ctx.current(k);
            RenameFact into = ctx.lastRenameInto(now);
            if (into != null) {
                doers.put(now, into.toDisplay());
            }
        }
        Set<String> focused = new HashSet<>(renamedHere);
        for (String sentence : sentences) {
            Optional<String> inFocus = subjects.focus(sentence);
            inFocus.or(() -> subjects.properSubject(sentence)).ifPresent(name -> {
                String k = ctx.current(UnitNameChecks.key(org, department, name));
                RenameFact into = renames.containsKey(UnitNameChecks.key(org, department, name)) ? ctx.lastRenameInto(k) : null;
                doers.putIfAbsent(k, into != null ? into.toDisplay() : name);
                if (inFocus.isPresent()) {
                    focused.add(k);
                }
            });
        }
        // A name opening one sentence with its verb ("SølvNet bruger cookies …") and named nowhere else in the
        // section may be anything; the focus of a cleft, a rename's new name or a name the section comes back to
        // ("… kontakte IT-Hjælpen straks … IT-Hjælpen har åbent …") is someone doing the section's work.
        String section = String.join(" ", sentences);
        doers.entrySet().removeIf(e -> !focused.contains(e.getKey())
                && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(e.getValue()) + "(?![\\p{L}])").matcher(section).results().count() < 2);
        doers.keySet().removeIf(k -> k.equals(UnitNameChecks.key(org, department, org)) || (leader != null && leader.contains(doers.get(k))));
        if (doers.size() != 1 || sentences.stream().map(t -> ctx.lastUnitNamedIn(t, org, department)).flatMap(Optional::stream).distinct().count() >= MANY_UNITS) {
            return; // a section naming several doers, or many units, tells of none of them in particular
        }
        String name = doers.values().iterator().next();
        Unit.UnitSource src = ctx.source(d, b.path());
        Draft draft = ctx.draft(org, department, UnitNameChecks.display(name, department));
        draft.seen(src, UnitNameChecks.display(name, department), UnitNameChecks.abbreviation(name));
        if (draft.parentKey == null && here != null && !here.equals(draft.key)) {
            draft.parentKey = here;
        }
        if (draft.leader == null) {
            draft.leader = leader;
        }
        String subject = checks.headingName(b.heading) == null ? Outline.plain(b.heading) : b.heading;
        if (b.depth > 0) {
            draft.listedTask(subject, src); // the section's subject: "Løn, barsel og refusion"
        }
        for (String sentence : sentences) {
            unitFacts.facts(draft, sentence);
            if (!leaderOf.containsKey(sentence) && !leaders.isOnlyContact(sentence)) {
                draft.task(sentence, src);
            }
        }
    }

    /** A section naming this many units ("Dine nærmeste samarbejdspartnere") describes none; two may be a unit and its parent. */
    private static final int MANY_UNITS = 3;

    // ---- prose -----------------------------------------------------------------------------------------

    /** Units named as the subject of a task verb, in a cleft sentence or as the agent of a passive one. */
    void prose(Document d, Outline.Block b, String org, String department, String here) {
        Unit.UnitSource src = ctx.source(d, b.path());
        Set<String> renamedInto = ctx.renameTargets();
        for (Outline.Line line : b.lines) {
            if (dashedItem(line.text(), org, department, src)) {
                continue;
            }
            String previous = null; // "de sager" leans on the sentence before it in its paragraph, not in another
            Draft lastNamed = null; // the unit the paragraph last named: what "Teamet …" refers back to
            Draft placedHere = null; // a unit the line itself opens with ("- X hører under Y. X udleverer …")
            for (String sentence : Sentences.split(line.text())) {
                String before = previous;
                previous = sentence;
                String plain = withoutFloatingWords(sentence); // "står fortsat for" is "står for"
                if (leaderOfAUnit(plain, org, department)) {
                    continue;
                }
                Optional<String> full = fullNameIn(plain, org, department);
                if (full.isPresent()) {
                    // "Det er Mødeservice, der …" over "… hos Mødeservice Hyldebjerg, som …": the section's unit in
                    // full, which the sentences after it go on about (merged with its short form when building)
                    Draft named = ctx.draft(org, department, UnitNameChecks.display(full.get(), department));
                    named.seen(src, UnitNameChecks.display(full.get(), department), null);
                    lastNamed = named;
                    if (plain.strip().startsWith(full.get() + " ") && cues.first("LEADER", plain).isPresent()) {
                        referredTask(named, sentence, plain, src); // "Mødeservice Hyldebjerg ledes af …"
                        continue;
                    }
                }
                Optional<Draft> placed = unitPlacedUnder(plain, org, department, src);
                if (placed.isPresent()) {
                    lastNamed = placed.get(); // "Hygiejnecentret Sølvtoft hører under Kvalitet … Centret raskmelder dig …"
                    placedHere = lastNamed;
                    continue;
                }
                Optional<String> clefted = subjects.cleft(sentence);
                Optional<String> apposed = subjects.apposedSubject(plain);
                Optional<String> subject = clefted.or(() -> apposed).or(() -> subjects.subjectOfTask(plain)).or(() -> subjects.agent(plain))
                        .or(() -> subjects.relativeDoer(plain, org, department));
                // the unit named in full is no reference back to it, but the subject itself
                if (subject.isEmpty() || lastNamed != null && refersBackTo(lastNamed, subject.get()) && !subject.get().equals(lastNamed.name)) {
                    if (lastNamed != null && (refersBackTo(lastNamed, sentence) || leaders.leaderIs.matcher(plain.strip()).lookingAt())
                            && (!line.item() || lastNamed == placedHere)) {
                        referredTask(lastNamed, sentence, plain, src);
                    } else if (lastNamed != null && lastNamed.leader == null && leaders.isLeaderLine(LeaderPhrases.withoutTrailingRole(plain))) {
                        unitFacts.facts(lastNamed, LeaderPhrases.withoutTrailingRole(plain)); // "… udleverer nøglekort. Leder: Bent Lykkegaard."
                    }
                    lastNamed = lastNamedIn(sentence, org, department, lastNamed);
                    continue;
                }
                String name = subject.get();
                if (cues.isPluralUnitNoun(name)) {
                    continue; // "Enhederne anvender …": units in general, none by name
                }
                Draft enclosing = here == null ? null : drafts.get(here);
                if (enclosing != null && enclosing.name != null && !enclosing.name.equals(name) && UnitNameChecks.endsWithWords(enclosing.name, name)) {
                    // "Sektion for Lønservice" … "Lønservice sørger for …": the unit's short name.
                    enclosing.aliases.add(name);
                    enclosing.task(sentence, src);
                    lastNamed = enclosing;
                    continue;
                }
                String key = UnitNameChecks.key(org, department, name);
                boolean abbreviated = clefted.isPresent() && name.matches(".*\\p{L}\\p{Lu}.*|.*\\b\\p{Lu}{2,}\\b.*");
                if (!drafts.containsKey(key) && !abbreviated && !cues.hasUnitNoun(NamePhrases.stripAbbreviation(name)) && !UnitNameChecks.departmentForm(name, department)
                        && !renamedInto.contains(key) && apposed.isEmpty() && !ctx.placeNamedUnit(name)) {
                    lastNamed = lastNamedIn(sentence, org, department, lastNamed);
                    continue; // a capitalised subject without a unit noun is a unit only when named so elsewhere
                }
                boolean known = drafts.containsKey(key);
                Draft draft = ctx.draft(org, department, UnitNameChecks.display(name, department));
                draft.byPlace |= !known && ctx.placeNamedUnit(name) && !cues.hasUnitNoun(NamePhrases.stripAbbreviation(name)) && apposed.isEmpty()
                        && !renamedInto.contains(key) && !UnitNameChecks.departmentForm(name, department);
                draft.seen(src, UnitNameChecks.display(name, department), UnitNameChecks.abbreviation(name));
                if (draft.parentKey == null && here != null && !here.equals(draft.key)) {
                    draft.parentKey = here;
                }
                if (before != null && cues.contains("ANAPHORIC_TASK", sentence)) {
                    // "Parkeringskort hører ikke under HR. Det er Serviceteamet, der står for disse
                    // opgaver.": what it stands for is in the sentence before, denial and all.
                    draft.taskWithContext(before, sentence, src);
                } else {
                    draft.task(sentence, src);
                }
                unitFacts.facts(draft, sentence);
                lastNamed = draft;
            }
        }
    }

    /**
     * "Transportservice Vest – bestiller taxa hjem, udsteder parkeringskort", "**Lønteamet** – løn og tillæg · tlf. …":
     * a line opening with a unit's name and a dash before what it does in lower case. Returns whether it was one.
     */
    private boolean dashedItem(String line, String org, String department, Unit.UnitSource src) {
        Matcher m = DASHED.matcher(line.strip());
        if (!m.matches() || m.group(2).contains(" – ") || TITLE_AND_NAME.matcher(m.group(2).strip()).matches()
                || leaders.titledPerson(m.group(2)).isPresent() || leaders.leaderSentence(m.group(2)).isPresent()) {
            return false; // "Byggesager – afdelingsleder Max Lund – …": a chart's box with its leader, read as a chart
        }
        Optional<String> name = names.unitPhrase(m.group(1).replace("**", "").strip());
        if (name.isEmpty() || ctx.isPerson(name.get()) || !ctx.unitLike(name.get(), org, department) || MetadataExtractor.namesAnOrganisation(name.get())) {
            return false;
        }
        Draft draft = ctx.draft(org, department, UnitNameChecks.display(name.get(), department));
        draft.seen(src, UnitNameChecks.display(name.get(), department), UnitNameChecks.abbreviation(name.get()));
        String tasks = LeaderPhrases.SIDE_BY_SIDE.split(m.group(2), 2)[0].replaceAll("\\s*\\([^()]*\\)?$", "").strip(); // before "· tlf. …"
        draft.task(tasks, src, Draft.MIN_ITEM_TASK);
        unitFacts.facts(draft, line);
        return true;
    }

    /** "chefkonsulent Peter Nørgaard-Lund": a title and a person's name, a chart box's leader. */
    private static final Pattern TITLE_AND_NAME = Pattern.compile("[\\p{Ll}-]+\\s+\\p{Lu}[\\p{Ll}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){1,3}\\.?");
    private static final Pattern DASHED = Pattern.compile("^(?:[-•*]\\s+)?(\\*{0,2}\\p{Lu}[^–—:]{1,60}?\\*{0,2})\\s+[–—]\\s+(\\p{Ll}.{3,})$");

    /** The sentence without the adverbs that may stand inside a cue: "står fortsat for", "ledes nu af". */
    private String withoutFloatingWords(String sentence) {
        List<UnitCues.Found> floating = cues.all("FLOATING", sentence);
        if (floating.isEmpty()) {
            return sentence;
        }
        StringBuilder out = new StringBuilder(sentence);
        for (int i = floating.size() - 1; i >= 0; i--) {
            UnitCues.Found f = floating.get(i);
            int end = f.end() < out.length() && out.charAt(f.end()) == ' ' ? f.end() + 1 : f.end();
            out.delete(f.start(), end);
        }
        return out.toString();
    }

    /**
     * "Leder af Krisestøtten Hjortsø er psykolog Astrid Kjeldgaard Holm": the leader of the unit the sentence names,
     * when it is a unit found in the document (or named as units are). Whether the sentence was one.
     */
    private boolean leaderOfAUnit(String sentence, String org, String department) {
        Matcher m = leaders.leaderOfIs.matcher(sentence.strip());
        if (!m.find()) {
            return false;
        }
        String name = m.group(2).strip();
        String k = ctx.current(UnitNameChecks.key(org, department, UnitNameChecks.display(name, department)));
        if (!drafts.containsKey(k) && !ctx.unitLike(name, org, department)) {
            return false;
        }
        Draft unit = ctx.draft(org, department, UnitNameChecks.display(name, department));
        if (unit.leader == null) {
            unit.leader = (m.group(3) == null ? "" : m.group(3) + " ") + m.group(4);
        }
        return true;
    }

    /**
     * "Mødeservice Hyldebjerg" in a sentence, where "Mødeservice" is a unit found already (a heading's "Det er
     * Mødeservice, der …"): that unit's name with its place.
     */
    private Optional<String> fullNameIn(String sentence, String org, String department) {
        if (drafts.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = SHORT_AND_PLACE.matcher(sentence);
        for (int at = 0; m.find(at); at = m.start(2)) {
            String full = m.group(1) + " " + m.group(2);
            if (ctx.mayBeAShortName(m.group(1), org) && drafts.containsKey(ctx.current(UnitNameChecks.key(org, department, m.group(1)))) && UnitNameChecks.namedAfterPlace(full, org)) {
                return Optional.of(full);
            }
        }
        return Optional.empty();
    }

    private static final Pattern SHORT_AND_PLACE = Pattern.compile("(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]+)\\s+(\\p{Lu}[\\p{L}-]+)");

    /**
     * Whether a sentence (or a subject) refers back to the unit the paragraph last named: "Teamet …", "Det nye
     * team …", or the first word of its name alone ("Lønkontakten …" for Lønkontakten Kalvslund).
     */
    /**
     * "Hygiejnecentret Sølvtoft hører under Kvalitet og Fødevaresikkerhed, ikke under HR.": a sentence opening with a
     * unit's name (one named after a place, or known) and where it belongs makes that unit.
     */
    private Optional<Draft> unitPlacedUnder(String sentence, String org, String department, Unit.UnitSource src) {
        String t = sentence.strip();
        Optional<UnitCues.Found> cue = cues.first("PART_OF", t);
        if (cue.isEmpty() || cue.get().start() == 0) {
            return Optional.empty();
        }
        String name = t.substring(0, cue.get().start()).strip();
        String key = UnitNameChecks.key(org, department, UnitNameChecks.display(name, department));
        // a unit noun alone is not enough: "Center for e-læring er en del af Center for Kompetenceudvikling" in that
        // centre's section tells of a part of it, whose work the section's unit answers for
        if (!names.isNameLike(name) || ctx.isPerson(name) || cues.is("SELF", name) || !(drafts.containsKey(key) || ctx.placeNamedUnit(name))) {
            return Optional.empty();
        }
        Draft draft = ctx.draft(org, department, UnitNameChecks.display(name, department));
        draft.seen(src, UnitNameChecks.display(name, department), UnitNameChecks.abbreviation(name));
        unitFacts.partOfStated(draft, cue.get().phrase(), t.substring(cue.get().end()), org, department);
        unitFacts.facts(draft, t); // "… hører under X og ledes af lønchef NN"
        if (cues.contains("TASK", t.substring(cue.get().end()))) {
            draft.task(sentence, src); // "Porthuset Kornmod hører under Ejendomme og står for nøglebrikker"
        }
        return Optional.of(draft);
    }

    /**
     * The unit a sentence names last, which "Teamet …" after it refers back to; not a unit named as the one above ("Nyt
     * team fra 1. april under People & Kultur. … Teamet booker …" goes on about the new team).
     */
    private Draft lastNamedIn(String sentence, String org, String department, Draft otherwise) {
        return ctx.lastUnitNamedIn(sentence, org, department).filter(named -> !namedAsAbove(sentence, named)).orElse(otherwise);
    }

    private static boolean namedAsAbove(String sentence, Draft unit) {
        return unit.name != null && Pattern.compile("(?iu)\\bunder\\s+" + Pattern.quote(unit.name) + "(?![\\p{L}])").matcher(sentence).find();
    }

    private boolean refersBackTo(Draft unit, String text) {
        if (unit.name == null) {
            return false;
        }
        String t = text.strip();
        String first = unit.name.split("\\s+")[0];
        return checks.selfReference(t).isPresent() && !t.toLowerCase(java.util.Locale.ROOT).startsWith("vi ") || UnitNameChecks.isCompoundHead(t.split("\\s+")[0], unit.name)
                || SentenceSubjects.APPOSED.matcher(t).lookingAt() && !SentenceSubjects.APPOSED.matcher(t).replaceFirst("").matches("(?s)\\p{Lu}.*")
                || !first.equals(unit.name) && (t.equals(first) || t.startsWith(first + " "));
    }

    /** A sentence referring back to the paragraph's unit: a task when it says what the unit does, its leader when it names one. */
    private void referredTask(Draft unit, String sentence, String plain, Unit.UnitSource src) {
        Optional<String> leader = leaders.leaderSentence(plain).or(() -> cues.first("LEADER", plain)
                .map(cue -> UnitNameChecks.NAME_ONLY.matcher(plain.substring(cue.end()).strip().replaceAll("(?:[.,;]|\\s+og\\s).*$", "")))
                .filter(Matcher::matches).map(Matcher::group)); // "Teamet ledes af Jesper Holm (og kan kontaktes …)"
        if (leader.isPresent()) {
            if (unit.leader == null) {
                unit.leader = leader.get();
            }
            return;
        }
        String opening = String.join(" ", Arrays.asList(plain.strip().split("\\s+")).subList(0, Math.min(4, plain.strip().split("\\s+").length)));
        boolean doesSomething = cues.contains("TASK", plain) || plain.strip().split("\\s+").length > 2 && subjects.isPresentTense(plain.strip().split("\\s+")[1]);
        if (doesSomething && !checks.denies(opening) && !cues.contains("RENAME", sentence) && !cues.contains("MERGE", sentence)) {
            unit.task(sentence, src);
        }
    }

    /**
     * Paragraphs opening with the name of a unit found in the document ("Løn og Seniorforhold hed indtil … Teamet
     * udbetaler løn …"): their sentences without a subject of their own tell what that unit does. After the
     * document's other readings, since a staff directory's rows may be what names the units.
     */
    void unitParagraphs(Document d, Outline.Block root, String org, String department) {
        for (Outline.Block b : Outline.blocks(root)) {
            Map<Outline.Line, Draft> paragraphUnits = new HashMap<>();
            Unit.UnitSource src = ctx.source(d, b.path());
            for (Outline.Line line : b.lines) {
                if (!line.item()) {
                    paragraphUnit(line.text(), org, department).or(() -> runInUnit(line.text(), org, department, src))
                            .ifPresent(u -> paragraphUnits.put(line, u));
                }
            }
            // "Sådan fordeler vi opgaverne": one paragraph a unit, each opening with the unit's name
            boolean unitPerParagraph = new HashSet<>(paragraphUnits.values()).size() >= 2;
            paragraphUnits.forEach((line, about) -> {
                List<String> sentences = Sentences.split(line.text());
                for (String sentence : sentences.subList(1, sentences.size())) {
                    Optional<String> subject = subjects.cleft(sentence).or(() -> subjects.subjectOfTask(sentence)).or(() -> subjects.agent(sentence));
                    // "Elevhuset ansætter …" in the paragraph of Elevhuset Ellekær: the unit by the first word of its name
                    boolean shortName = subject.isPresent() && !subject.get().equals(about.name) && (about.name + " ").startsWith(subject.get() + " ");
                    if (subject.isPresent() && UnitNameChecks.isCompoundHead(subject.get(), about.name)) {
                        subject = Optional.empty(); // "Klinikken vaccinerer …" in the paragraph of Medarbejderklinikken Klintevig
                    }
                    if (shortName) {
                        about.aliases.add(subject.get()); // the paragraph's own short name for its unit
                    }
                    if (subject.isEmpty() || shortName) {
                        paragraphTask(about, sentence, unitPerParagraph, src, department);
                    }
                }
            });
        }
    }

    /**
     * "Vagtplanbordet Hvilsted. Lagt sammen … Hører under driftsdirektøren. Leder: …": a paragraph opening with a name
     * alone, as a heading run into its text, whose sentences say where the unit belongs or who leads it.
     */
    private Optional<Draft> runInUnit(String paragraph, String org, String department, Unit.UnitSource src) {
        List<String> sentences = Sentences.split(paragraph);
        if (sentences.size() < 2 || !sentences.get(0).endsWith(".")) {
            return Optional.empty();
        }
        String name = sentences.get(0).substring(0, sentences.get(0).length() - 1).strip();
        if (name.split("\\s+").length > MAX_RUN_IN_WORDS || !names.isNameLike(name) || ctx.isPerson(name)
                || sentences.stream().skip(1).noneMatch(unitFacts::opensWithItsPlace)) {
            return Optional.empty();
        }
        Draft draft = ctx.draft(org, department, UnitNameChecks.display(name, department));
        draft.seen(src, UnitNameChecks.display(name, department), UnitNameChecks.abbreviation(name));
        return Optional.of(draft);
    }

    private static final int MAX_RUN_IN_WORDS = 6;

    /** "Selve elevlønnen udbetales af Løn og Seniorforhold": a sentence naming another unit of the organisation speaks of that one. */
    private boolean namesAnotherUnit(String sentence, Draft about) {
        String department = departments.get(about.org);
        return ctx.draftsNamedIn(sentence, 1, name -> drafts.get(UnitNameChecks.key(about.org, department, UnitNameChecks.display(name, department))))
                .stream().anyMatch(other -> other != about);
    }

    /** The unit found so far whose name opens a paragraph ("Løn og Seniorforhold hed indtil …"), if any. */
    private Optional<Draft> paragraphUnit(String paragraph, String org, String department) {
        String[] words = paragraph.strip().split("[.;:]\\s|,\\s", 2)[0].split("\\s+");
        for (int end = Math.min(words.length, 6); end >= 1; end--) {
            String name = String.join(" ", Arrays.copyOfRange(words, 0, end));
            Draft draft = Character.isUpperCase(name.codePointAt(0)) ? drafts.get(UnitNameChecks.key(org, department, UnitNameChecks.display(name, department))) : null;
            if (draft != null && draft.name != null && !ctx.isPerson(draft.name)) {
                return Optional.of(draft);
            }
        }
        return Optional.empty();
    }

    /**
     * A sentence without a subject of its own in a paragraph opening with a unit's name: what that unit does
     * ("Teamet udbetaler løn …", "Her bor den psykiske APV …"). Where paragraph after paragraph opens with a unit,
     * each tells of its unit throughout; a single one only where the sentence refers back to it ("Teamet …",
     * "Elevhuset …"). A rename, a denial ("Teamet behandler ikke …") and a contact line are no task.
     */
    private void paragraphTask(Draft about, String sentence, boolean unitPerParagraph, Unit.UnitSource src, String department) {
        if (unitFacts.placesTheUnit(about, sentence, about.org, department) || renameStatements.formerName(about, sentence, about.org, department, src)) {
            return; // "Hører under …", "Adresse: …", "Hed indtil … X", "Lagt sammen … af X og Y": where it is and was, not what it does
        }
        if (leaders.isLeaderLine(LeaderPhrases.withoutTrailingRole(sentence))) {
            unitFacts.facts(about, LeaderPhrases.withoutTrailingRole(sentence)); // "Leder: Signe Holt, sygeplejerske." says who leads it
            return;
        }
        if (leaders.isOnlyContact(sentence)) {
            unitFacts.facts(about, sentence);
            return;
        }
        String firstWord = about.name.split("[\\s-]+")[0];
        boolean refersBack = checks.selfReference(sentence).isPresent() || sentence.strip().startsWith(firstWord + " ");
        // "Teamet behandler ikke …" denies; "Når en medarbejder ikke længere kan …, er det teamet, der …" does not
        String opening = String.join(" ", Arrays.asList(sentence.strip().split("\\s+")).subList(0, Math.min(4, sentence.strip().split("\\s+").length)));
        if ((unitPerParagraph || refersBack) && !checks.denies(opening) && !namesAnotherUnit(sentence, about) && !cues.contains("RENAMED_FROM", sentence) && !cues.contains("RENAME", sentence)
                && !cues.contains("MERGE", sentence)) {
            about.task(sentence, src);
        }
    }
}
