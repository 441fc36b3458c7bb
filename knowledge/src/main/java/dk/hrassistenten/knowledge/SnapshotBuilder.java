package dk.hrassistenten.knowledge;

import dk.hrassistenten.knowledge.analysis.CorpusWords;
import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.analysis.LanguageData;
import dk.hrassistenten.knowledge.analysis.QuerySynonyms;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.DocumentParser;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.index.PassageBuilder;
import dk.hrassistenten.knowledge.index.PassageIndex;
import dk.hrassistenten.knowledge.index.QueryPlanner;
import dk.hrassistenten.knowledge.index.RankingWeights;
import dk.hrassistenten.knowledge.search.PassageScorer;
import dk.hrassistenten.knowledge.search.PassageSearch;
import dk.hrassistenten.knowledge.source.FetchedDocument;
import dk.hrassistenten.knowledge.source.FetchedDocuments;
import dk.hrassistenten.knowledge.source.FolderSource;
import dk.hrassistenten.knowledge.units.UnitDirectory;
import dk.hrassistenten.knowledge.units.UnitExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds a {@link KnowledgeSnapshot}: reads, parses, analyses and indexes the corpus, and extracts its units. */
public final class SnapshotBuilder {

    private SnapshotBuilder() {
    }

    /**
     * Reads and indexes the corpus folder, as its folder source reads it. Files that cannot be read are skipped with a
     * warning.
     *
     * @throws UncheckedIOException when the folder cannot be read at all
     */
    public static KnowledgeSnapshot build(Path corpusRoot, Consumer<String> progress) {
        FetchedDocuments read;
        try {
            read = FolderSource.corpus(corpusRoot).fetch(progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus folder " + corpusRoot, e);
        }
        return fromFetched(read.documents(), read.warnings(), progress);
    }

    /**
     * Parses and indexes the documents of all sources together, each with the metadata its source knows
     * (as a sidecar file would give it).
     *
     * @param warnings what the sources left out, shown with the index's own warnings
     */
    public static KnowledgeSnapshot fromFetched(List<FetchedDocument> fetched, List<String> warnings, Consumer<String> progress) {
        List<FetchedDocument> inOrder = inCorpusOrder(fetched);
        List<Document> documents = inOrder.stream().map(f -> DocumentParser.parse(f.text(), f.metadata())).toList();
        return fromDocuments(documents, inOrder.stream().map(f -> f.text().text()).toList(), warnings, progress);
    }

    /**
     * The documents of all sources in the order of their citations, as a folder's are read: the snapshot is then the
     * same whichever source answered first, and a stored index, which holds its documents in no order, ranks alike.
     */
    static List<FetchedDocument> inCorpusOrder(List<FetchedDocument> fetched) {
        return fetched.stream().sorted(java.util.Comparator.comparing(f -> f.text().path())).toList();
    }

    /** Builds from parsed documents with the standard language data and the tuned ranking. */
    public static KnowledgeSnapshot fromDocuments(List<Document> documents, List<String> texts, List<String> warnings,
                                                  Consumer<String> progress) {
        return fromDocuments(documents, texts, warnings, progress, LanguageData.standard(), RankingWeights.tuned());
    }

    /** Builds from parsed documents with the given language data and ranking weights (tuning tries several). */
    public static KnowledgeSnapshot fromDocuments(List<Document> documents, List<String> texts, List<String> warnings,
                                                  Consumer<String> progress, LanguageData language, RankingWeights weights) {
        HrAnalyzer analyzer = new HrAnalyzer(language, CorpusWords.of(texts));
        List<Passage> passages = PassageBuilder.build(documents);
        progress.accept("indexing " + passages.size() + " passages from " + documents.size() + " documents");
        PassageIndex index = PassageIndex.build(passages, analyzer, progress);
        return assemble(documents, texts, warnings, progress, language, weights, analyzer, index, QuerySynonyms.of(language, texts));
    }

    /** The snapshot of indexed documents: the parts built from all of them together (units, the search's memos). */
    static KnowledgeSnapshot assemble(List<Document> documents, List<String> texts, List<String> warnings, Consumer<String> progress,
                                      LanguageData language, RankingWeights weights, HrAnalyzer analyzer, PassageIndex index,
                                      QuerySynonyms synonyms) {
        return assemble(documents, texts, warnings, progress, language, weights, analyzer, index, synonyms, new LowerCaseWords(index.passages()));
    }

    /** As above, with the words the passages use in lower case collected already. */
    static KnowledgeSnapshot assemble(List<Document> documents, List<String> texts, List<String> warnings, Consumer<String> progress,
                                      LanguageData language, RankingWeights weights, HrAnalyzer analyzer, PassageIndex index,
                                      QuerySynonyms synonyms, LowerCaseWords lowerCaseWords) {
        QueryPlanner planner = new QueryPlanner(analyzer, synonyms, index);
        progress.accept("finding the units of " + documents.size() + " documents");
        UnitDirectory units = UnitExtractor.extract(documents, texts, analyzer, planner);
        return snapshot(documents, warnings, language, weights, analyzer, index, planner, units, lowerCaseWords);
    }

    /** The snapshot of indexed documents with a unit directory already built. */
    static KnowledgeSnapshot snapshot(List<Document> documents, List<String> warnings, LanguageData language, RankingWeights weights,
                                      HrAnalyzer analyzer, PassageIndex index, QueryPlanner planner, UnitDirectory units,
                                      LowerCaseWords lowerCaseWords) {
        List<String> allWarnings = new ArrayList<>(language.warnings());
        allWarnings.addAll(warnings);
        PassageSearch search = new PassageSearch(index, analyzer, planner, new PassageScorer(weights), lowerCaseWords::contains,
                new java.util.HashSet<>(units.organizations()));
        return new KnowledgeSnapshot(documents, allWarnings, index, analyzer, search, units, mainOrganization(documents), lowerCaseWords);
    }

    /**
     * The organisation most of the corpus comes from, when more than half of the documents that name one are its;
     * sources from others are then marked as such. A corpus of several organisations alike has none.
     */
    static String mainOrganization(List<Document> documents) {
        Map<String, Long> counts = documents.stream().map(d -> d.metadata().organization()).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long named = counts.values().stream().mapToLong(Long::longValue).sum();
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).filter(e -> e.getValue() * 2 > named)
                .map(Map.Entry::getKey).orElse(null);
    }
}
