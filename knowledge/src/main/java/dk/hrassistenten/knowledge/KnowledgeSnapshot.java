package dk.hrassistenten.knowledge;

import dk.hrassistenten.knowledge.analysis.CompoundSplitter;
import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.analysis.Sentences;
import dk.hrassistenten.knowledge.analysis.Stemmer;
import dk.hrassistenten.knowledge.analysis.TermLexicon;
import dk.hrassistenten.knowledge.analysis.Vocabulary;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.DocumentParser;
import dk.hrassistenten.knowledge.document.Sidecar;
import dk.hrassistenten.knowledge.index.Concept;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.index.PassageBuilder;
import dk.hrassistenten.knowledge.index.PassageIndex;
import dk.hrassistenten.knowledge.index.PassageTerms;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.QueryPlanner;
import dk.hrassistenten.knowledge.index.SearchHit;
import dk.hrassistenten.knowledge.ingest.CorpusReader;
import dk.hrassistenten.knowledge.ingest.SourceText;
import dk.hrassistenten.knowledge.units.UnitDirectory;
import dk.hrassistenten.knowledge.units.UnitExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything built from one reading of the corpus: documents, passages, their index, the analysis tuned
 * to the corpus's vocabulary, and the unit directory. Immutable and thread-safe; a re-index builds a new
 * snapshot rather than changing this one.
 */
public final class KnowledgeSnapshot {

