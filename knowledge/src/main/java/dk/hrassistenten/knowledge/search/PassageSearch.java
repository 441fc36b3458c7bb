package dk.hrassistenten.knowledge.search;

import dk.hrassistenten.knowledge.analysis.EnglishStopWords;
import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.analysis.Sentences;
import dk.hrassistenten.knowledge.index.Concept;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.index.PassageIndex;
import dk.hrassistenten.knowledge.index.PassageTerms;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.QueryPlanner;
import dk.hrassistenten.knowledge.index.RankingWeights;
import dk.hrassistenten.knowledge.index.SearchHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Searching one index: plans the question, takes BM25F's candidates, keeps those the question's scope
 * allows (audience, a named organisation, a named document subject), and orders them by
 * {@link PassageScorer}. Thread-safe.
 */
public final class PassageSearch {

    private static final int CANDIDATES = 40;
    private static final int TERM_CACHE_LIMIT = 50_000;
    private static final Pattern SUBJECT_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    private final PassageIndex index;
    private final HrAnalyzer analyzer;
    private final QueryPlanner planner;
    private final PassageScorer scorer;
    private final Set<String> organizations;
    /** Whether the documents use a word in lower case: then it is no proper name. */
    private final java.util.function.Predicate<String> usedInLowerCase;
    /** The organisations by their short names ("Fjordby" for Fjordby Kommune), worked out on first use. */
    private volatile Map<String, String> shortNames;
    private final Map<String, Set<Integer>> subjectDocuments;
    /** The organisation a document without one in its first lines names, by path, worked out on first use. */
    private final ConcurrentHashMap<String, Optional<String>> impliedOrganizations = new ConcurrentHashMap<>();
    /** The organisations of each document's letterhead, by path (documents without one left out), on first use. */
    private volatile Map<String, Set<String>> letterheads;
    /** The passages of the documents that name no organisation in their first lines, by path, on first use. */
    private volatile Map<String, List<Passage>> documentPassages;
    /** The analysed terms of passages, computed on first use: analysis is most of a question's cost. */
    private final ConcurrentHashMap<Integer, PassageTerms> termCache = new ConcurrentHashMap<>();

    /**
     * @param usedInLowerCase whether the documents use a (lower-cased) word in lower case
     * @param impliedOrganizations organisations known otherwise than from a document's metadata ("Lyngtrafik", whose
     *                             documents name no organisation of a known kind)
     */
    public PassageSearch(PassageIndex index, HrAnalyzer analyzer, QueryPlanner planner, PassageScorer scorer,
                         java.util.function.Predicate<String> usedInLowerCase, Set<String> impliedOrganizations) {
        this.index = index;
        this.usedInLowerCase = usedInLowerCase;
        this.analyzer = analyzer;
        this.planner = planner;
        this.scorer = scorer;
        this.organizations = java.util.stream.Stream.concat(index.passages().stream().map(Passage::organization).filter(Objects::nonNull),
                impliedOrganizations.stream()).collect(Collectors.toUnmodifiableSet());
        this.subjectDocuments = subjectDocuments(index.passages(), analyzer);
    }

    private PassageSearch(PassageSearch other, PassageScorer scorer) {
        this.index = other.index;
        this.analyzer = other.analyzer;
        this.planner = other.planner;
        this.scorer = scorer;
        this.organizations = other.organizations;
        this.usedInLowerCase = other.usedInLowerCase;
        this.shortNames = other.shortNames;
        this.subjectDocuments = other.subjectDocuments;
    }

    /** The same search with other weights, sharing everything else. */
    public PassageSearch withWeights(RankingWeights weights) {
        return new PassageSearch(this, new PassageScorer(weights));
    }

    public RankingWeights weights() {
        return scorer.weights();
    }

    /** The result of a search: how the question was understood, and the passages, best first. */
    public record Result(QueryPlan plan, List<SearchHit> hits) {
        public Result {
            hits = List.copyOf(hits);
        }
    }

    /**
     * The passages that best answer a question.
     *
     * @param audiences the audiences the asker belongs to; passages restricted to others are never returned
     */
    public Result search(String question, Set<String> audiences, int limit) {
        return search(question, EnglishStopWords.isEnglish(question), audiences, limit);
    }

