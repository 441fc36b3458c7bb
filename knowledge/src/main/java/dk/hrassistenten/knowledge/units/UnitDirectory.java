package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.QueryPlanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The units extracted from the documents, per organisation, and lookup by topic: which unit's task lines
 * cover a topic best. Immutable and thread-safe.
 */
public final class UnitDirectory {

    /** A line must cover this share of a topic for its unit to count as handling it. */
    public static final double MIN_COVERAGE = 0.5;
    /** All of a unit's lines together must cover this much of the topic. */
    public static final double MIN_UNIT_COVERAGE = 0.6;
    private static final double MORE_LINES_CREDIT = 0.05;
    private static final double MORE_LINES_CAP = 0.15;
    /** A unit above another that matches this close to it gives way to the more specific one. */
    private static final double SPECIFIC_RATIO = 0.7;
    private static final int MAX_MATCHED_LINES = 3;

    private final Map<String, String> departments;
    private final List<Unit> units;
    private final QueryPlanner planner;
    private final HrAnalyzer analyzer;
    private final Map<Unit.Task, Set<String>> taskTerms = new HashMap<>();
    /** Each analysed term's task lines: a topic's lines are found by its terms, not by testing every line. */
    private final Map<String, Set<Unit.Task>> tasksWithTerm = new HashMap<>();
    /** The terms of all of a unit's task lines. */
    private final Map<Unit, Set<String>> unitTerms = new java.util.IdentityHashMap<>();
    /**
     * The units a task line names as doing it too (not denied, not organisations), found on a line's first match:
     * testing every unit's name against every matching line was most of a who-question's time.
     */
    private final Map<String, List<Unit>> namedInLine = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> departmentTerms = new HashSet<>();
    private final Map<String, Unit> byName = new HashMap<>();
    private final Set<String> allTaskTerms = new HashSet<>();
    private final Map<String, String> titleNames = new HashMap<>();
    /** Terms of task verbs and question frames ("håndterer", "hjælpe med"): they ask for a unit, they name no topic. */
    private final Set<String> frameTerms = new HashSet<>();
    /** The units that have units of their own, and the organisations' names squashed: both fixed with the units. */
    private final Set<Unit> withSubUnits = new HashSet<>();
    private final Set<String> organizationNames = new HashSet<>();
    private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*");
    /**
     * A topic's first word in the present tense ("tager", "udsteder", "pays"), or the verb of a purpose ("for at tilmelde
     * mig …"), is how the unit handles it or what the asker wants done, not what.
     */
    private static final Pattern LEADING_VERB = Pattern.compile("^\\s*(?:(?:for\\s+)?at\\s+(\\p{Ll}+)|(\\p{Ll}+(?:er|s))\\b)");
    /**
     * Patterns made from unit and organisation names, compiled once: a lookup tests every matching task line against
     * every other unit's name, per question. Bounded; the names are the corpus's.
     */
    private static final dk.hrassistenten.knowledge.cache.BoundedCache<String, Pattern> NAME_PATTERNS =
            new dk.hrassistenten.knowledge.cache.BoundedCache<>(10_000);

    private static Pattern compiled(String regex) {
        return NAME_PATTERNS.get(regex, Pattern::compile);
    }

    /** A directory extracted before (a store keeps it), searched with this analysis and planner. */
    public static UnitDirectory of(Map<String, String> departments, List<Unit> units, HrAnalyzer analyzer, QueryPlanner planner) {
        return new UnitDirectory(departments, units, analyzer, planner);
    }

    /** Each organisation's department, as {@link #of} takes it back. */
    public Map<String, String> departments() {
        return departments;
    }

