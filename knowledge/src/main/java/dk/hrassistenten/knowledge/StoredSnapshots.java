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
import dk.hrassistenten.knowledge.source.FetchedDocument;
import dk.hrassistenten.knowledge.store.IndexStore;
import dk.hrassistenten.knowledge.store.IndexStore.StoredDocument;
import dk.hrassistenten.knowledge.units.UnitDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Snapshots kept in an {@link IndexStore}: opened as stored at a restart, without reading, parsing or analysing a
 * document, and brought up to date with what the sources hold now by parsing and indexing only the documents that
 * are new or changed, and deleting those that are gone.
 *
 * <p>The analysis depends on the whole corpus: compounds are split against the corpus's own words. When a write
 * adds or removes such a word, the stored documents whose passages hold a word containing it are indexed anew
 * too, with the analysis of the new vocabulary; all others are split as before, so every passage's terms are
 * those a fresh build would give. The parts built from all documents together (passages' links to newer
 * versions, abbreviations, units) are built again from the stored documents, which costs no analysis. So a
 * snapshot from the store answers exactly as one built afresh from the same documents.
 *
 * <p>The unit directory is the one part that takes seconds at 10,000 documents (every document's text is read for
 * units and renames). The store keeps it with the documents it was extracted from, so a restart takes it back. A
 * {@link Change} offers the documents as they are now to search at once, with the
 * unit directory of the snapshot that served until then, and the complete snapshot, units and all, to build next
 * (in the background) and swap in when it is done.
 */
public final class StoredSnapshots {

    /** More changed words than this re-index every stored document rather than look each up (a mass change). */
    private static final int MOST_WORDS_LOOKED_UP = 5000;

    private StoredSnapshots() {
    }

    /** The snapshot the store holds; empty when it holds no documents (a first start, or a store just rebuilt). */
    public static Optional<KnowledgeSnapshot> open(IndexStore store, Consumer<String> progress) {
        if (store.documents().isEmpty()) {
            return Optional.empty();
        }
        progress.accept("opening the stored index of " + store.documents().size() + " documents");
        return Optional.of(snapshot(store, new HrAnalyzer(store.language(), store.vocabulary()), store.warnings(), progress));
    }

    /**
     * A change written to the store.
     *
     * @param searchable the documents as they are now, searched, with the unit directory of the snapshot that served
     *                   before (the complete snapshot when there was none)
     * @param complete   builds the snapshot of the documents as they are now, unit directory included, once; to be
     *                   called before the store takes another write (the re-indexing thread swaps in one, then the other)
     */
    public record Change(KnowledgeSnapshot searchable, Supplier<KnowledgeSnapshot> complete) {
    }

    /**
     * Writes what changed between the store and the documents the sources hold now, and returns the snapshot of
     * those documents, unit directory included.
     *
     * @param warnings what the sources left out, shown with the index's own warnings
     */
    public static KnowledgeSnapshot update(IndexStore store, List<FetchedDocument> fetched, List<String> warnings, Consumer<String> progress) {
        return change(store, null, fetched, warnings, progress).complete().get();
    }