    private static final int CANDIDATES = 40;
    /** "Hvad blev besluttet …?": minutes answer that in their decision and conclusion sections. */
    private static final java.util.regex.Pattern ASKS_FOR_DECISION = java.util.regex.Pattern.compile(
            "(?iu)\\b(besluttet|besluttede|beslutning\\p{L}*|vedtaget|vedtog|aftalt|aftalte|konklu\\p{L}+|decided|decision|agreed|concluded)\\b");
    private static final java.util.regex.Pattern DECISION_HEADING = java.util.regex.Pattern.compile("(?iu)^(beslutning|konklusion)");
    private static final int TERM_CACHE_LIMIT = 50_000;
    private final java.util.concurrent.ConcurrentHashMap<Integer, PassageTerms> termCache = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<Document> documents;
    private final List<String> warnings;
    private final PassageIndex index;
    private final HrAnalyzer analyzer;
    private final QueryPlanner planner;
    private final UnitDirectory units;
    private final String mainOrganization;
    private static final java.util.regex.Pattern LOWER_CASE_WORD = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}+");
    private volatile Set<String> lowerCaseWords;
    private static final List<String> INFLECTIONS = List.of("", "e", "en", "ens", "er", "erne", "et", "ets", "s", "n", "ne");
    private final Set<String> organizations;
    private final Map<String, Set<Integer>> subjectDocuments;
    private final Instant builtAt;

    private KnowledgeSnapshot(List<Document> documents, List<String> warnings, PassageIndex index, HrAnalyzer analyzer,
                              QueryPlanner planner, UnitDirectory units, String mainOrganization) {
        this.documents = List.copyOf(documents);
        this.warnings = List.copyOf(warnings);
        this.index = index;
        this.analyzer = analyzer;
        this.planner = planner;
        this.units = units;
        this.mainOrganization = mainOrganization;
        this.subjectDocuments = subjectDocuments(index.passages());
        this.organizations = documents.stream().map(d -> d.metadata().organization()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.builtAt = Instant.now();
    }

    /** Reads and indexes the corpus folder. Files that cannot be read are skipped with a warning. */
    public static KnowledgeSnapshot build(Path corpusRoot, Consumer<String> progress) {
        CorpusReader.Result read = new CorpusReader().read(corpusRoot, progress);
        List<String> warnings = new ArrayList<>(read.warnings());
        List<Document> documents = new ArrayList<>();
        for (SourceText source : read.documents()) {
            Map<String, String> sidecar;
            try {
                sidecar = Sidecar.forDocument(corpusRoot, corpusRoot.resolve(source.path()));
            } catch (IOException e) {
                warnings.add(source.path() + ": sidecar unreadable (" + e.getMessage() + "), ignored");
                sidecar = Map.of();
            }
            documents.add(DocumentParser.parse(source, sidecar));
        }
        return fromDocuments(documents, read.documents().stream().map(SourceText::text).toList(), warnings, progress);
    }

    /** Builds from parsed documents (tests and benchmarks use this with generated documents). */
    public static KnowledgeSnapshot fromDocuments(List<Document> documents, List<String> texts, List<String> warnings,
                                                  Consumer<String> progress) {
        Vocabulary.Builder vocabulary = new Vocabulary.Builder();
        texts.forEach(vocabulary::add);
        CompoundSplitter splitter = new CompoundSplitter(vocabulary.build());
        HrAnalyzer analyzer = new HrAnalyzer(splitter);
        TermLexicon lexicon = TermLexicon.shipped().withDefinitionsFrom(texts);
        List<Passage> passages = PassageBuilder.build(documents);
        progress.accept("indexing " + passages.size() + " passages from " + documents.size() + " documents");
        PassageIndex index = PassageIndex.build(passages, analyzer);
        QueryPlanner planner = new QueryPlanner(analyzer, splitter, lexicon, index);
        UnitDirectory units = UnitExtractor.extract(documents, texts, analyzer, planner);
        return new KnowledgeSnapshot(documents, warnings, index, analyzer, planner, units, mainOrganization(documents));
    }

    /** The organisation most of the corpus comes from; sources from others are marked as such. */
    static String mainOrganization(List<Document> documents) {
        return documents.stream().map(d -> d.metadata().organization()).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The result of a search: how the question was understood, and the passages, best first. */
    public record SearchResult(QueryPlan plan, List<SearchHit> hits) {
        public SearchResult {
            hits = List.copyOf(hits);
        }
    }

    /**
     * Finds the passages that best answer a question, re-ranked by how much of the question they cover.
     *
     * @param audiences the audiences the asker belongs to; passages restricted to others are never returned
     */
    public SearchResult search(String question, Set<String> audiences, int limit) {
        QueryPlan plan = planner.plan(question);
        if (plan.isEmpty()) {
            return new SearchResult(plan, List.of());
        }
        List<Concept> subjects = subjectConcepts(plan);
        Set<String> namedOrganizations = organizationsNamedIn(question);
        List<PassageIndex.Candidate> candidates = index.candidates(plan, CANDIDATES);
        float best = candidates.stream().map(PassageIndex.Candidate::score).max(Float::compare).orElse(1f);
        boolean asksForDecision = ASKS_FOR_DECISION.matcher(question).find();
        List<SearchHit> hits = new ArrayList<>();
        for (PassageIndex.Candidate c : candidates) {
            Passage p = c.passage();
            if (p.audience() != null && !audiences.contains(p.audience())) {
                continue;
            }
            PassageTerms terms = terms(p);
            if (!subjects.stream().allMatch(subject -> subject.matches(terms.all()))) {
                continue; // the question names a document's subject ("i Personaleudvalget"); this passage is not about it
            }
            if (!namedOrganizations.isEmpty() && p.organization() != null && !namedOrganizations.contains(p.organization())) {
                continue; // "… i Region Vest?" is not answered from another organisation's document
            }
            double coverage = Math.min(plan.coverage(terms.all()), windowCoverage(plan, terms));
            // What a section is about shows in its headings: a question matching them is about that section.
            double headingCoverage = plan.coverage(terms.headings());
            double score = coverage * coverage * (0.6 + 0.4 * c.score() / best) * (p.superseded() ? 0.9 : 1.0)
                    * (1 + 0.3 * headingCoverage)
                    * (p.question() ? 1.0 : informativeness(plan, terms.text()))
                    * (asksForDecision && isDecision(p) ? 1.5 : 1.0);
            hits.add(new SearchHit(p, coverage, score, terms));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return new SearchResult(plan, hits.subList(0, Math.min(limit, hits.size())));
    }

    /**
     * The question's words that name what some document is about, as its title, committee or meeting date says
     * ("afbud til personaleudvalgsmødet", "LMU", "i september 2023"). A passage answers only if it is about them
     * too: another committee's minutes do not answer for this one, however well the rest fits.
     */
    private List<Concept> subjectConcepts(QueryPlan plan) {
        List<Concept> found = new ArrayList<>();
        for (Concept c : plan.concepts()) {
            boolean names = c.terms().stream().anyMatch(subjectDocuments::containsKey)
                    || c.groups().stream().anyMatch(this::oneDocumentHasAll);
            if (names) {
                found.add(c);
            }
        }
        return found;
    }

    /** Whether one document's subject holds every stem of a compound's parts ("personaleudvalg" + "mød"). */
    private boolean oneDocumentHasAll(Set<String> stems) {
        Set<Integer> common = null;
        for (String stem : stems) {
            Set<Integer> documents = subjectDocuments.get(stem);
            if (documents == null) {
                return false;
            }
            if (common == null) {
                common = new java.util.HashSet<>(documents);
            } else {
                common.retainAll(documents);
            }
        }
        return common != null && !common.isEmpty();
    }

    /** The organisations of the corpus a question names ("… i Region Vest?"). */
    private Set<String> organizationsNamedIn(String question) {
        String q = question.toLowerCase(java.util.Locale.ROOT);
        return organizations.stream().filter(o -> q.contains(o.toLowerCase(java.util.Locale.ROOT))).collect(Collectors.toSet());
    }

    /**
     * Each document's subject as whole-word stems (no compound parts: "ledelsesmodel" is not about "model"),
     * indexed by stem: which documents' subjects hold it. Questions are checked against it on every search.
     */
    private static Map<String, Set<Integer>> subjectDocuments(List<Passage> passages) {
        Map<String, Set<Integer>> byStem = new java.util.HashMap<>();
        Map<String, Integer> documentNumbers = new java.util.HashMap<>();
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
        for (Passage p : passages) {
            if (documentNumbers.containsKey(p.path())) {
                continue;
            }
            int document = documentNumbers.size();
            documentNumbers.put(p.path(), document);
            java.util.regex.Matcher m = word.matcher(p.documentSubject().toLowerCase(java.util.Locale.ROOT));
            while (m.find()) {
                String[] pieces = m.group().split("-");
                for (String piece : pieces) {
                    byStem.computeIfAbsent(Stemmer.stem(piece), k -> new java.util.HashSet<>()).add(document);
                }
                byStem.computeIfAbsent(Stemmer.stem(String.join("", pieces)), k -> new java.util.HashSet<>()).add(document);
            }
        }
        return byStem;
    }

    private static boolean isDecision(Passage p) {
        return p.headings().stream().anyMatch(h -> DECISION_HEADING.matcher(h).find());
    }

    /**
     * The best coverage of two consecutive sentences together with the passage's context (title,
     * organisation, headings). Words of the question that stand together in the text are better evidence
     * than the same words scattered over a long passage.
     */
    private static double windowCoverage(QueryPlan plan, PassageTerms terms) {
        Set<String> context = terms.context();
        double best = plan.coverage(context);
        Set<String> previous = Set.of();
        for (Set<String> own : terms.sentenceTerms()) {
            Set<String> window = new java.util.HashSet<>(context);
            window.addAll(previous);
            window.addAll(own);
            best = Math.max(best, plan.coverage(window));
            previous = own;
        }
        return best;
    }

    /**
     * A passage that only restates the question ("orienteres om arbejdet med ledelsestitler") answers less
     * than one that says more about it: passages with few terms beyond the question's rank a little lower.
     * Answers below a question heading are exempt: they are short by design, and the heading says what they answer.
     */
    private static double informativeness(QueryPlan plan, Set<String> terms) {
        long beyond = terms.stream().filter(t -> plan.concepts().stream().noneMatch(c -> c.terms().contains(t))).count();
        return 0.7 + 0.3 * Math.min(1.0, beyond / 25.0);
    }

    /**
     * The analysed terms of a passage, computed on first use and kept: analysis is most of a question's
     * cost, and the same passages come up again and again. Bounded, so a huge corpus cannot fill the heap.
     */
    public PassageTerms terms(Passage p) {
        PassageTerms cached = termCache.get(p.id());
        if (cached != null) {
            return cached;
        }
        List<String> sentences = Sentences.split(p.text());
        List<Set<String>> sentenceTerms = sentences.stream().map(analyzer::terms).toList();
        Set<String> text = new java.util.HashSet<>();
        sentenceTerms.forEach(text::addAll);
        Set<String> context = analyzer.terms(p.context());
        Set<String> all = new java.util.HashSet<>(text);
        all.addAll(context);
        PassageTerms computed = new PassageTerms(Set.copyOf(all), Set.copyOf(text), analyzer.terms(String.join("\n", p.headings())),
                context, sentences, sentenceTerms);
        if (termCache.size() >= TERM_CACHE_LIMIT) {
            termCache.clear();
        }
        termCache.put(p.id(), computed);
        return computed;
    }

    public HrAnalyzer analyzer() {
        return analyzer;
    }

    public List<Document> documents() {
        return documents;
    }

    public List<Passage> passages() {
        return index.passages();
    }

    public List<String> warnings() {
        return warnings;
    }

    public UnitDirectory units() {
        return units;
    }

    /** The corpus's main organisation, or null when no document names one. */
    /**
     * Whether the documents use a word in lower case somewhere, also inflected ("økonomi", "regionens"): then a
     * capitalised use of it is a sentence start or part of a name of a unit, not a person's name. Computed on first use.
     */
    public boolean usedInLowerCase(String word) {
        Set<String> words = lowerCaseWords;
        if (words == null) {
            synchronized (this) {
                if (lowerCaseWords == null) {
                    Set<String> found = new java.util.HashSet<>();
                    java.util.regex.Matcher m = LOWER_CASE_WORD.matcher("");
                    for (Passage p : index.passages()) {
                        m.reset(p.text());
                        while (m.find()) {
                            found.add(m.group());
                        }
                    }
                    lowerCaseWords = Set.copyOf(found);
                }
                words = lowerCaseWords;
            }
        }
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String ending : INFLECTIONS) {
            if (words.contains(w + ending)) {
                return true;
            }
        }
        return false;
    }

    public String mainOrganization() {
        return mainOrganization;
    }

    public Instant builtAt() {
        return builtAt;
    }
}