    UnitDirectory(Map<String, String> departments, List<Unit> units, HrAnalyzer analyzer, QueryPlanner planner) {
        this.departments = Map.copyOf(departments);
        this.units = List.copyOf(units);
        this.planner = planner;
        this.analyzer = analyzer;
        for (String d : this.departments.values()) {
            departmentTerms.addAll(analyzer.terms(d));
        }
        for (Unit u : this.units) {
            if (u.parent() != null) {
                this.units.stream().filter(p -> Objects.equals(p.organization(), u.organization()) && p.name().equals(u.parent()))
                        .forEach(withSubUnits::add);
            }
            if (u.organization() != null) {
                organizationNames.add(UnitNames.squash(u.organization()));
            }
            byName.putIfAbsent(u.organization() + "|" + u.name(), u);
            Set<String> all = unitTerms.computeIfAbsent(u, k -> new HashSet<>());
            for (Unit.Task t : u.tasks()) {
                Set<String> terms = analyzer.terms(t.text());
                taskTerms.put(t, terms);
                allTaskTerms.addAll(terms);
                all.addAll(terms);
                terms.forEach(term -> tasksWithTerm.computeIfAbsent(term, k -> new HashSet<>()).add(t));
            }
        }
        // Names in the titles of an organisation's documents ("Åby Sygehus intranet") name that organisation too.
        Map<String, Set<String>> orgsByTitleName = new HashMap<>();
        for (Unit u : this.units) {
            if (u.organization() == null) {
                continue;
            }
            Set<String> titles = new HashSet<>();
            titles.add(u.source().title());
            u.tasks().forEach(t -> titles.add(t.source().title()));
            for (String title : titles) {
                java.util.regex.Matcher m = CAPITALISED.matcher(" " + title);
                while (m.find()) {
                    if (m.group().contains(" ")) {
                        orgsByTitleName.computeIfAbsent(m.group(), k -> new HashSet<>()).add(u.organization());
                    }
                }
            }
        }
        orgsByTitleName.forEach((name, orgs) -> {
            if (orgs.size() == 1 && !orgs.contains(name)) {
                titleNames.put(name, orgs.iterator().next());
            }
        });
        UnitCues cues = UnitCues.shipped();
        for (String label : List.of("TASK", "TOPIC_FRAME")) {
            cues.phrases(label).forEach(p -> frameTerms.addAll(analyzer.terms(p)));
        }
    }

    static UnitDirectory empty(HrAnalyzer analyzer, QueryPlanner planner) {
        return new UnitDirectory(Map.of(), List.of(), analyzer, planner);
    }

