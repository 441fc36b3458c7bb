package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.analysis.Sentences;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.DocumentKind;
import dk.hrassistenten.knowledge.document.MetadataExtractor;
import dk.hrassistenten.knowledge.document.Section;
import dk.hrassistenten.knowledge.index.QueryPlanner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the unit directory from every document, by what organisation descriptions share rather than one
 * document's wording. The cue words come from {@link UnitCues} (a data file per language).
 *
 * <p>A unit needs evidence: a heading naming a unit (a unit noun, the "Org, X" form) with task lines, a leader
 * or a contact below it; a heading of any name whose text opens with its governance ("Ledes af …") or speaks of
 * it as the subject of a task verb ("Kontoret varetager …", "X er placeret i …"); a unit named as the subject of a
 * task verb in prose ("Lønteamet står for …"), in a cleft sentence ("Det er HR-jura, der …") or as the agent of a
 * passive one ("… varetages af Sektion for Rekruttering"); items of an organisation chart written as a list.
 * Minutes and agendas only speak of units in passing and contribute headings alone.
 *
 * <p>Sub-units keep their parent (heading nesting, list indentation, "X er en del af Y", "X hører under Y").
 * Renames and mergers ("ændrer navn til", "hed tidligere", "(tidligere X)", "lægges sammen med", "opgaverne
 * overgår til") link old names to the current unit of the same organisation. The newest document decides name
 * and facts; tasks only an older one lists are kept with their older source.
 */
public final class UnitExtractor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UnitExtractor.class);

    private static final Pattern DEPARTMENT_PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{L}-]*(?:\\s+(?:og\\s+)?(?:\\p{Lu}{1,5}|\\p{Lu}[\\p{L}-]+)){0,2}),\\s+\\p{Lu}");

    /**
     * "Budkontoret: hedder nu Post og Kurerservice", a list with dotted leaders read as labels: a name whose "value"
     * goes on in lower case is the subject of that clause.
     */
    private static final Pattern LABEL_LEADING_ON = Pattern.compile("^([^:]{2,60}): (\\p{Ll}.*)$");

    /** The cues without one of which a sentence states no rename, merger or parent (see renames and partOf). */
    private static final List<String> STATEMENT_CUES = List.of("RENAME_TAIL", "RENAME", "RENAMED_FROM", "FORMER", "MERGE", "MERGE_PAIR", "MERGE_PRONOUN", "MERGE_BARE", "TRANSFER", "PART_OF");

    private UnitExtractor() {
    }

    /** Builds the directory from parsed documents alone (their sections stand in for the text). */
    public static UnitDirectory extract(List<Document> documents, HrAnalyzer analyzer, QueryPlanner planner) {
        return extract(documents, documents.stream().map(UnitExtractor::textOf).toList(), analyzer, planner);
    }

    /**
     * Builds the directory.
     *
     * @param texts each document's cleaned text, in the order of {@code documents} (list nesting is read from it)
     */
    public static UnitDirectory extract(List<Document> documents, List<String> texts, HrAnalyzer analyzer, QueryPlanner planner) {
        UnitCues cues = UnitCues.shipped();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            order.add(i);
        }
        // Newest first: the first document to state a unit's facts decides them.
        order.sort(Comparator.comparing((Integer i) -> documents.get(i).metadata().date(), Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        Map<String, String> departments = departments(documents);
        Set<String> organisations = documents.stream().map(d -> d.metadata().organization()).filter(Objects::nonNull).collect(Collectors.toSet());
        // "Lyngtrafik", whose documents name no organisation of a kind the metadata knows
        Map<Integer, String> implied = ImpliedOrganisations.of(documents, texts, organisations, analyzer, cues);
        organisations.addAll(implied.values());
        Builder builder = new Builder(new ExtractionContext(cues, departments, analyzer, organisations));
        for (int i : order) {
            Document d = documents.get(i);
            String text = texts.size() == documents.size() && texts.get(i) != null ? texts.get(i) : textOf(d);
            String organisation = d.metadata().organization() != null ? d.metadata().organization()
                    : implied.containsKey(i) ? implied.get(i) : placeNamed(text, organisations).orElse(null);
            try {
                builder.document(d, text, organisation);
            } catch (RuntimeException e) {
                // A shape no rule foresaw must cost that document's units, not the whole index.
                LOG.warn("units: {} could not be read for units ({}); its passages are searched as usual", d.path(), e.toString());
            }
        }
        List<Unit> units = builder.build();
        return new UnitDirectory(departments, units, analyzer, planner);
    }

    /**
     * The one organisation of the corpus whose own name (without its kind) a document uses, for a page that never
     * names its organisation in full: "Arbejdsmiljø Ulvsund" and "Ulvsund IT" on a handbook page whose site header
     * named "Ulvsund Universitet". Empty when none or several are named.
     */
    static Optional<String> placeNamed(String text, Set<String> organisations) {
        List<String> named = new ArrayList<>();
        for (String org : organisations) {
            List<String> own = dk.hrassistenten.knowledge.document.MetadataExtractor.ownNameWords(org).stream()
                    .filter(w -> organisations.stream().filter(o -> !o.equals(org)).noneMatch(o -> o.contains(w))).toList();
            if (!own.isEmpty() && own.stream().allMatch(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])").matcher(text).find())) {
                named.add(org);
            }
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** A document's sections written out as text, for callers that have no text. */
    private static String textOf(Document d) {
        StringBuilder b = new StringBuilder(d.title()).append("\n\n");
        List<String> open = List.of();
        for (Section s : d.sections()) {
            for (int i = 0; i < s.headings().size(); i++) {
                if (i >= open.size() || !open.get(i).equals(s.headings().get(i))) {
                    b.append("#".repeat(i + 2)).append(' ').append(s.headings().get(i)).append("\n\n");
                }
            }
            open = s.headings();
            b.append(s.body()).append("\n\n");
        }
        return b.toString();
    }

    /**
     * Each organisation's department: the prefix most often written before a unit name ("Fælles HR, Stab"),
     * when a document title holds it too.
     */
    static Map<String, String> departments(List<Document> documents) {
        Map<String, List<Document>> byOrganization = new HashMap<>();
        for (Document d : documents) {
            byOrganization.computeIfAbsent(orgKey(d.metadata().organization()), k -> new ArrayList<>()).add(d);
        }
        Map<String, String> result = new HashMap<>();
        byOrganization.forEach((org, docs) -> {
            Map<String, Integer> counts = new HashMap<>();
            for (Document d : docs) {
                for (Section s : d.sections()) {
                    Matcher m = DEPARTMENT_PREFIX.matcher(s.body() + "\n" + String.join("\n", s.headings()));
                    while (m.find()) {
                        counts.merge(m.group(1), 1, Integer::sum);
                    }
                }
            }
            String titles = String.join("\n", docs.stream().map(Document::title).toList());
            // "MUS, GRUS og …" lists abbreviations: a department is named in words ("Koncern HR", "HR og Arbejdsliv")
            counts.entrySet().stream().filter(e -> e.getValue() >= 2 && e.getKey().length() >= 2 && !e.getKey().equals(e.getKey().toUpperCase(java.util.Locale.ROOT))
                            && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}])").matcher(titles).find())
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).ifPresent(dep -> result.put(org, dep));
        });
        return result;
    }

    static String orgKey(String organization) {
        return organization == null ? "" : organization;
    }

    /** Collects drafts over all documents, then resolves renames and parents. */
    private static final class Builder {
        private final ExtractionContext ctx;
        private final UnitCues cues;
        private final NamePhrases names;
        private final Map<String, Draft> drafts;
        private final Map<String, RenameFact> renames;
        private final Map<String, String> stated;
        private final Map<String, String> departments;
        private final Set<String> organisations;
        private final HrAnalyzer analyzer;
        private final UnitNameChecks checks;
        private final LeaderPhrases leaders;
        private final UnitFacts unitFacts;

        Builder(ExtractionContext ctx) {
            this.ctx = ctx;
            this.cues = ctx.cues;
            this.names = ctx.names;
            this.drafts = ctx.drafts;
            this.renames = ctx.renames;
            this.stated = ctx.stated;
            this.departments = ctx.departments;
            this.organisations = ctx.organisations;
            this.analyzer = ctx.analyzer;
            this.checks = ctx.checks;
            this.leaders = ctx.leaders;
            this.unitFacts = new UnitFacts(ctx);
        }

        /** @param organisation the document's organisation, named in it or inferred; null when unknown */
        void document(Document d, String text, String organisation) {
            ctx.startDocument(text, organisation);
            String org = orgKey(organisation);
            String department = departments.get(org);
            Outline.Block root = Outline.of(d, text);
            boolean inPassing = d.metadata().kind() == DocumentKind.MINUTES || d.metadata().kind() == DocumentKind.AGENDA;
            Map<Outline.Block, String> unitOf = new HashMap<>();
            // "HR og Arbejdsmiljø består af to afdelinger og et center": the unit headings after it on its level are its parts.
            Map<Outline.Block, Map<Integer, String>> containers = new HashMap<>();
            for (Outline.Block b : Outline.blocks(root)) {
                String enclosing = enclosingUnit(b.parent, unitOf);
                Map<Integer, String> open = containers.computeIfAbsent(b.parent, k -> new HashMap<>());
                if (enclosing == null || (b.parent != null && !unitOf.containsKey(b.parent))) {
                    String container = open.get(b.depth);
                    enclosing = container != null ? container : enclosing;
                }
                // minutes name units in passing; an appendix describing each unit by labelled lines is read all the same
                Optional<String> key = inPassing && !describedByLabels(b) ? Optional.empty() : headingUnit(d, b, org, department, enclosing);
                key.ifPresent(k -> unitOf.put(b, k));
                boolean nestsItsOwn = b.children.stream().anyMatch(c -> !c.lines.isEmpty());
                if (key.isPresent() && !nestsItsOwn && !open.containsKey(b.depth) && b.lines.stream().anyMatch(l -> cues.contains("CONSISTS", l.text()))) {
                    open.put(b.depth, key.get());
                }
                String here = key.orElse(enclosing);
                if (!inPassing) {
                    chart(d, b, org, department, here);
                    records(d, b, org, department, here);
                    prose(d, b, org, department, here);
                }
            }
            if (!inPassing) {
                referrals(d, root, org, department);
                unitParagraphs(d, root, org, department);
                matrices(d, root, org, department);
                chartRows(root, org, department);
            }
            Map<Outline.Block, Set<String>> renamedInto = new HashMap<>();
            Set<String> known = ctx.renameTargets();
            for (Outline.Block b : Outline.blocks(root)) {
                if (!cues.mayHold(STATEMENT_CUES, String.join("\n", b.lines.stream().map(Outline.Line::text).toList()))) {
                    continue; // most blocks state no rename, merger or parent; looking for each cue in each sentence is costly
                }
                List<String> sentences = new ArrayList<>();
                b.lines.forEach(line -> sentences.addAll(Sentences.split(LABEL_LEADING_ON.matcher(line.text()).replaceFirst("$1 $2"))));
                int before = renames.size();
                for (int i = 0; i < sentences.size(); i++) {
                    renames(d, b, sentences.get(i), i + 1 < sentences.size() ? sentences.get(i + 1) : "", i > 0 ? sentences.get(i - 1) : "", org, department);
                    if (i > 0) {
                        mergedAsAPair(d, b, sentences.get(i - 1), sentences.get(i), org, department);
                    }
                    mergedIntoTheSection(d, b, sentences.get(i), unitOf.get(b), org, department);
                    partOf(sentences.get(i), org, department);
                }
                renamedInto.put(b, renames.values().stream().skip(before).map(RenameFact::toKey).collect(Collectors.toCollection(LinkedHashSet::new)));
            }
            if (!inPassing) {
                contactLines(d, root, org, department);
            }
            if (!inPassing && !known.containsAll(ctx.renameTargets())) {
                // "A og B lægges sammen og hedder fremover C. C udbetaler løn …": a unit the document names first in a
                // rename is a unit when its prose makes it a doer, as one named so before would be
                for (Outline.Block b : Outline.blocks(root)) {
                    prose(d, b, org, department, unitOf.getOrDefault(b, enclosingUnit(b.parent, unitOf)));
                }
            }
            if (!inPassing) {
                for (Outline.Block b : Outline.blocks(root)) {
                    if (!unitOf.containsKey(b)) {
                        proseSection(d, b, org, department, enclosingUnit(b.parent, unitOf), renamedInto.getOrDefault(b, Set.of()));
                    }
                }
            }
        }

        /**
         * "Løn og Fravær Bøgely: lønchef Tove Bech, tlf. 44 10 20 30", as a letter's "who is who" lists its units: a
         * unit's name labelling its leader and how to reach it. The name must be a unit's: one found already, the new name
         * of a rename, or a name with a unit noun.
         */
        private void contactLines(Document d, Outline.Block root, String org, String department) {
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

        // ---- a section told in prose ---------------------------------------------------------------------

        /**
         * A section that tells of one unit in running prose under a heading of its subject ("Løn, barsel og refusion":
         * "… er det Lønbutikken, du skal ringe til. Lønbutikken udbetaler lønnen … Teamleder er NN, telefon …"). The
         * unit is the one name the section makes the doer of something (the focus of "det er X, der …", a proper
         * name opening a sentence with its verb, or the new name of a rename stated there); the section must name
         * the unit's leader or contact, which is what makes it a description of a unit rather than a rule that
         * mentions one. Its heading and sentences are then the unit's tasks.
         */
        private void proseSection(Document d, Outline.Block b, String org, String department, String here, Set<String> renamedHere) {
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
                Optional<String> inFocus = focus(sentence);
                inFocus.or(() -> properSubject(sentence)).ifPresent(name -> {
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

        /** "… er det Lønbutikken, du skal ringe til", "Det er Rejse og Befordring, der udsteder …" → the name in focus. */
        private Optional<String> focus(String sentence) {
            for (UnitCues.Found open : cues.all("CLEFT", sentence)) {
                String lead = sentence.substring(0, open.start()).strip();
                if (!lead.isEmpty() && !lead.endsWith(",") && !lead.endsWith(", og") && !lead.endsWith(", men")) {
                    continue; // "det er" inside a clause of its own
                }
                String rest = sentence.substring(open.end()).strip().replaceFirst("^(?:også|altid|fortsat|stadig)\\s+", "");
                int comma = rest.indexOf(", ");
                if (comma > 0) {
                    Optional<String> name = names.unitPhrase(rest.substring(0, comma));
                    if (name.isPresent() && !ctx.isPerson(name.get())) {
                        return name;
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * "Lønbutikken udbetaler lønnen …": a sentence opening with a name and its verb (present tense), when the
         * document writes the name capitalised inside a sentence too, so that it is a proper name ("Lønnen" is not).
         */
        private Optional<String> properSubject(String sentence) {
            String[] words = sentence.strip().split("\\s+");
            int verb = 0;
            while (verb < words.length && (Character.isUpperCase(words[verb].codePointAt(0)) || NamePhrases.CONNECTORS.contains(words[verb]))) {
                verb++;
            }
            if (verb == 0 || verb >= words.length || !words[verb].matches("\\p{Ll}+r") || HrAnalyzer.isStopWord(words[0].toLowerCase(java.util.Locale.ROOT))) {
                return Optional.empty();
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, verb));
            Optional<String> phrase = names.unitPhrase(name);
            return phrase.filter(n -> !ctx.isPerson(n) && !cues.is("SELF", n)
                    && Pattern.compile("\\p{Ll},?\\s+" + Pattern.quote(n) + "(?![\\p{L}])").matcher(ctx.documentText()).find());
        }

        /**
         * Referral lines, as "who do I contact?" lists write them: "Fejl på lønsedlen → Lønservice", "En arbejdsulykke:
         * Team Arbejdsmiljø". When the right side is the name of a unit found in the document, the situation on the
         * left is a task of that unit.
         */
        private void referrals(Document d, Outline.Block root, String org, String department) {
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
                    if (!m.matches()) {
                        continue;
                    }
                    Draft unit = drafts.get(UnitNameChecks.key(org, department, UnitNameChecks.display(m.group(2).strip(), department)));
                    if (unit != null && unit.name != null) {
                        unit.task(m.group(1).replaceAll("[*_]", "").strip(), ctx.source(d, b.path()));
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

        /** "situation → unit", "situation: unit": a situation of a few words, then a name of at most six words. */
        private static final Pattern REFERRAL = Pattern.compile("^(?:-\\s+)?([^:→]{4,140}?)\\s*(?:→|->|=>|:)\\s*(\\p{Lu}[\\p{L}\\p{N}&-]*(?:\\s+[\\p{L}\\p{N}&-]+){0,5})\\.?$");

        private static String enclosingUnit(Outline.Block b, Map<Outline.Block, String> unitOf) {
            for (Outline.Block p = b; p != null; p = p.parent) {
                if (unitOf.containsKey(p)) {
                    return unitOf.get(p);
                }
            }
            return null;
        }

        // ---- headings ------------------------------------------------------------------------------------

        /** The unit a heading names, when the text below gives evidence of it. */
        private Optional<String> headingUnit(Document d, Outline.Block b, String org, String department, String enclosing) {
            String name = checks.headingName(b.heading);
            if (name == null || cues.is("FIELD", name) || cues.is("GENRE", name) || checks.isChartHeading(name) || cues.isPluralUnitNoun(name) || listsUnits(name)
                    || describesATeam(name)) {
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
                            || e.contactTopics && e.contact || e.leaderNamed && e.contact || e.verbFirstTask && e.contact;
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
                if (formerName(draft, line.text(), org, department, src)) {
                    continue; // "- hed Løn- og Rejsekontoret indtil 1. september 2026" is a former name, no task
                }
                // "Enheden hed Personalejuridisk Team indtil 1. november 2026 …": the unit's own former name
                checks.selfReference(line.text()).ifPresent(self -> formerName(draft, line.text().substring(self.end()).strip(), org, department, src));
                if (line.text().endsWith(":") && introducesTasks(line.text())) {
                    continue;
                }
                if (leaders.isLeaderLine(line.text())) {
                    unitFacts.facts(draft, line.text());
                    continue; // "Teamleder: Ulla Bech" says who leads it, not what it does
                }
                if (line == lines.get(0) && !line.item() && preamble(line.text())) {
                    if (draft.location == null && placeLine(line.text())) {
                        draft.location = line.text().strip(); // "**Lønafregning** – HR-Fællesskabet, Regionshuset": where it belongs
                    }
                    continue;
                }
                unitFacts.facts(draft, line.text());
                for (String sentence : Sentences.split(line.text())) {
                    Matcher field = UnitNameChecks.FIELD.matcher(sentence);
                    if (field.matches() && (unitFacts.partOfField(draft, field.group(1), field.group(2), org, department) || isFactLabel(field.group(1)))) {
                        continue; // "Placering: …", "Kontakt: …", "Tidligere navn: …" say where and who it is, not what it does
                    }
                    // "… behandler ansøgninger om flyttegodtgørelse. Hed indtil 1. august 2026 Velkomstcentret."
                    // "Leder er lønchef NN, tlf. …" says who leads it, not what it does
                    if (!leaders.isOnlyContact(sentence) && !leaders.leaderIs.matcher(sentence.strip()).find() && !formerName(draft, sentence, org, department, src)
                            && !checks.selfReference(sentence).map(self -> formerName(draft, sentence.substring(self.end()).strip(), org, department, src)).orElse(false)) {
                        draft.task(sentence, src);
                    }
                }
            }
            return Optional.of(draft.key);
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
         * "Hører under: Driftscentret. Leder: Jens Holm. Opgaver: …": a section whose lines describe a unit by labelled
         * fields, at least one naming its leader or its tasks, and another.
         */
        private boolean describedByLabels(Outline.Block b) {
            if (b.heading == null) {
                return false;
            }
            Set<String> labels = new HashSet<>();
            boolean leaderOrTasks = false;
            for (Outline.Line line : ownLines(b)) {
                for (String sentence : Sentences.split(line.text())) {
                    Matcher f = UnitNameChecks.FIELD.matcher(sentence);
                    if (f.matches() && (checks.describesAUnit(f.group(1)) || cues.is("PART_OF", f.group(1)) || cues.is("REPORTS_LABEL", f.group(1)))) {
                        labels.add(f.group(1).toLowerCase(java.util.Locale.ROOT));
                        leaderOrTasks |= cues.is("LEADER_LABEL", f.group(1)) || cues.contains("TASK_LIST", f.group(1));
                    }
                }
            }
            return leaderOrTasks && labels.size() >= 2;
        }

        /** A label of a unit's place, contact or former name. */
        private boolean isFactLabel(String label) {
            return cues.is("LOCATION_LABEL", label) || cues.is("EMAIL_LABEL", label) || cues.is("PHONE_LABEL", label) || cues.is("LEADER_LABEL", label)
                    || cues.is("REFER_LABEL", label) || cues.atStart("FORMER", label).isPresent();
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
                                boolean contactTopics, boolean leaderNamed, boolean verbFirstTask) {
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
            int items = 0;
            boolean first = true;
            for (Outline.Line line : lines) {
                String t = line.text();
                if (line.item()) {
                    items++;
                }
                boolean gov = leaders.isGovernance(t);
                if (first && !line.item() && preamble(t)) {
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
                    verbFirst |= opensWithTaskVerb(s);
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
                    contactTopics, leaderNamed, verbFirst);
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
            return words.length >= 2 && NEW.contains(words[0].toLowerCase(java.util.Locale.ROOT)) && cues.isUnitNoun(words[1].toLowerCase(java.util.Locale.ROOT));
        }

        /** "HR-Fællesskabet Tjørnelund, Regionshuset", "Kragsø Hospital, fra 1. januar 2027": names only, where a unit belongs. */
        private boolean placeLine(String line) {
            String place = Outline.DATE_TAIL.matcher(line.strip()).replaceFirst("").replaceAll(",$", "");
            return Arrays.stream(place.split(",\\s+")).allMatch(names::isNameLike);
        }

        private static final Set<String> NEW = Set.of("ny", "nyt", "new");

        // ---- charts ----------------------------------------------------------------------------------------

        /** List items that name units: an organisation chart written as a (nested) list. */
        private void chart(Document d, Outline.Block b, String org, String department, String here) {
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
                        if (!formerName(above, item.text(), org, department, src)) {
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

        /**
         * "hed Forsikringskontoret indtil 1. januar 2026" below a unit's name: the unit's former name, a rename
         * without a subject, since the unit is the line's subject. Returns whether the line says so.
         */
        private boolean formerName(Draft unit, String line, String org, String department, Unit.UnitSource src) {
            Optional<String> rest = checks.afterFormerCue(line);
            if (rest.isEmpty() || unit.name == null) {
                return false;
            }
            List<String> before = names.coordinatedUnits(names.leadingName(rest.get()).orElse(""));
            before.stream().filter(old -> !old.isEmpty())
                    .forEach(old -> ctx.rename(org, department, old, unit.name, line.strip(), before.size() > 1, src));
            return !before.get(0).isEmpty();
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

        /**
         * A table of units, as a row per line ("Enhed: Lønservice; Leder: Kontorchef NN; Opgaver: Lønudbetaling,
         * lønsedler; Kontakt: …", as TextTables writes it): when the first column is named by a unit noun, each row
         * is a unit with its leader and contact from their columns, and the other columns' words as its tasks, one
         * task per listed item.
         */
        private void records(Document d, Outline.Block b, String org, String department, String here) {
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
                    if (!fact) {
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
         * The records of a block, one string each: a line of fields ("Enhed: X; Leder: …"), or a unit's label line with
         * the label lines below it ("Enhed: Medarbejderservice" / "Leder: …" / "Opgaver: …"), joined as one.
         */
        private List<String> recordLines(List<Outline.Line> lines) {
            List<String> records = new ArrayList<>();
            StringBuilder open = null;
            for (Outline.Line line : lines) {
                String t = line.text();
                List<String[]> fields = UnitNameChecks.fields(t);
                boolean single = fields.size() == 1 && !line.item();
                if (single && cues.hasUnitNoun(fields.get(0)[0]) && names.isNameLike(UnitNameChecks.WITHIN_PARENS.matcher(fields.get(0)[1]).replaceFirst(""))) {
                    if (open != null) {
                        records.add(open.toString());
                    }
                    open = new StringBuilder(t.replaceAll("[.;]$", ""));
                } else if (single && open != null) {
                    open.append("; ").append(t.replaceAll("[.;]$", ""));
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

        // ---- prose -----------------------------------------------------------------------------------------

        /** Units named as the subject of a task verb, in a cleft sentence or as the agent of a passive one. */
        private void prose(Document d, Outline.Block b, String org, String department, String here) {
            Unit.UnitSource src = ctx.source(d, b.path());
            Set<String> renamedInto = ctx.renameTargets();
            for (Outline.Line line : b.lines) {
                if (dashedItem(line.text(), org, department, src)) {
                    continue;
                }
                String previous = null; // "de sager" leans on the sentence before it in its paragraph, not in another
                Draft lastNamed = null; // the unit the paragraph last named: what "Teamet …" refers back to
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
                    Optional<String> clefted = cleft(sentence);
                    Optional<String> apposed = apposedSubject(plain);
                    Optional<String> subject = clefted.or(() -> apposed).or(() -> subjectOfTask(plain)).or(() -> agent(plain))
                            .or(() -> relativeDoer(plain, org, department));
                    // the unit named in full is no reference back to it, but the subject itself
                    if (subject.isEmpty() || lastNamed != null && refersBackTo(lastNamed, subject.get()) && !subject.get().equals(lastNamed.name)) {
                        if (lastNamed != null && (refersBackTo(lastNamed, sentence) || leaders.leaderIs.matcher(plain.strip()).lookingAt()) && !line.item()) {
                            referredTask(lastNamed, sentence, plain, src);
                        } else if (lastNamed != null && lastNamed.leader == null && leaders.isLeaderLine(LeaderPhrases.withoutTrailingRole(plain))) {
                            unitFacts.facts(lastNamed, LeaderPhrases.withoutTrailingRole(plain)); // "… udleverer nøglekort. Leder: Bent Lykkegaard."
                        }
                        lastNamed = ctx.lastUnitNamedIn(sentence, org, department).orElse(lastNamed);
                        continue;
                    }
                    String name = subject.get();
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
                        lastNamed = ctx.lastUnitNamedIn(sentence, org, department).orElse(lastNamed);
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

        /** "Det nye team Lederrådgivningen rådgiver …": a name in apposition to a unit noun is a unit's. */
        private Optional<String> apposedSubject(String sentence) {
            Matcher m = APPOSED.matcher(sentence.strip());
            if (!m.lookingAt() || !cues.isUnitNoun(m.group(1)) || cues.first("TASK", sentence).isEmpty()) {
                return Optional.empty();
            }
            Optional<UnitCues.Found> verb = cues.first("TASK", sentence.strip());
            if (verb.get().start() <= m.end()) {
                return Optional.empty();
            }
            return names.unitPhrase(sentence.strip().substring(m.end(), verb.get().start()));
        }

        private static final Pattern APPOSED = Pattern.compile("(?iu)(?:det|den|vores)\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}+)\\s+(?=\\p{Lu})");

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
        private boolean refersBackTo(Draft unit, String text) {
            if (unit.name == null) {
                return false;
            }
            String t = text.strip();
            String first = unit.name.split("\\s+")[0];
            return checks.selfReference(t).isPresent() && !t.toLowerCase(java.util.Locale.ROOT).startsWith("vi ") || UnitNameChecks.isCompoundHead(t.split("\\s+")[0], unit.name)
                    || APPOSED.matcher(t).lookingAt() && !APPOSED.matcher(t).replaceFirst("").matches("(?s)\\p{Lu}.*")
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
            boolean doesSomething = cues.contains("TASK", plain) || plain.strip().split("\\s+").length > 2 && isPresentTense(plain.strip().split("\\s+")[1]);
            if (doesSomething && !checks.denies(opening) && !cues.contains("RENAME", sentence) && !cues.contains("MERGE", sentence)) {
                unit.task(sentence, src);
            }
        }

        /**
         * Paragraphs opening with the name of a unit found in the document ("Løn og Seniorforhold hed indtil … Teamet
         * udbetaler løn …"): their sentences without a subject of their own tell what that unit does. After the
         * document's other readings, since a staff directory's rows may be what names the units.
         */
        private void unitParagraphs(Document d, Outline.Block root, String org, String department) {
            for (Outline.Block b : Outline.blocks(root)) {
                Map<Outline.Line, Draft> paragraphUnits = new HashMap<>();
                for (Outline.Line line : b.lines) {
                    if (!line.item()) {
                        paragraphUnit(line.text(), org, department).ifPresent(u -> paragraphUnits.put(line, u));
                    }
                }
                // "Sådan fordeler vi opgaverne": one paragraph a unit, each opening with the unit's name
                boolean unitPerParagraph = new HashSet<>(paragraphUnits.values()).size() >= 2;
                Unit.UnitSource src = ctx.source(d, b.path());
                paragraphUnits.forEach((line, about) -> {
                    List<String> sentences = Sentences.split(line.text());
                    for (String sentence : sentences.subList(1, sentences.size())) {
                        Optional<String> subject = cleft(sentence).or(() -> subjectOfTask(sentence)).or(() -> agent(sentence));
                        // "Elevhuset ansætter …" in the paragraph of Elevhuset Ellekær: the unit by the first word of its name
                        boolean shortName = subject.isPresent() && !subject.get().equals(about.name) && (about.name + " ").startsWith(subject.get() + " ");
                        if (subject.isPresent() && UnitNameChecks.isCompoundHead(subject.get(), about.name)) {
                            subject = Optional.empty(); // "Klinikken vaccinerer …" in the paragraph of Medarbejderklinikken Klintevig
                        }
                        if (shortName) {
                            about.aliases.add(subject.get()); // the paragraph's own short name for its unit
                        }
                        if (subject.isEmpty() || shortName) {
                            paragraphTask(about, sentence, unitPerParagraph, src);
                        }
                    }
                });
            }
        }

        /** "Selve elevlønnen udbetales af Løn og Seniorforhold": a sentence naming another unit of the organisation speaks of that one. */
        private boolean namesAnotherUnit(String sentence, Draft about) {
            String department = departments.get(about.org);
            return ctx.draftsNamedIn(sentence, 1, name -> drafts.get(UnitNameChecks.key(about.org, department, UnitNameChecks.display(name, department))))
                    .stream().anyMatch(other -> other != about);
        }

        // ---- a drawn chart's rows of boxes ----------------------------------------------------------------------

        /**
         * A drawn chart read from a PDF: boxes side by side come out as one line of cells ("3 Mandskabskontoret ⇥ 4 Løn
         * og Regnskab ⇥ 5 Helbred og Sikkerhed"), and the lines below it hold each box's leader and place in the same
         * columns ("Leder: Trine Moos ⇥ Økonomichef: Poul Saxtorph ⇥ …"). Facts of boxes whose unit the document's
         * legend or text made a unit; a box names no unit by itself.
         */
        private void chartRows(Outline.Block root, String org, String department) {
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

        // ---- responsibility matrices ---------------------------------------------------------------------------

        /**
         * A responsibility matrix ("hvem gør hvad"): a table whose rows are tasks and whose columns are units, each cell
         * a role letter that a legend of the document explains ("A – ansvarlig", "U – udfører", "R – rådgiver"). A row's
         * task is a task of each unit whose cell holds a role of doing it (MATRIX_DOER); one that advises or is told is
         * not. Without a legend only a cross ("x", "✓") says who does it. Columns that name no unit ("Nærmeste leder")
         * are left out.
         */
        private void matrices(Document d, Outline.Block root, String org, String department) {
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
        private void paragraphTask(Draft about, String sentence, boolean unitPerParagraph, Unit.UnitSource src) {
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

        /** "Det er HR-jura, der rådgiver om …" → "HR-jura". */
        private Optional<String> cleft(String sentence) {
            Optional<UnitCues.Found> open = cues.atStart("CLEFT", sentence);
            if (open.isEmpty()) {
                return Optional.empty();
            }
            // "Det er også Læringsværkstedet, der …": an adverb before the name in focus
            String rest = sentence.substring(open.get().end()).replaceFirst("^\\s*(?:også|altid|fortsat|stadig|desuden)\\s+", " ");
            for (UnitCues.Found rel : cues.all("CLEFT_REL", rest)) {
                String before = rest.substring(0, rel.start()).strip().replaceAll(",$", "").strip();
                Optional<String> name = names.unitPhrase(before);
                if (name.isPresent() && (cues.contains("TASK", rest.substring(rel.end())) || cues.contains("TASK_LIST", rest.substring(rel.end())))) {
                    return name;
                }
            }
            return Optional.empty();
        }

        /** "Lønteamet står for …" → "Lønteamet": all words before the first task verb name a unit. */
        private Optional<String> subjectOfTask(String sentence) {
            Optional<UnitCues.Found> verb = cues.first("TASK", sentence);
            int at = verb.map(UnitCues.Found::start).orElseGet(() -> presentVerbAfterName(sentence));
            if (at <= 0) {
                return Optional.empty();
            }
            String before = sentence.substring(0, at).strip();
            before = before.substring(before.lastIndexOf(": ") + 1).strip();
            before = before.replaceAll("\\s+(?:desuden|også|bl\\.a\\.|blandt andet|primært|fortsat|endvidere|derudover|samtidig)$", "");
            return names.unitPhrase(before);
        }

        /**
         * "Adgangskontrol Klintevig udleverer ID-kort …": where a capitalised name opens the sentence and the first word
         * after it is a verb in the present tense, that verb's position; -1 otherwise. The verbs a unit does its work
         * with are an open class, so the dictionary tells them, not a list: a word ending in "r" whose lemma is it
         * without the "r" and that lemma has a past participle ("udlevere" → "udleveret", "slå" → "slået").
         */
        private int presentVerbAfterName(String sentence) {
            Matcher m = NAME_THEN_WORD.matcher(sentence);
            if (!m.lookingAt() || HrAnalyzer.isStopWord(m.group(1).split("\\s+")[0].toLowerCase(java.util.Locale.ROOT))
                    || STATEMENT_CUES.stream().anyMatch(label -> cues.contains(label, sentence)) || NAMING.matcher(sentence).find()) {
                return -1; // "Under HR Klintevig ligger …", "Gruppen fortsætter under navnet …": no task
            }
            return isPresentTense(m.group(2)) ? m.start(2) : -1;
        }

        private static final Pattern NAMING = Pattern.compile("(?iu)(?<!\\p{L})navn(?:et|e)?(?!\\p{L})");

        /** A name of capitalised words (with "og", "for", "i" inside), then a lower-case word. */
        private static final Pattern NAME_THEN_WORD = Pattern.compile(
                "\\s*(\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:og|for|i|til|&)\\s+)?\\p{Lu}[\\p{L}-]*)*)\\s+(\\p{Ll}+)\\b");

        /** "udleverer", "vaccinerer", "slår": a verb in the present tense, by the dictionary's lemmas. */
        private boolean isPresentTense(String word) {
            if (analyzer == null || word.length() < 4 || !word.endsWith("r") || HrAnalyzer.isStopWord(word)) {
                return false;
            }
            String infinitive = word.substring(0, word.length() - 1);
            return analyzer.lemmas(word).contains(infinitive)
                    && (analyzer.isDictionaryWord(infinitive + "t") || analyzer.isDictionaryWord(infinitive + "et") || analyzer.isDictionaryWord(infinitive + "de"));
        }

        /** "Opgaven varetages af Sektion for Rekruttering." → "Sektion for Rekruttering". */
        private Optional<String> agent(String sentence) {
            Optional<UnitCues.Found> verb = cues.first("PASSIVE", sentence);
            if (verb.isEmpty()) {
                return Optional.empty();
            }
            String after = sentence.substring(verb.get().end()).strip().replaceAll("[.!]+$", "");
            after = after.split(",\\s|\\s(?:og|samt|i samarbejde)\\s", 2)[0];
            return names.unitPhrase(after);
        }

        // ---- renames and part-of ----------------------------------------------------------------------------

        private void renames(Document d, Outline.Block b, String sentence, String next, String previous, String org, String department) {
            String s = sentence.replaceAll("^[^\\p{L}\\p{N}\"„“]+", "");
            Unit.UnitSource src = ctx.source(d, b.path());
            for (UnitCues.Found tail : cues.all("RENAME_TAIL", s)) {
                // "X ændrer pr. 1. marts navn til Y", "Samtidig skifter X navn til Y"
                Optional<UnitCues.Found> verb = cues.all("RENAME_VERB", s.substring(0, tail.start())).stream().reduce((a, c) -> c);
                if (verb.isEmpty() || cues.contains("RENAME", s)) {
                    continue;
                }
                Optional<String> to = names.leadingName(s.substring(tail.end()));
                String between = s.substring(verb.get().end(), tail.start()).strip();
                Optional<String> from = names.unitPhrase(between).or(() -> names.trailingName(s.substring(0, verb.get().start())));
                if (from.isPresent() && to.isPresent()) {
                    ctx.rename(org, department, from.get(), to.get(), s, false, src);
                }
            }
            List<String> clauses = renameClauses(s);
            for (int i = 0; i < clauses.size(); i++) {
                renameIn(clauses.get(i), i > 0, s, org, department, src);
            }
            for (UnitCues.Found f : cues.all("RENAMED_FROM", s)) {
                String subject = s.substring(0, f.start()).replaceAll("[\\s(]+$", ""); // "Vagtløn Vest (hed …)"
                // "Løn og Kontrakter er en del af … Teamet hed indtil 2027 Gagekontoret": the unit the sentence before names
                Optional<String> now = names.trailingName(subject).or(() -> isAnaphor(subject) ? firstNameIn(previous) : Optional.empty());
                // "X hed indtil 1. juni 2026 Kørselskontoret": the date may come before the former name
                String rest = s.substring(f.end());
                Matcher until = UnitNameChecks.UNTIL_DATE.matcher(rest);
                Optional<String> before = until.find() ? names.openingName(rest.substring(until.end())) : names.leadingName(rest);
                if (now.isPresent() && before.isPresent()) {
                    ctx.rename(org, department, before.get(), now.get(), s, false, src);
                }
            }
            Matcher paren = Pattern.compile("\\(\\s*([^()]+?)\\s*\\)").matcher(s);
            while (paren.find()) {
                Optional<UnitCues.Found> former = cues.atStart("FORMER", paren.group(1));
                if (former.isPresent()) {
                    Optional<String> now = names.trailingName(s.substring(0, paren.start()));
                    Optional<String> before = names.leadingName(paren.group(1).substring(former.get().end()).replaceAll("^[\\s:]+", ""));
                    if (now.isPresent() && before.isPresent()) {
                        ctx.rename(org, department, before.get(), now.get(), s, false, src);
                    }
                }
            }
            for (UnitCues.Found f : cues.all("MERGE", s)) {
                Optional<String> a = names.trailingName(s.substring(0, f.start()));
                String rest = s.substring(f.end()).strip();
                Optional<String> bName = names.leadingName(rest);
                if (a.isEmpty() || bName.isEmpty()) {
                    continue;
                }
                String afterB = rest.substring(rest.indexOf(bName.get()) + bName.get().length()).strip();
                Optional<UnitCues.Found> into = cues.atStart("MERGE_INTO", afterB);
                Optional<String> c = into.flatMap(i -> names.leadingName(afterB.substring(i.end())))
                        .or(() -> cues.first("MERGED_NAME", next).flatMap(n -> names.leadingName(next.substring(n.end())))); // "Den sammenlagte enhed hedder Y."
                String statement = c.isPresent() && !next.isEmpty() && !s.contains(c.get()) ? s + " " + next : s;
                if (c.isPresent()) {
                    ctx.rename(org, department, a.get(), c.get(), statement, true, src);
                    ctx.rename(org, department, bName.get(), c.get(), statement, true, src);
                } else {
                    ctx.rename(org, department, a.get(), bName.get(), s, true, src);
                }
            }
            for (UnitCues.Found f : cues.all("MERGE_PAIR", s)) {
                Optional<String> merged = names.leadingName(s.substring(f.end()));
                if (merged.isPresent()) {
                    mergedPair(s.substring(0, f.start())).forEach(old -> ctx.rename(org, department, old, merged.get(), s, true, src));
                }
            }
            for (UnitCues.Found f : cues.all("TRANSFER", s)) {
                Optional<String> to = names.leadingName(s.substring(f.end()));
                Optional<String> from = transferSource(s.substring(0, f.start()));
                if (from.isPresent() && to.isPresent() && (cues.hasUnitNoun(from.get()) || cues.hasUnitNoun(to.get())
                        || drafts.containsKey(UnitNameChecks.key(org, department, from.get())) || drafts.containsKey(UnitNameChecks.key(org, department, to.get())))) {
                    ctx.rename(org, department, from.get(), to.get(), s, true, src);
                }
            }
        }

        /**
         * "I dag deles opgaverne mellem A og B. Fra 1. marts lægges de sammen i et nyt team, C.": a merger of the pair
         * the sentence before named, told with a pronoun. One of the two must be named with a unit noun or be a unit
         * of the document, so that a pair of topics ("løn og pension") is no merger.
         */
        private void mergedAsAPair(Document d, Outline.Block b, String before, String sentence, String org, String department) {
            Optional<UnitCues.Found> cue = cues.first("MERGE_PRONOUN", sentence);
            if (cue.isEmpty()) {
                return;
            }
            Optional<String> merged = names.leadingName(NEW_UNIT.matcher(sentence.substring(cue.get().end())).replaceFirst(""));
            Matcher pair = NAME_PAIR.matcher(before);
            List<String> olds = List.of();
            while (pair.find()) {
                List<String> found = mergedPair(pair.group());
                if (found.size() == 2) {
                    olds = found;
                }
            }
            boolean units = olds.stream().anyMatch(n -> cues.hasUnitNoun(n) || drafts.containsKey(ctx.current(UnitNameChecks.key(org, department, n))));
            if (merged.isPresent() && units && !olds.contains(merged.get())) {
                Unit.UnitSource src = ctx.source(d, b.path());
                olds.forEach(old -> ctx.rename(org, department, old, merged.get(), before + " " + sentence, true, src));
            }
        }

        /**
         * "Du arbejder tæt sammen med Produktionskontoret, som lægger prøveplanerne …": a unit followed by a relative
         * clause in the present tense is the doer of that clause.
         */
        private Optional<String> relativeDoer(String sentence, String org, String department) {
            Matcher m = RELATIVE_DOER.matcher(sentence);
            while (m.find()) {
                if (NOT_DOING.contains(m.group(2))) {
                    continue;
                }
                Optional<String> name = names.trailingName(m.group(1));
                if (name.isPresent() && !ctx.isPerson(name.get()) && ctx.unitLike(name.get(), org, department)) {
                    return name;
                }
            }
            return Optional.empty();
        }

        private static final Pattern RELATIVE_DOER = Pattern.compile("(\\p{Lu}[\\p{L}-]*(?:\\s+(?:og\\s+|&\\s+)?\\p{Lu}[\\p{L}-]*)*),\\s+(?:som|der)\\s+(?:også\\s+|nu\\s+)?(\\p{Ll}+r)\\b");
        /** Verbs of a relative clause that say what a unit is or where it belongs, not what it does. */
        private static final Set<String> NOT_DOING = Set.of("er", "har", "var", "hører", "ligger", "hedder", "bliver", "refererer", "tilhører");

        /** "Teamet", "Det lille team": a subject that refers back to a unit named before. */
        private boolean isAnaphor(String subject) {
            String t = subject.strip();
            return cues.is("SELF", t) && !t.equalsIgnoreCase("vi") || ANAPHORIC_UNIT.matcher(t).matches() && cues.isUnitNoun(ANAPHORIC_UNIT.matcher(t).replaceAll("$1"));
        }

        private static final Pattern ANAPHORIC_UNIT = Pattern.compile("(?iu)(?:det|den)\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}+)");

        /**
         * The first name of a unit in a sentence ("Du får en del med Scenesikkerhed og Arbejdsmiljø at gøre" →
         * "Scenesikkerhed og Arbejdsmiljø"): a run of capitalised words (with "og" inside), not a person's, not the
         * organisation's, not a pronoun opening the sentence.
         */
        private Optional<String> firstNameIn(String sentence) {
            Matcher m = CAPITALISED_RUN.matcher(sentence);
            while (m.find()) {
                String run = m.group().strip();
                if (m.start() == 0 && HrAnalyzer.isStopWord(run.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT))) {
                    run = run.contains(" ") ? run.substring(run.indexOf(' ') + 1) : "";
                }
                Optional<String> name = run.isEmpty() || Character.isLowerCase(run.charAt(0)) ? Optional.empty() : names.unitPhrase(run);
                if (name.isPresent() && !ctx.isPerson(name.get()) && !MetadataExtractor.namesAnOrganisation(name.get())) {
                    return name;
                }
            }
            return Optional.empty();
        }

        private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:\\s+(?:og\\s+|&\\s+)?\\p{Lu}[\\p{L}-]*)*");

        /**
         * "Ny enhed: A og B lægges sammen" in the section of unit C: a merger into the section's unit, told without
         * its name.
         */
        private void mergedIntoTheSection(Document d, Outline.Block b, String sentence, String sectionKey, String org, String department) {
            Draft section = sectionKey == null ? null : drafts.get(sectionKey);
            Optional<UnitCues.Found> cue = cues.first("MERGE_BARE", sentence);
            // the section's heading must name a unit by its form: "Ændringer" over a list of mergers names none
            if (section == null || section.name == null || cue.isEmpty() || !cues.hasUnitNoun(section.name) && !ctx.placeNamedUnit(section.name) || !sentence.substring(cue.get().end()).matches("\\s*(?:(?:fra|pr\\.|per|den)\\s.*)?[.!]?\\s*")) {
                return;
            }
            String subject = UnitNameChecks.SHORT_LABEL.matcher(sentence.substring(0, cue.get().start()).strip()).replaceFirst("");
            List<String> pair = mergedPair(subject);
            if (!pair.isEmpty() && !pair.contains(section.name)) {
                Unit.UnitSource src = ctx.source(d, b.path());
                pair.forEach(old -> ctx.rename(org, department, old, section.name, sentence, true, src));
            }
        }

        /** "i et nyt team, " before a merger's new name. */
        private static final Pattern NEW_UNIT = Pattern.compile("(?iu)^\\s*(?:i|til)\\s+(?:(?:et|en|ét|én)\\s+)?(?:(?:nyt?|nye|fælles)\\s+)?(?:\\p{Ll}+,?\\s+(?=\\p{Lu}))?");
        /** Two capitalised names joined by "og": "Lønregistreringen og Refusionsteamet". */
        private static final Pattern NAME_PAIR = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:\\s+(?:og\\s+)?\\p{Lu}[\\p{L}-]*)*\\s+og\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*");

        /**
         * The two names of "A og B" before a merger's verb, split at the "og" that leaves a name on each side (names
         * hold "og" themselves: "Løn og Personale og Lønbogholderiet"); none when no split does.
         */
        private List<String> mergedPair(String before) {
            String subject = before.strip();
            for (int at = subject.lastIndexOf(" og "); at > 0; at = subject.lastIndexOf(" og ", at - 1)) {
                Optional<String> a = names.leadingName(subject.substring(0, at));
                Optional<String> b = names.leadingName(subject.substring(at + 4));
                if (a.isPresent() && b.isPresent() && a.get().equals(subject.substring(0, at).strip()) && b.get().equals(subject.substring(at + 4).strip())) {
                    return List.of(a.get(), b.get());
                }
            }
            return List.of();
        }

        /**
         * The clauses of a sentence that opens with a rename, each a rename of its own: "Løn- og Tidsteamet hedder nu
         * Lønhuset, Udviklingskontoret hedder Kompetence og Udvikling, og Sikkerhedsstaben er blevet til Trivsel og
         * Arbejdsmiljø". A part without a verb of renaming belongs to the clause before ("… hedder nu Fælles HR,
         * Arbejdsmiljø"). A sentence without a rename is one clause.
         */
        private List<String> renameClauses(String sentence) {
            if (!cues.contains("RENAME", sentence)) {
                return List.of(sentence);
            }
            List<String> clauses = new ArrayList<>();
            for (String part : CLAUSE_BREAK.split(sentence)) {
                boolean renames = cues.contains("RENAME", part) || cues.contains("RENAME_CONTINUED", part);
                if (clauses.isEmpty() || renames) {
                    clauses.add(part);
                } else {
                    clauses.set(clauses.size() - 1, clauses.get(clauses.size() - 1) + ", " + part);
                }
            }
            return clauses.size() == 1 ? List.of(sentence) : clauses;
        }

        private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s+(?:og\\s+|samt\\s+)?(?=\\p{Lu})");

        /**
         * The renames of one clause ("X hedder nu Y") of {@code sentence}, which is their statement.
         *
         * @param continued the clause follows a rename in its sentence: "Z hedder W" renames too
         */
        private void renameIn(String clause, boolean continued, String sentence, String org, String department, Unit.UnitSource src) {
            List<UnitCues.Found> found = new ArrayList<>(cues.all("RENAME", clause));
            boolean weak = false; // "bliver til" renames only between names of units
            if (found.isEmpty()) {
                found.addAll(cues.all("RENAME_CONTINUED", clause).stream().limit(1).toList());
                weak = !continued;
            }
            for (UnitCues.Found f : found) {
                String s = clause;
                String before = s.substring(0, f.start());
                // "X er flyttet ind i HR-kontoret og hedder nu Y": the subject of both clauses opens the sentence;
                // "… overgår til X, som samtidig skifter navn til Y": X ends the clause the relative one hangs on
                Matcher embedded = EMBEDDED_RELATIVE.matcher(before);
                Optional<String> from = (embedded.matches() ? names.unitPhrase(embedded.group(1)) : Optional.<String>empty())
                        .or(() -> names.trailingName(before))
                        .or(() -> before.stripTrailing().endsWith(" og") && !cues.contains("MERGE", s) ? names.openingName(s) : Optional.empty())
                        .or(() -> RELATIVE_TAIL.matcher(before).find() ? names.trailingName(RELATIVE_TAIL.matcher(before).replaceFirst("")) : Optional.empty());
                Optional<String> to = names.leadingName(s.substring(f.end()));
                from = from.filter(n -> cues.atStart("COUNTED", n).isEmpty());
                if (weak && to.isPresent() && !(ctx.unitLike(to.get(), org, department) && from.filter(n -> ctx.unitLike(n, org, department) || embedded.matches()).isPresent())) {
                    continue;
                }
                if (from.isPresent() && to.isPresent()) {
                    List<String> merged = names.coordinatedUnits(from.get());
                    for (String old : merged) {
                        ctx.rename(org, department, old, to.get(), sentence, merged.size() > 1, src);
                    }
                    String afterName = s.substring(f.end()).strip();
                    String rest = afterName.startsWith(to.get()) ? afterName.substring(to.get().length()).strip() : "";
                    Optional<UnitCues.Found> gains = cues.atStart("GAINS", rest);
                    if (gains.isPresent()) {
                        // "… bliver til Y og får hele ansættelsesforløbet: …": what the renamed unit takes on, without the rename
                        Draft gained = ctx.draft(org, department, UnitNameChecks.display(to.get(), department));
                        gained.seen(src, UnitNameChecks.display(to.get(), department), UnitNameChecks.abbreviation(to.get()));
                        gained.task(rest.substring(rest.indexOf(' ') + 1), src);
                    }
                }
            }
        }

        /** "Stillingsbanken, som i dag lægger opslag i KalvJob, " before a rename: the subject before the relative clause. */
        private static final Pattern EMBEDDED_RELATIVE = Pattern.compile("^\\s*(\\p{Lu}[^,]{1,60}),\\s+(?:som|der)\\s+[^,]+,\\s*$");

        private static final Pattern TASKS_OF = Pattern.compile("(?iu)^opgaver(?:ne)?\\b");
        private static final Pattern RELATIVE_TAIL = Pattern.compile(",\\s+(?:som|der)(?:\\s+(?:samtidig|også|nu|derefter))?\\s*$");

        /** "Rekrutteringsenheden nedlægges, og opgaverne" / "Opgaverne i Rekrutteringsenheden" → the unit. */
        private Optional<String> transferSource(String before) {
            String b = before.strip().replaceAll("[,\\s]+$", "");
            Matcher tasksOf = Pattern.compile("(?iu)\\bopgaver(?:ne)?\\s+(?:i|fra|hos|under)\\s+(.+)$").matcher(b);
            if (tasksOf.find()) {
                return names.unitPhrase(tasksOf.group(1).strip());
            }
            Matcher possessive = Pattern.compile("^(.+?)s\\s+opgaver(?:ne)?$").matcher(b);
            if (possessive.find()) {
                return names.unitPhrase(possessive.group(1));
            }
            Matcher closed = Pattern.compile("(?iu)^(.+?)\\s+(?:nedlægges|lukkes|ophører)\\b").matcher(b);
            if (closed.find()) {
                return names.unitPhrase(closed.group(1));
            }
            if (TASKS_OF.matcher(b).find()) {
                return Optional.empty(); // "Opgaverne med efteruddannelse og …" names the tasks, not where they were
            }
            return names.trailingName(b);
        }

        private void partOf(String sentence, String org, String department) {
            for (UnitCues.Found f : cues.all("PART_OF", sentence)) {
                Optional<String> child = names.trailingName(sentence.substring(0, f.start()));
                Optional<String> parent = names.leadingName(sentence.substring(f.end()).replaceAll("^\\s*(?:et|en|den|det)?\\s*(?:samlet|samlede)?\\s*", ""));
                if (child.isPresent() && parent.isPresent()) {
                    stated.putIfAbsent(UnitNameChecks.key(org, department, child.get()), UnitNameChecks.key(org, department, parent.get()));
                }
            }
        }

        // ---- resolution -------------------------------------------------------------------------------------

        List<Unit> build() {
            // Renamed units join their current unit; a rename with no unit described under either name still
            // makes one, since a rename statement is about units.
            for (Map.Entry<String, RenameFact> e : renames.entrySet()) {
                RenameFact r = e.getValue();
                String current = ctx.current(r.toKey());
                Draft target = drafts.get(current);
                if (target == null) {
                    RenameFact last = ctx.lastRenameInto(current);
                    target = drafts.computeIfAbsent(current, k -> new Draft(k, r.source().organization() == null ? "" : r.source().organization(), checks::denies));
                    if (target.name == null) {
                        target.seen(r.source(), last.toDisplay(), null);
                    }
                }
                Draft old = drafts.remove(e.getKey());
                if (old != null && old != target) {
                    target.absorb(old);
                }
                target.aliases.add(r.fromDisplay());
                target.renames.add(new Unit.Rename(r.fromDisplay(), r.statement(), r.merger(), r.source()));
            }
            // A document whose organisation is unknown describes units that one organisation's documents name: they are those.
            for (String k : List.copyOf(drafts.keySet())) {
                Draft d = drafts.get(k);
                if (d == null || !d.org.isEmpty()) {
                    continue;
                }
                String nameKey = k.substring(k.indexOf('|') + 1);
                List<Draft> same = drafts.values().stream().filter(o -> !o.org.isEmpty() && o.key.substring(o.key.indexOf('|') + 1).equals(nameKey)).toList();
                if (same.size() == 1) {
                    absorbInto(same.get(0), k);
                }
            }
            // "Mødeservice" in a newsletter's story and "Mødeservice Hyldebjerg" where the page names it in full are one
            // unit: a name that is another's of the same organisation without a place name is its short form.
            Set<String> draftOrganisations = drafts.values().stream().map(o -> o.org).collect(java.util.stream.Collectors.toSet());
            for (String k : List.copyOf(drafts.keySet())) {
                Draft d = drafts.get(k);
                if (d == null || !ctx.mayBeAShortName(d.name, d.org)) {
                    continue;
                }
                List<Draft> full = drafts.values().stream().filter(o -> o != d && o.org.equals(d.org) && o.name != null
                        && o.name.startsWith(d.name + " ") && o.name.indexOf(' ', d.name.length() + 1) < 0 && draftOrganisations.stream().anyMatch(g -> UnitNameChecks.namedAfterPlace(o.name, g))).toList();
                if (full.size() == 1) {
                    absorbInto(full.get(0), k);
                }
            }
            // "Arbejdsmiljø Kragsø" in a hospital's page, found by its place name alone or only named there, is the
            // region's unit of that name when the region's documents describe one: the page speaks of it, not of its own.
            for (String k : List.copyOf(drafts.keySet())) {
                Draft d = drafts.get(k);
                if (d == null || !d.onlyMentioned()) {
                    continue;
                }
                String nameKey = k.substring(k.indexOf('|') + 1);
                List<Draft> same = drafts.values().stream().filter(o -> o != d && !o.onlyMentioned() && o.key.substring(o.key.indexOf('|') + 1).equals(nameKey)).toList();
                if (same.size() == 1 && UnitNameChecks.namedAfterPlace(d.name, d.org) && !UnitNameChecks.namedAfterPlace(same.get(0).name, same.get(0).org)) {
                    absorbInto(d, same.get(0).key); // only mentioned by the organisation it is named after, described by another's page
                } else if (same.size() == 1) {
                    absorbInto(same.get(0), k);
                }
            }
            // "Vagtløn Østerdal" in a hospital's page is Region Østerdal's unit of that name, and "HR Hjortsø" with its
            // leader in the region's wiki is Hjortsø Sygehus's: a unit named after an organisation's place is that
            // organisation's.
            for (String k : List.copyOf(drafts.keySet())) {
                Draft d = drafts.get(k);
                if (d == null) {
                    continue;
                }
                String nameKey = k.substring(k.indexOf('|') + 1);
                List<Draft> owners = drafts.values().stream().filter(o -> o != d && !o.org.equals(d.org)
                        && o.key.substring(o.key.indexOf('|') + 1).equals(nameKey) && UnitNameChecks.namedAfterPlace(o.name, o.org)).toList();
                if (owners.size() == 1 && !UnitNameChecks.namedAfterPlace(d.name, d.org)) {
                    absorbInto(owners.get(0), k);
                } else if (owners.isEmpty() && d.name != null && !UnitNameChecks.namedAfterPlace(d.name, d.org) && standsAlone(d)) {
                    // "Lønbordet Vestkær" told of only in a hospital's guide is Region Vestkær's all the same; a unit
                    // placed in its document's organisation (a parent or units under it) stays there
                    List<String> places = organisations.stream().filter(g -> !orgKey(g).equals(d.org) && UnitNameChecks.namedAfterPlace(d.name, g)).toList();
                    if (places.size() == 1) {
                        String g = orgKey(places.get(0));
                        Draft moved = ctx.draft(g, departments.get(g), d.name);
                        if (moved != d) {
                            absorbInto(moved, k);
                        }
                    }
                }
            }
            // A heading taken for a unit that in the end tells nothing of one (no task, leader, contact, former name,
            // nor a unit above or below it: "Ændringer" over a list of renames) is no unit; a chart's leaf is one.
            Set<String> parents = new HashSet<>();
            drafts.values().forEach(d -> {
                if (d.parentKey != null) {
                    parents.add(ctx.current(d.parentKey));
                }
            });
            stated.values().forEach(p -> parents.add(ctx.current(p)));
            drafts.values().removeIf(d -> d.tasks.isEmpty() && d.leader == null && d.email == null && d.phone == null && d.renames.isEmpty()
                    && d.aliases.isEmpty() && d.reportsTo == null && d.location == null && !parents.contains(d.key)
                    && d.parentKey == null && !stated.containsKey(d.key));
            Map<String, String> nameByKey = new HashMap<>();
            drafts.forEach((k, d) -> nameByKey.put(k, d.name));
            List<Unit> units = new ArrayList<>();
            for (Draft d : drafts.values()) {
                if (d.name == null) {
                    continue;
                }
                String parentKey = stated.containsKey(d.key) ? ctx.current(stated.get(d.key)) : d.parentKey == null ? null : ctx.current(d.parentKey);
                if (parentKey == null && d.name.contains(", ")) {
                    // "Fælles HR, Stab" is part of "Fælles HR" when that is a unit of its own.
                    String dept = d.name.substring(0, d.name.indexOf(", "));
                    String deptKey = d.org + "|" + UnitNames.squash(dept);
                    parentKey = drafts.containsKey(deptKey) ? deptKey : null;
                }
                String parent = parentKey == null || parentKey.equals(d.key) || createsCycle(d.key, parentKey) ? null : nameByKey.get(parentKey);
                units.add(d.toUnit(parent));
            }
            return units;
        }

        /** A unit of no stated place in its organisation: no parent, no units under it, not its department's ("HR Bjergby, Lønteamet Rønby") nor an organisation's name. */
        private boolean standsAlone(Draft d) {
            return d.parentKey == null && !stated.containsKey(d.key) && !MetadataExtractor.namesAnOrganisation(d.name) && !d.name.contains(", ")
                    && drafts.values().stream().noneMatch(o -> d.key.equals(o.parentKey)) && !stated.containsValue(d.key);
        }

        /** The draft of {@code key} becomes part of {@code target}; units placed under it are placed under the target. */
        private void absorbInto(Draft target, String key) {
            target.absorb(drafts.remove(key));
            drafts.values().forEach(o -> {
                if (key.equals(o.parentKey)) {
                    o.parentKey = target.key;
                }
            });
        }

        private boolean createsCycle(String key, String parentKey) {
            Set<String> seen = new HashSet<>();
            String p = parentKey;
            while (p != null && seen.add(p)) {
                if (p.equals(key)) {
                    return true;
                }
                Draft d = drafts.get(p);
                p = d == null ? null : (stated.containsKey(p) ? ctx.current(stated.get(p)) : d.parentKey == null ? null : ctx.current(d.parentKey));
            }
            return false;
        }
    }
}