    /**
     * As {@link #search(String, Set, int)}, in the language the caller read the question in (the assistant's
     * intent: "Which team helps managers report injuries?" has one telling English word, yet is English).
     */
    public Result search(String question, boolean english, Set<String> audiences, int limit) {
        QueryPlan plan = planner.plan(question, english);
        if (plan.isEmpty()) {
            return new Result(plan, List.of());
        }
        Set<String> namedOrganizations = organizationsNamedIn(question);
        Set<String> organizationTerms = new HashSet<>();
        namedOrganizations.forEach(o -> organizationTerms.addAll(analyzer.terms(o)));
        List<Concept> subjects = subjectConcepts(plan, organizationTerms);
        List<PassageIndex.Candidate> candidates = index.candidates(plan, scorer.weights(), CANDIDATES);
        QueryPlan content = withoutOrganizations(plan, organizationTerms);
        double best = candidates.stream().mapToDouble(PassageIndex.Candidate::score).max().orElse(1);
        List<SearchHit> hits = new ArrayList<>();
        PassageScorer.Question asked = PassageScorer.question(content);
        for (PassageIndex.Candidate c : candidates) {
            Passage p = c.passage();
            if (!p.visibleTo(audiences)) {
                continue;
            }
            PassageTerms terms = terms(p);
            if (!subjects.stream().allMatch(subject -> subject.matches(terms.all()))) {
                continue; // the question names a document's subject ("i Personaleudvalget"); this passage is not about it
            }
            String organization = namedOrganizations.isEmpty() ? null : organizationOf(p);
            if (organization != null && !namedOrganizations.contains(organization)
                    && java.util.Collections.disjoint(namedOrganizations, headerOrganizations(p))) {
                continue; // "… i Region Vest?" is not answered from another organisation's document
            }
            PassageScorer.Factors factors = scorer.factors(asked, p, terms, c.score(), best);
            hits.add(new SearchHit(p, factors.coverage(), scorer.score(factors), terms));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return new Result(content, hits.subList(0, Math.min(limit, hits.size())));
    }

    /**
     * The plan without the concepts that name an organisation of the corpus ("i Fjordby Kommune"): that says where
     * to look, and every passage searched there is that organisation's, so it must not count as answering part of
     * the question. A question that is only an organisation's name keeps it.
     */
    private static QueryPlan withoutOrganizations(QueryPlan plan, Set<String> organizationTerms) {
        List<Concept> content = plan.concepts().stream().filter(c -> !namesOrganization(c, organizationTerms)).toList();
        return content.isEmpty() ? plan : new QueryPlan(plan.question(), content, plan.english(), plan.answerType());
    }

    private static boolean namesOrganization(Concept c, Set<String> organizationTerms) {
        return c.terms().stream().anyMatch(organizationTerms::contains);
    }

    /**
     * The question's words that name a meeting, as minutes' committees and dates say ("afbud til
     * personaleudvalgsmødet", "LMU", "i september 2023"). A passage answers only if it is about them too: another
     * committee's minutes do not answer for this one, however well the rest fits. Titles are not subjects in this
     * sense: a question about "e-læring" may be answered by minutes although a policy is titled "E-læring".
     */
    private List<Concept> subjectConcepts(QueryPlan plan, Set<String> organizationTerms) {
        List<Concept> found = new ArrayList<>();
        for (Concept c : plan.concepts()) {
            if (namesOrganization(c, organizationTerms)) {
                continue; // the organisation filter scopes those; a document titled with the name is not its only one
            }
            if (c.terms().stream().anyMatch(subjectDocuments::containsKey) || c.groups().stream().anyMatch(this::oneDocumentHasAll)) {
                found.add(c);
            }
        }
        return found;
    }

    /** Whether one document's subject holds every term of a compound's parts ("personaleudvalg" + "møde"). */
    private boolean oneDocumentHasAll(Set<String> terms) {
        Set<Integer> common = null;
        for (String term : terms) {
            Set<Integer> documents = subjectDocuments.get(term);
            if (documents == null) {
                return false;
            }
            if (common == null) {
                common = new HashSet<>(documents);
            } else {
                common.retainAll(documents);
            }
        }
        return common != null && !common.isEmpty();
    }

    /**
     * The passage's organisation: its document's, or, for a document that names none in its first lines, the one
     * organisation of the corpus its text names ("Nordå bruger …" on a page whose header, which named the whole
     * "Professionshøjskolen Nordå", was navigation). Null when that is none or several.
     */
    private String organizationOf(Passage p) {
        if (p.organization() != null) {
            return p.organization();
        }
        return impliedOrganizations.computeIfAbsent(p.path(), path -> {
            StringBuilder text = new StringBuilder(p.title());
            documentPassages().getOrDefault(path, List.of()).forEach(o -> text.append('\n').append(o.text()));
            Set<String> named = organizationsNamedIn(text.toString());
            return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
        }).orElse(null);
    }

    /** What stands between the names of a letterhead: "REGION VEST · VESTBY SYGEHUS". */
    private static final Pattern LETTERHEAD_SEPARATOR = Pattern.compile("^[\\s·•|/,–-]+");

    /**
     * The organisations of a document's letterhead: the names of two or more organisations opening its text one after
     * the other ("REGION VEST · VESTBY SYGEHUS"), as a hospital's minutes are headed; the document is each one's. Not
     * a line that says more ("Administrationen og Vestby Hospital"), nor the text below: a region's page paying "the
     * region's staff, also at Vestby Sygehus" is no hospital's document.
     */
    private Set<String> headerOrganizations(Passage p) {
        Map<String, Set<String>> found = letterheads;
        if (found == null) {
            // one pass over the passages, once: each document's first passage, where a letterhead stands
            Map<String, Passage> first = new HashMap<>();
            index.passages().forEach(o -> first.merge(o.path(), o, (a, b) -> a.id() <= b.id() ? a : b));
            Map<String, Set<String>> heads = new HashMap<>();
            first.forEach((path, opening) -> {
                Set<String> named = letterhead(opening.text());
                if (!named.isEmpty()) {
                    heads.put(path, named);
                }
            });
            found = Map.copyOf(heads);
            letterheads = found;
        }
        return found.getOrDefault(p.path(), Set.of());
    }

    /** The organisations whose names open a text one after the other, when there are two or more. */
    private Set<String> letterhead(String text) {
        String rest = text.toLowerCase(Locale.ROOT).strip();
        Set<String> named = new java.util.LinkedHashSet<>();
        for (boolean more = true; more; ) {
            more = false;
            for (String o : organizations) {
                if (rest.startsWith(o.toLowerCase(Locale.ROOT))) {
                    named.add(o);
                    rest = LETTERHEAD_SEPARATOR.matcher(rest.substring(o.length())).replaceFirst("");
                    more = true;
                }
            }
        }
        return named.size() >= 2 ? named : Set.of();
    }

    private Map<String, List<Passage>> documentPassages() {
        Map<String, List<Passage>> found = documentPassages;
        if (found == null) {
            found = index.passages().stream().filter(o -> o.organization() == null).collect(Collectors.groupingBy(Passage::path));
            documentPassages = found;
        }
        return found;
    }

    /** The organisations of the corpus a question names ("… i Region Vest?"). */
    public Set<String> organizationsNamedIn(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        Set<String> named = organizations.stream().filter(o -> q.contains(o.toLowerCase(Locale.ROOT))).collect(Collectors.toSet());
        if (!named.isEmpty()) {
            return named;
        }
        // "Hvor foregår Fjordbys temadag?": an organisation named by its own short name, in the genitive too.
        Matcher word = NAME_WORD.matcher(question);
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            String organization = shortNames().getOrDefault(w, w.endsWith("s") ? shortNames().get(w.substring(0, w.length() - 1)) : null);
            if (organization != null) {
                named.add(organization);
            }
        }
        return named;
    }

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}]+");

    /**
     * Each organisation's short names: the words of its name that are proper names (never written in lower case
     * in the documents, so not "Region" or "Kommune") of at least four letters and of no other organisation's name.
     */
    private Map<String, String> shortNames() {
        Map<String, String> found = shortNames;
        if (found == null) {
            Map<String, Set<String>> owners = new HashMap<>();
            for (String o : organizations) {
                for (String w : o.split("[\\s-]+")) {
                    String lower = w.toLowerCase(Locale.ROOT);
                    if (lower.length() >= 4 && lower.chars().allMatch(Character::isLetter) && !usedInLowerCase.test(lower)) {
                        owners.computeIfAbsent(lower, k -> new HashSet<>()).add(o);
                    }
                }
            }
            Map<String, String> unique = new HashMap<>();
            owners.forEach((w, os) -> {
                if (os.size() == 1) {
                    unique.put(w, os.iterator().next());
                }
            });
            found = Map.copyOf(unique);
            shortNames = found;
        }
        return found;
    }

    /**
     * Each document's subject as the lemmas of its whole words (no compound parts: "ledelsesmodel" is not about
     * "model"), indexed by lemma: which documents' subjects hold it.
     */
    private static Map<String, Set<Integer>> subjectDocuments(List<Passage> passages, HrAnalyzer analyzer) {
        Map<String, Set<Integer>> byLemma = new HashMap<>();
        Map<String, Integer> documentNumbers = new HashMap<>();
        for (Passage p : passages) {
            if (documentNumbers.containsKey(p.path())) {
                continue;
            }
            int document = documentNumbers.size();
            documentNumbers.put(p.path(), document);
            Matcher m = SUBJECT_WORD.matcher(p.meetingSubject().toLowerCase(Locale.ROOT));
            while (m.find()) {
                String[] pieces = m.group().split("-");
                List<String> words = new ArrayList<>(List.of(pieces));
                if (pieces.length > 1) {
                    words.add(String.join("", pieces));
                }
                for (String word : words) {
                    if (!HrAnalyzer.isStopWord(word)) {
                        analyzer.lemmas(word).forEach(l -> byLemma.computeIfAbsent(l, k -> new HashSet<>()).add(document));
                    }
                }
            }
        }
        return byLemma;
    }

    /** The analysed terms of a passage, computed on first use and kept, bounded so a huge corpus cannot fill the heap. */
    public PassageTerms terms(Passage p) {
        PassageTerms cached = termCache.get(p.id());
        if (cached != null) {
            return cached;
        }
        List<String> sentences = Sentences.split(p.text());
        List<Set<String>> sentenceTerms = sentences.stream().map(analyzer::terms).toList();
        Set<String> text = new HashSet<>();
        sentenceTerms.forEach(text::addAll);
        Set<String> context = analyzer.terms(p.context());
        Set<String> all = new HashSet<>(text);
        all.addAll(context);
        PassageTerms computed = new PassageTerms(Set.copyOf(all), Set.copyOf(text), analyzer.terms(String.join("\n", p.headings())),
                context, sentences, sentenceTerms);
        if (termCache.size() >= TERM_CACHE_LIMIT) {
            termCache.clear();
        }
        termCache.put(p.id(), computed);
        return computed;
    }
}