    /**
     * The department most units belong to ("Fælles HR"), written before unit names ("Fælles HR, Stab"), or null
     * when no organisation's documents write names so.
     */
    public String department() {
        Map<String, Long> counts = units.stream().filter(u -> departmentOf(u) != null)
                .collect(Collectors.groupingBy(this::departmentOf, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(departments.values().stream().findFirst().orElse(null));
    }

    /** The department prefix of an organisation's unit names, or null. */
    public String department(String organization) {
        return departments.get(organization == null ? "" : organization);
    }

    private String departmentOf(Unit u) {
        return department(u.organization());
    }

    public List<Unit> units() {
        return units;
    }

    /** The organisations that have units, in order of first appearance. */
    public List<String> organizations() {
        return units.stream().map(Unit::organization).filter(Objects::nonNull).distinct().toList();
    }

    /** The units of one organisation (null: those whose organisation is unknown). */
    public List<Unit> units(String organization) {
        return units.stream().filter(u -> Objects.equals(u.organization(), organization)).toList();
    }

    /** The unit a unit is part of, when the documents say. */
    public Optional<Unit> parentOf(Unit unit) {
        return unit.parent() == null ? Optional.empty() : Optional.ofNullable(byName.get(unit.organization() + "|" + unit.parent()));
    }

    /** The units directly below a unit. */
    public List<Unit> children(Unit unit) {
        return units.stream().filter(u -> Objects.equals(u.organization(), unit.organization()) && unit.name().equals(u.parent())).toList();
    }

    /** The organisations of the directory that a text names ("… i Fjordby Kommune?", "Region Nords …"). */
    public Set<String> organizationsNamedIn(String text) {
        String squashed = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        Set<String> found = new LinkedHashSet<>();
        for (String org : organizations()) {
            String words = org.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (!words.isEmpty() && (squashed.contains(" " + words + " ") || squashed.contains(" " + words + "s "))) {
                found.add(org);
            }
        }
        if (found.isEmpty()) {
            titleNames.forEach((name, org) -> {
                if (compiled("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(text).find()) {
                    found.add(org);
                }
            });
        }
        return found;
    }

    /** A unit by its name, former name or short form, ignoring case, spacing and punctuation. */
    public Optional<Unit> find(String name) {
        return find(name, null);
    }

    /** As {@link #find(String)}, among one organisation's units when {@code organization} is not null. */
    public Optional<Unit> find(String name, String organization) {
        List<Unit> candidates = organization == null ? units : units(organization);
        for (Unit u : candidates) {
            String key = UnitNames.key(name, departmentOf(u));
            if (key.isEmpty()) {
                continue;
            }
            if (UnitNames.key(u.name(), departmentOf(u)).equals(key)
                    || u.aliases().stream().anyMatch(a -> UnitNames.key(a, departmentOf(u)).equals(key))) {
                return Optional.of(u);
            }
        }
        for (Unit u : candidates) {
            String key = UnitNames.key(name, departmentOf(u));
            if (key.length() >= 3 && UnitNames.key(u.name(), departmentOf(u)).contains(key)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** A unit named in a text, and the name it was named by (its current name, a former name or a short form). */
    public record Mention(Unit unit, String namedAs) {
        /**
         * Whether the text used a name the unit no longer has: a renamed name, or another name that is neither an
         * abbreviation ("JUA") nor a short form made of the name's own words ("Elevhuset" for "Elevhuset Ellekær").
         */
        public boolean formerName() {
            return !namedAs.equals(unit.name()) && unit.renames().stream().anyMatch(r -> UnitNames.squash(r.formerName()).equals(UnitNames.squash(namedAs)))
                    || !namedAs.equals(unit.name()) && unit.aliases().contains(namedAs) && !namedAs.equals(namedAs.toUpperCase(Locale.ROOT))
                            && !(" " + unit.name() + " ").contains(" " + namedAs + " ");
        }

        /** The statement that renamed or merged the unit the text named, if it was. */
        public Optional<Unit.Rename> rename() {
            String key = UnitNames.squash(namedAs);
            return unit.renames().stream().filter(r -> UnitNames.squash(r.formerName()).equals(key)).findFirst()
                    .or(() -> unit.renames().size() == 1 && !namedAs.equals(unit.name()) ? Optional.of(unit.renames().get(0)) : Optional.empty());
        }
    }

    /**
     * The unit a text names, by the longest name found as whole words; a department alone names none. When the
     * text names an organisation, its units come first.
     */
    public Optional<Mention> mentionedIn(String text) {
        String squashedText = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        Set<String> named = organizationsNamedIn(text);
        Mention best = null;
        int bestLength = 0;
        boolean bestInNamed = false;
        for (Unit u : units) {
            List<String> names = new ArrayList<>(u.aliases());
            names.add(0, u.name());
            boolean inNamed = named.contains(u.organization());
            for (String name : names) {
                String core = core(name, u);
                if (core.isBlank() || (departmentOf(u) != null && UnitNames.squash(core).equals(UnitNames.squash(departmentOf(u))) && !name.equals(u.name()))) {
                    continue;
                }
                String words = " " + core.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
                boolean abbreviation = core.length() <= 6 && core.equals(core.toUpperCase(Locale.ROOT));
                boolean found = abbreviation ? compiled("\\b" + Pattern.quote(core) + "\\b").matcher(text).find()
                        : words.length() > 5 && squashedText.contains(words);
                if (!found) {
                    continue;
                }
                boolean better = best == null || (inNamed && !bestInNamed) || (inNamed == bestInNamed && words.length() > bestLength);
                if (better) {
                    best = new Mention(u, name);
                    bestLength = words.length();
                    bestInNamed = inNamed;
                }
            }
        }
        if (best != null && departmentOf(best.unit()) != null
                && UnitNames.squash(best.namedAs()).equals(UnitNames.squash(departmentOf(best.unit())))) {
            return Optional.empty(); // the department's own name tells no unit apart
        }
        return Optional.ofNullable(best);
    }

    /** A unit name without its department prefix: "Fælles HR, Stab" → "Stab". */
    private String core(String name, Unit u) {
        String department = departmentOf(u);
        return department != null && name.startsWith(department + ", ") ? name.substring(department.length() + 2) : name;
    }

    /**
     * A unit that handles a topic, with the task lines that made it so.
     *
     * @param coverage the best line's share of the topic, 0 to 1
     * @param score coverage plus credit for further matching lines; only comparable within one lookup
     */
    public record Match(Unit unit, double coverage, double score, List<Unit.Task> matched) {
        public Match {
            matched = List.copyOf(matched);
        }
    }

    /** The units whose task lines cover the topic, best first; empty when none covers it well. */
    public List<Match> lookup(String topic, boolean english) {
        return lookup(topic, english, Set.of());
    }

    /**
     * As {@link #lookup(String, boolean)}, among one organisation's units when {@code organization} is not null.
     * Words of the topic that name an organisation or a department tell no unit apart and are left out.
     */
    public List<Match> lookup(String topic, boolean english, String organization) {
        return lookup(topic, english, organization == null ? Set.of() : Set.of(organization));
    }

    /**
     * As {@link #lookup(String, boolean)}, among the units of the organisations a question names ("… på Mosvig
     * Sygehus … i Region Mosvig"): another organisation's unit is never the answer. All units when none is named.
     */
    public List<Match> lookup(String topic, boolean english, Set<String> organizations) {
        QueryPlan asked = planner.plan(topic, english);
        Set<String> naming = new HashSet<>(departmentTerms);
        Set<String> frameLike = new HashSet<>();
        for (String org : organizationsNamedIn(topic)) {
            naming.addAll(analyzer.terms(org));
        }
        // "… på Østkyst Sygehus", where the hospital is a unit with units of its own: where, not who.
        List<Unit> scopes = new ArrayList<>(scopesNamedIn(topic));
        workplacesNamedIn(topic).stream().filter(u -> !scopes.contains(u)).forEach(scopes::add);
        scopes.forEach(scope -> naming.addAll(analyzer.terms(scope.name())));
        // Proper names in the topic that no unit's task line holds ("på Åby Sygehus") name a place, not a topic.
        java.util.regex.Matcher cap = CAPITALISED.matcher(" " + topic);
        while (cap.find()) {
            boolean unknownWord = false;
            for (String w : cap.group().split("\\s+")) {
                Set<String> t = analyzer.terms(w);
                unknownWord |= !t.isEmpty() && t.stream().noneMatch(allTaskTerms::contains);
            }
            // "Åby Sygehus", "Fjordby Rådhus"; but "Uddannelsesregion Vest", which a task line names, is a topic
            boolean placeName = cap.group().contains(" ") && find(cap.group()).isEmpty() && !inSomeTaskLine(cap.group().strip());
            if (unknownWord || placeName) {
                naming.addAll(analyzer.terms(cap.group())); // "Åby Sygehus": the whole name goes
            }
        }
        java.util.regex.Matcher verb = LEADING_VERB.matcher(topic);
        if (verb.find() && topic.strip().split("\\s+").length > 1) {
            frameLike.addAll(analyzer.terms(verb.group(1) != null ? verb.group(1) : verb.group(2)));
        }
        // "… for lidt i løn i april", "… fra 1. marts 2027": when something happens tells no unit apart; what happens does.
        Set<String> dateWords = new HashSet<>();
        for (dk.hrassistenten.knowledge.document.DanishDates.Mention date : dk.hrassistenten.knowledge.document.DanishDates.findAll(topic)) {
            dateWords.addAll(List.of(topic.substring(date.start(), date.end()).toLowerCase(java.util.Locale.ROOT).split("[\\s.]+")));
        }
        List<dk.hrassistenten.knowledge.index.Concept> kept = asked.concepts().stream()
                .filter(c -> naming.isEmpty() || !naming.containsAll(c.terms()))
                .filter(c -> !dateWords.contains(c.word().toLowerCase(java.util.Locale.ROOT)))
                .filter(c -> dk.hrassistenten.knowledge.document.DanishDates.monthsNamed(c.word()).isEmpty()).toList();
        List<dk.hrassistenten.knowledge.index.Concept> topical = kept.stream()
                .filter(c -> !frameTerms.containsAll(c.terms()) && !(frameLike.containsAll(c.terms()) && !c.terms().isEmpty())).toList();
        // A unit whose organisation is unknown may be the named organisation's; a hospital that is a unit of its
        // region is served by the region's units too ("Lønservice udbetaler løn … også på Østkyst Sygehus").
        Set<String> serving = !organizations.isEmpty() ? organizations.stream().flatMap(o -> servingOrganizations(o).stream()).collect(java.util.stream.Collectors.toSet())
                : scopes.stream().map(Unit::organization).filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        List<Unit> candidates = units.stream().filter(u -> !scopes.contains(u))
                .filter(u -> serving.isEmpty() || u.organization() == null || serving.contains(u.organization())).toList();
        QueryPlan plan = new QueryPlan(asked.question(), told(topical.isEmpty() ? kept : topical, candidates), asked.english(), asked.answerType());
        if (plan.isEmpty()) {
            return List.of();
        }
        // by identity: a unit's hash is that of all its fields and task lines
        Map<Unit, List<ScoredTask>> lines = new java.util.IdentityHashMap<>();
        Set<Unit.Task> touched = new HashSet<>();
        plan.allTerms().forEach(term -> touched.addAll(tasksWithTerm.getOrDefault(term, Set.of())));
        Set<Unit> candidateSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        candidateSet.addAll(candidates);
        for (Unit u : candidates) {
            for (Unit.Task t : u.tasks()) {
                if (!touched.contains(t)) {
                    continue; // coverage 0: most lines hold no word of the topic, and need no scoring
                }
                Set<String> terms = taskTerms.get(t);
                double coverage = plan.coverage(terms);
                // A line that holds only synonyms of the topic's words ("referater" for "rapporter") is no evidence:
                // some word of the topic must stand in it.
                if (coverage >= MIN_COVERAGE && plan.concepts().stream().anyMatch(c -> c.matches(terms))) {
                    boolean namesASubUnit = false;
                    // A line that names another unit ("… simulationstræning (X-opgaven)") speaks for that unit too.
                    for (Unit other : namedIn(t.text())) {
                        if (other != u && candidateSet.contains(other) && Objects.equals(other.organization(), u.organization())) {
                            lines.computeIfAbsent(other, k -> new ArrayList<>()).add(new ScoredTask(t, coverage));
                            namesASubUnit |= isAncestor(u, other);
                        }
                    }
                    // … and only for it when it is a sub-unit of the line's unit: a centre's table row "Enhed: Løn og Tid;
                    // Opgaver: …" says what that section does, not the centre.
                    if (!namesASubUnit) {
                        lines.computeIfAbsent(u, k -> new ArrayList<>()).add(new ScoredTask(t, coverage));
                    }
                }
            }
        }
        List<Match> matches = new ArrayList<>();
        for (Unit unit : candidates) { // in the directory's order, so that ties stay where they were
            List<ScoredTask> scored = lines.get(unit);
            if (scored == null) {
                continue;
            }
            Set<String> all = new HashSet<>(unitTerms.getOrDefault(unit, Set.of()));
            scored.forEach(s -> all.addAll(taskTerms.get(s.task())));
            if (plan.coverage(all) < MIN_UNIT_COVERAGE) {
                continue;
            }
            scored.sort(Comparator.comparingDouble(ScoredTask::coverage).reversed());
            List<Unit.Task> top = scored.stream().map(ScoredTask::task).distinct().limit(MAX_MATCHED_LINES).toList();
            matches.add(new Match(unit, scored.get(0).coverage(), score(scored.stream().map(ScoredTask::coverage).toList()), top));
        }
        // A unit's summary of what its sub-units do names the sub-unit's topics too: the sub-unit is the answer.
        matches.removeIf(m -> matches.stream().anyMatch(o -> o != m && isAncestor(m.unit(), o.unit()) && o.score() >= SPECIFIC_RATIO * m.score()));
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.unit().name()));
        return matches;
    }

    /**
     * What a story tells of its case: of a topic of many words ("Jeg er hjemmehjælper … og gled på et vådt gulv hos en
     * borger i går. Jeg har en sag om en arbejdsskade"), the words some unit's task lines hold and few units' do
     * ("arbejdsskade"); the rest says who the asker is and what happened, which no unit's lines speak of. A short
     * topic, or one none of whose words tell a unit apart, is kept whole.
     */
    private List<dk.hrassistenten.knowledge.index.Concept> told(List<dk.hrassistenten.knowledge.index.Concept> topic, List<Unit> candidates) {
        if (topic.size() < STORY_CONCEPTS) {
            return topic;
        }
        double[] weights = topic.stream().mapToDouble(dk.hrassistenten.knowledge.index.Concept::weight).sorted().toArray();
        double median = weights[weights.length / 2];
        List<dk.hrassistenten.knowledge.index.Concept> told = topic.stream().filter(c -> c.weight() >= median).filter(c -> {
            long holders = candidates.stream().filter(u -> u.tasks().stream().anyMatch(t -> c.matches(taskTerms.get(t)))).limit(STORY_HOLDERS + 1L).count();
            return holders >= 1 && holders <= STORY_HOLDERS;
        }).toList();
        return told.isEmpty() ? topic : told;
    }

    /** A topic of this many concepts is a story rather than a name of a task. */
    private static final int STORY_CONCEPTS = 5;
    /** A word of a story that more units' lines hold than this tells none of them apart. */
    private static final int STORY_HOLDERS = 1;

    /**
     * A unit's score from the coverages of its matching lines, best first. Coverage first: further lines that each
     * cover part of the topic tell apart units whose best lines cover it alike, but never outweigh a line that covers
     * all of it.
     */
    static double score(List<Double> lineCoverages) {
        double best = lineCoverages.get(0);
        double more = lineCoverages.stream().skip(1).mapToDouble(Double::doubleValue).sum();
        return best + Math.min(MORE_LINES_CAP, MORE_LINES_CREDIT * more);
    }

    /**
     * The units a text names that have units of their own ("Østkyst Sygehus", "Medicinsk Center"): in a
     * who-question they say where the asker is, not who handles it.
     */
    public List<Unit> scopesNamedIn(String text) {
        return units.stream().filter(u -> withSubUnits.contains(u) && mentions(text, u)).toList();
    }

    /**
     * The units a story names as where the asker works ("Jeg er ny i Kundecentret og har spørgsmål til min kontrakt"):
     * who the asker is, not who handles the case.
     */
    List<Unit> workplacesNamedIn(String text) {
        java.util.regex.Matcher m = WORKPLACE.matcher(text);
        List<Unit> found = new ArrayList<>();
        while (m.find()) {
            String place = m.group(1);
            units.stream().filter(u -> mentions(place, u) && !found.contains(u)).forEach(found::add);
        }
        return found;
    }

    /** "jeg er ny i X", "vi arbejder på X", "jeg er ansat hos X": where the asker works, up to the clause's end. */
    private static final java.util.regex.Pattern WORKPLACE = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:jeg|vi)\\s+(?:er|arbejder|sidder)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:i|på|hos)\\s+(.{3,80}?)(?=[,.?!]|\\s+og\\s|\\s+hos\\s|$)");

    /** The organisation and every organisation in which it is a unit itself (a hospital in its region's chart). */
    private Set<String> servingOrganizations(String organization) {
        Set<String> serving = new HashSet<>(Set.of(organization));
        String name = UnitNames.squash(organization);
        // … and the organisation of a unit placed there ("Arbejdsmiljø Kragsø – Kragsø Hospital" in the region's list)
        units.stream().filter(u -> u.organization() != null && (UnitNames.squash(u.name()).equals(name)
                || u.location() != null && UnitNames.squash(u.location()).contains(name))).forEach(u -> serving.add(u.organization()));
        return serving;
    }

    /** Whether {@code ancestor} stands above {@code unit} in its organisation. */
    public boolean isAncestor(Unit ancestor, Unit unit) {
        Set<String> seen = new HashSet<>();
        Optional<Unit> p = parentOf(unit);
        while (p.isPresent() && seen.add(p.get().name())) {
            if (p.get().equals(ancestor)) {
                return true;
            }
            p = parentOf(p.get());
        }
        return false;
    }

    private boolean inSomeTaskLine(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        return units.stream().flatMap(u -> u.tasks().stream()).anyMatch(t -> t.text().toLowerCase(Locale.ROOT).contains(p));
    }

    /**
     * The units a task line names, in the directory's order: a unit that is an organisation of its own ("på Østkyst
     * Sygehus" names a place) is none, and a line that denies a unit the task ("hører ikke under Personaleservice")
     * names none.
     */
    private List<Unit> namedIn(String line) {
        return namedInLine.computeIfAbsent(line, text -> UnitCues.shipped().contains("NEGATION", text) ? List.of()
                : units.stream().filter(o -> mentions(text, o) && !organizationNames.contains(UnitNames.squash(o.name()))
                        && !namedAsWhatItIsFor(text, core(o.name(), o))).toList());
    }

    /**
     * Whether a text names a unit as what a task is for ("tjenesteplaner for Security", "vagtplaner til Driften"): the
     * unit is handled, not the one that handles it. (The case of the preposition is ignored, not the name's.)
     */
    public static boolean namedAsWhatItIsFor(String text, String name) {
        // … or second of two ("for Security og Flyvepladsdriften")
        return compiled("(?<![\\p{L}])(?iu:for|til|om|over)\\s+(?:\\p{Lu}[^,.;:]{0,40}?(?:,\\s*|\\s+og\\s+))?" + Pattern.quote(name) + "(?![\\p{L}-])")
                .matcher(text).find();
    }

    private boolean mentions(String text, Unit unit) {
        // As written, capitals and all: "arbejdsmiljø" in a sentence is a topic, "Arbejdsmiljø" a unit's name.
        String core = core(unit.name(), unit);
        if (UnitCues.shipped().is("SELF", core)) {
            // "Sekretariatet håndterer …" in another unit's section is that unit speaking of itself, not a mention of
            // a unit whose name is the bare noun.
            return false;
        }
        if (core.length() >= 4 && compiled("(?<![\\p{L}])" + Pattern.quote(core) + "(?![\\p{L}])").matcher(text).find()) {
            return true;
        }
        return unit.aliases().stream().anyMatch(a -> a.length() >= 2 && a.equals(a.toUpperCase(Locale.ROOT))
                && compiled("\\b" + Pattern.quote(a) + "\\b").matcher(text).find());
    }

    private record ScoredTask(Unit.Task task, double coverage) {
    }
}