    /**
     * Writes what changed between the store and the documents the sources hold now.
     *
     * @param serving the snapshot answering until now, whose unit directory the searchable snapshot keeps; null for none
     */
    public static Change change(IndexStore store, KnowledgeSnapshot serving, List<FetchedDocument> fetched, List<String> warnings,
                                Consumer<String> progress) {
        try {
            return write(store, serving, fetched, warnings, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index store " + store.folder(), e);
        }
    }

    private static Change write(IndexStore store, KnowledgeSnapshot serving, List<FetchedDocument> fetched, List<String> warnings,
                                Consumer<String> progress) throws IOException {
        LanguageData language = store.language();
        Map<String, StoredDocument> stored = store.documents();
        List<String> allWarnings = new ArrayList<>(store.warnings());
        allWarnings.addAll(warnings);
        Set<String> present = new HashSet<>();
        List<FetchedDocument> changed = new ArrayList<>();
        Map<String, String> fingerprints = new HashMap<>();
        for (FetchedDocument f : SnapshotBuilder.inCorpusOrder(fetched)) {
            String path = f.text().path();
            if (!present.add(path)) {
                allWarnings.add(path + ": given by two sources, the second left out");
                continue;
            }
            String fingerprint = IndexStore.fingerprint(f);
            StoredDocument before = stored.get(path);
            if (before == null || !before.fingerprint().equals(fingerprint)) {
                changed.add(f);
                fingerprints.put(path, fingerprint);
            }
        }
        Set<String> removed = new HashSet<>(stored.keySet());
        removed.removeAll(present);
        if (!changed.isEmpty() || !removed.isEmpty()) {
            progress.accept("indexing " + changed.size() + " new or changed documents, removing " + removed.size());
        }
        List<IndexStore.Write> writes = new ArrayList<>();
        Map<String, Set<String>> vocabularies = new HashMap<>();
        for (int i = 0; i < changed.size(); i++) {
            FetchedDocument f = changed.get(i);
            String text = f.text().text();
            Document document = DocumentParser.parse(f.text(), f.metadata());
            List<Passage> passages = PassageBuilder.build(List.of(document));
            Set<String> vocabulary = CorpusWords.of(List.of(text));
            vocabularies.put(document.path(), vocabulary);
            writes.add(new IndexStore.Write(new StoredDocument(fingerprints.get(document.path()), document, QuerySynonyms.definedAbbreviations(text)),
                    text, vocabulary, indexedWords(passages), LowerCaseWords.of(passages), passages));
            if ((i + 1) % 1000 == 0) {
                progress.accept("parsed " + (i + 1) + " of " + changed.size() + " documents");
            }
        }
        Set<String> vocabulary = store.vocabularyAfter(vocabularies, removed);
        for (String path : splitDifferently(store, language, vocabulary)) {
            if (!removed.contains(path) && !vocabularies.containsKey(path)) {
                StoredDocument unchanged = stored.get(path);
                writes.add(new IndexStore.Write(unchanged, null, Set.of(), Set.of(), Set.of(), PassageBuilder.build(List.of(unchanged.document()))));
            }
        }
        HrAnalyzer analyzer = new HrAnalyzer(language, vocabulary);
        if (!writes.isEmpty() || !removed.isEmpty()) {
            store.write(writes, removed, analyzer, progress);
        }
        long written = store.writes();
        Supplier<KnowledgeSnapshot> complete = once(() -> {
            if (store.writes() != written) {
                throw new IllegalStateException("the store took another write since this change; build the snapshot of that one");
            }
            return snapshot(store, analyzer, allWarnings, progress);
        });
        return new Change(serving == null ? complete.get() : searchable(store, serving, analyzer, allWarnings), complete);
    }

    /** The store's documents searched as they are now, with the serving snapshot's unit directory. */
    private static KnowledgeSnapshot searchable(IndexStore store, KnowledgeSnapshot serving, HrAnalyzer analyzer, List<String> warnings) {
        List<Document> documents = store.documents().values().stream().map(StoredDocument::document).toList();
        PassageIndex index = PassageIndex.over(store.reader(), PassageBuilder.build(documents));
        QueryPlanner planner = new QueryPlanner(analyzer, synonyms(store), index);
        return SnapshotBuilder.snapshot(documents, warnings, store.language(), RankingWeights.tuned(), analyzer, index, planner, serving.units(),
                new LowerCaseWords(store.lowerCaseWords()));
    }

    private static QuerySynonyms synonyms(IndexStore store) {
        return QuerySynonyms.withDefinitions(store.language(), store.documents().values().stream().map(StoredDocument::abbreviations).toList());
    }

    /** The supplier's value, computed on the first call and kept. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /**
     * The stored documents whose words may be split differently with the new vocabulary: those holding a word that
     * contains a part the vocabulary gained or lost.
     */
    private static Set<String> splitDifferently(IndexStore store, LanguageData language, Set<String> vocabulary) throws IOException {
        Set<String> before = store.vocabulary();
        Set<String> parts = new HashSet<>();
        for (String w : vocabulary) {
            if (!before.contains(w) && HrAnalyzer.addsCompoundPart(language, w)) {
                parts.add(w);
            }
        }
        for (String w : before) {
            if (!vocabulary.contains(w) && HrAnalyzer.addsCompoundPart(language, w)) {
                parts.add(w);
            }
        }
        if (parts.isEmpty() || store.documents().isEmpty()) {
            return Set.of();
        }
        return parts.size() > MOST_WORDS_LOOKED_UP ? store.documents().keySet() : store.documentsWithWordsHolding(parts, HrAnalyzer.SHORTEST_COMPOUND);
    }

    /** The words of what the passages index (title, organisation, headings, text): those the analysis splits. */
    private static Set<String> indexedWords(List<Passage> passages) {
        List<String> indexed = new ArrayList<>();
        for (Passage p : passages) {
            indexed.add(p.documentSubject());
            if (p.organization() != null) {
                indexed.add(p.organization());
            }
            indexed.addAll(p.headings());
            indexed.add(p.text());
        }
        return CorpusWords.of(indexed);
    }

    /**
     * The snapshot of the store's documents as they are now: with the unit directory the store kept for them, or
     * one extracted from their texts (then kept for the next restart).
     */
    private static KnowledgeSnapshot snapshot(IndexStore store, HrAnalyzer analyzer, List<String> warnings, Consumer<String> progress) {
        List<Document> documents = store.documents().values().stream().map(StoredDocument::document).toList();
        PassageIndex index = PassageIndex.over(store.reader(), PassageBuilder.build(documents));
        LowerCaseWords lowerCaseWords = new LowerCaseWords(store.lowerCaseWords());
        try {
            var kept = store.units();
            if (kept.isPresent()) {
                QueryPlanner planner = new QueryPlanner(analyzer, synonyms(store), index);
                UnitDirectory units = UnitDirectory.of(kept.get().getKey(), kept.get().getValue(), analyzer, planner);
                return SnapshotBuilder.snapshot(documents, warnings, store.language(), RankingWeights.tuned(), analyzer, index, planner, units,
                        lowerCaseWords);
            }
            Map<String, String> texts = store.texts(store.documents().keySet());
            KnowledgeSnapshot built = SnapshotBuilder.assemble(documents, documents.stream().map(d -> texts.get(d.path())).toList(), warnings,
                    progress, store.language(), RankingWeights.tuned(), analyzer, index, synonyms(store), lowerCaseWords);
            store.keepUnits(built.units().departments(), built.units().units());
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index store " + store.folder(), e);
        }
    }
}
