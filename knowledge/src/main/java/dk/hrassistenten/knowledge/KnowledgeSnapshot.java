package dk.hrassistenten.knowledge;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.index.PassageIndex;
import dk.hrassistenten.knowledge.index.PassageTerms;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.RankingWeights;
import dk.hrassistenten.knowledge.index.SearchHit;
import dk.hrassistenten.knowledge.search.PassageSearch;
import dk.hrassistenten.knowledge.units.UnitDirectory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything built from one reading of the corpus ({@link SnapshotBuilder}): documents, passages, their
 * index, the analysis fitted to the corpus's vocabulary, and the unit directory. What it answers never
 * changes; a re-index builds a new snapshot rather than changing this one.
 *
 * <p>It is not immutable in the strict sense, and says so: its parts keep bounded memos that fill while
 * questions are answered ({@link PassageSearch}'s analysed passages, {@link PassageIndex}'s term statistics and
 * similar words). Each memo holds the value of a pure function of this snapshot, on concurrent maps emptied
 * when full, so a memo changes how fast an answer comes, never what it is. Thread-safe: any number of
 * threads may search one snapshot at once. {@link #withRanking} shares the index and its memos.
 */
public final class KnowledgeSnapshot {

    private static final List<String> INFLECTIONS = List.of("", "e", "en", "ens", "er", "erne", "et", "ets", "s", "n", "ne");

    private final List<Document> documents;
    private final List<String> warnings;
    private final PassageIndex index;
    private final HrAnalyzer analyzer;
    private final PassageSearch search;
    private final UnitDirectory units;
    private final String mainOrganization;
    private final LowerCaseWords lowerCaseWords;
    private final Instant builtAt;

    KnowledgeSnapshot(List<Document> documents, List<String> warnings, PassageIndex index, HrAnalyzer analyzer,
                      PassageSearch search, UnitDirectory units, String mainOrganization, LowerCaseWords lowerCaseWords) {
        this.documents = List.copyOf(documents);
        this.warnings = List.copyOf(warnings);
        this.index = index;
        this.analyzer = analyzer;
        this.search = search;
        this.units = units;
        this.mainOrganization = mainOrganization;
        this.lowerCaseWords = lowerCaseWords;
        this.builtAt = Instant.now();
    }

    /** Reads and indexes the corpus folder with the standard language data. Unreadable files are skipped with a warning. */
    public static KnowledgeSnapshot build(Path corpusRoot, Consumer<String> progress) {
        return SnapshotBuilder.build(corpusRoot, progress);
    }

    /** Builds from parsed documents (tests and benchmarks use this with generated documents). */
    public static KnowledgeSnapshot fromDocuments(List<Document> documents, List<String> texts, List<String> warnings,
                                                  Consumer<String> progress) {
        return SnapshotBuilder.fromDocuments(documents, texts, warnings, progress);
    }

    /** The result of a search: how the question was understood, and the passages, best first. */
    public record SearchResult(QueryPlan plan, List<SearchHit> hits) {
        public SearchResult {
            hits = List.copyOf(hits);
        }
    }

    /**
     * Finds the passages that best answer a question (see {@link PassageSearch}).
     *
     * @param audiences the audiences the asker belongs to; passages restricted to others are never returned
     */
    public SearchResult search(String question, Set<String> audiences, int limit) {
        PassageSearch.Result result = search.search(question, audiences, limit);
        return new SearchResult(result.plan(), result.hits());
    }

    /** As {@link #search(String, Set, int)}, in the language the caller read the question in. */
    public SearchResult search(String question, boolean english, Set<String> audiences, int limit) {
        PassageSearch.Result result = search.search(question, english, audiences, limit);
        return new SearchResult(result.plan(), result.hits());
    }

    /** The ranking weights and answerability threshold this snapshot searches with. */
    public RankingWeights ranking() {
        return search.weights();
    }

    /** This snapshot searching with other ranking weights; documents, index and units are shared (tuning tries many). */
    public KnowledgeSnapshot withRanking(RankingWeights weights) {
        return new KnowledgeSnapshot(documents, warnings, index, analyzer, search.withWeights(weights), units, mainOrganization, lowerCaseWords);
    }

    /** The organisations of the corpus a question names. */
    public Set<String> organizationsNamedIn(String question) {
        return search.organizationsNamedIn(question);
    }

    /** The analysed terms of a passage. */
    public PassageTerms terms(Passage p) {
        return search.terms(p);
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

    /**
     * Whether the documents use a word in lower case somewhere, also inflected ("økonomi", "regionens"): then a
     * capitalised use of it is a sentence start or part of a name of a unit, not a person's name.
     */
    public boolean usedInLowerCase(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String ending : INFLECTIONS) {
            if (lowerCaseWords.contains(w + ending)) {
                return true;
            }
        }
        return false;
    }

    /** The corpus's main organisation, or null when no document names one. */
    public String mainOrganization() {
        return mainOrganization;
    }

    public Instant builtAt() {
        return builtAt;
    }
}
