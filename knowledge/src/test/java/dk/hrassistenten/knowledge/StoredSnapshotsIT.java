package dk.hrassistenten.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hrassistenten.knowledge.analysis.LanguageData;
import dk.hrassistenten.knowledge.index.RankingWeights;
import dk.hrassistenten.knowledge.index.SearchHit;
import dk.hrassistenten.knowledge.ingest.CorpusFolder;
import dk.hrassistenten.knowledge.ingest.CorpusReader;
import dk.hrassistenten.knowledge.ingest.SourceText;
import dk.hrassistenten.knowledge.source.FetchedDocument;
import dk.hrassistenten.knowledge.store.IndexStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index kept on disk: opened at a restart without reading a document, updated one document at a time, ranking as a fresh build. */
class StoredSnapshotsIT {

    private static List<FetchedDocument> sample;
    private static List<String> questions;

    @TempDir
    Path data;

    @BeforeAll
    static void readSampleCorpus() throws IOException {
        sample = fetched(new CorpusReader().read(CorpusFolder.of(Fixtures.sampleCorpus()), p -> { }).documents());
        questions = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.sampleCorpus().resolveSibling("eval").resolve("dev.jsonl"))) {
            if (line.contains("\"question\"")) {
                questions.add(line.replaceAll(".*\"question\":\"([^\"]+)\".*", "$1"));
            }
        }
        questions.addAll(List.of("personalepolitik", "politik", "Hvad er sagsbehandlingstiden?", "Who handles payroll?"));
    }

    private static List<FetchedDocument> fetched(List<SourceText> texts) {
        return texts.stream().map(t -> new FetchedDocument(t, Map.of())).toList();
    }

    private static FetchedDocument document(String path, String text) {
        return new FetchedDocument(new SourceText(path, text, 0), Map.of());
    }

    private static IndexStore store(Path folder) {
        return IndexStore.open(folder, LanguageData.standard());
    }

    @Test
    void aRestartOpensTheStoredIndexWithoutReadingADocumentAndAnswersAsAFreshBuild() throws IOException {
        Path corpus = Files.createDirectories(data.resolve("corpus"));
        for (FetchedDocument f : sample) {
            Files.createDirectories(corpus.resolve(f.text().path()).getParent());
            Files.writeString(corpus.resolve(f.text().path()), f.text().text());
        }
        List<FetchedDocument> read = fetched(new CorpusReader().read(CorpusFolder.of(corpus), p -> { }).documents());
        try (IndexStore store = store(data.resolve("index"))) {
            StoredSnapshots.update(store, read, List.of(), p -> { });
        }
        deleteTree(corpus); // nothing to read: the restart has only the store

        List<String> progress = new ArrayList<>();
        try (IndexStore store = store(data.resolve("index"))) {
            KnowledgeSnapshot restarted = StoredSnapshots.open(store, progress::add).orElseThrow();
            assertThat(progress).noneMatch(p -> p.startsWith("indexing") || p.startsWith("analysed") || p.startsWith("parsed")
                    || p.startsWith("finding the units")); // the unit directory is kept with the documents it came from
            assertSameAnswers(restarted, SnapshotBuilder.fromFetched(sample, List.of(), p -> { }));
        }
    }

    @Test
    void aChangedDocumentIsFoundAfterWritingItAloneAndARemovedOneDisappears() throws IOException {
        try (IndexStore store = store(data.resolve("index"))) {
            KnowledgeSnapshot serving = StoredSnapshots.update(store, sample, List.of(), p -> { });
            FetchedDocument first = sample.get(0);
            FetchedDocument changed = document(first.text().path(), first.text().text() + "\n\n## Cykelparkering\n\nCykelparkeringen ligger bag kantinen.\n");
            List<FetchedDocument> now = new ArrayList<>(sample);
            now.set(0, changed);
            now.remove(sample.get(1));

            List<String> progress = new ArrayList<>();
            StoredSnapshots.Change change = StoredSnapshots.change(store, serving, now, List.of(), progress::add);

            assertThat(progress).contains("indexing 1 new or changed documents, removing 1").noneMatch(p -> p.startsWith("finding the units"));
            KnowledgeSnapshot searchable = change.searchable();
            assertThat(searchable.units()).isSameAs(serving.units());
            assertThat(searchable.search("Hvor ligger cykelparkeringen?", Set.of(), 3).hits()).first()
                    .satisfies(h -> assertThat(h.passage().path()).isEqualTo(first.text().path()));
            assertThat(searchable.passages()).noneMatch(p -> p.path().equals(sample.get(1).text().path()));

            KnowledgeSnapshot updated = change.complete().get();
            assertThat(updated.search("Hvor ligger cykelparkeringen?", Set.of(), 3).hits()).first()
                    .satisfies(h -> assertThat(h.passage().path()).isEqualTo(first.text().path()));
            assertThat(updated.documents()).extracting(d -> d.path()).doesNotContain(sample.get(1).text().path());
            assertThat(updated.passages()).noneMatch(p -> p.path().equals(sample.get(1).text().path()));
            assertSameAnswers(updated, SnapshotBuilder.fromFetched(now, List.of(), p -> { }));
        }
    }

    @Test
    void aRestartBeforeTheUnitsOfTheLastWriteWereBuiltExtractsThemAgain() throws IOException {
        List<FetchedDocument> now = new ArrayList<>(sample);
        now.remove(0);
        try (IndexStore store = store(data.resolve("index"))) {
            KnowledgeSnapshot serving = StoredSnapshots.update(store, sample, List.of(), p -> { });
            StoredSnapshots.change(store, serving, now, List.of(), p -> { }); // stopped before its complete snapshot
        }
        List<String> progress = new ArrayList<>();
        try (IndexStore store = store(data.resolve("index"))) {
            KnowledgeSnapshot restarted = StoredSnapshots.open(store, progress::add).orElseThrow();
            assertThat(progress).anyMatch(p -> p.startsWith("finding the units"));
            assertSameAnswers(restarted, SnapshotBuilder.fromFetched(now, List.of(), p -> { }));
        }
    }

    @Test
    void nothingChangedWritesNothing() throws IOException {
        try (IndexStore store = store(data.resolve("index"))) {
            StoredSnapshots.update(store, sample, List.of(), p -> { });
            List<String> progress = new ArrayList<>();
            StoredSnapshots.update(store, sample, List.of(), progress::add);
            assertThat(progress).noneMatch(p -> p.startsWith("indexing"));
        }
    }

    @Test
    void aWordTheCorpusGainsSplitsTheCompoundsOfDocumentsThatDidNotChange() throws IOException {
        // Without language data, compounds are split against the corpus's words alone: "personalepolitik" is
        // split only once another document uses "personale" and "politik", and must then be found by "politik".
        LanguageData none = LanguageData.none();
        FetchedDocument policy = document("a.md", "# Retningslinjer\n\nPersonalepolitik gælder alle medarbejdere i regionen.\n");
        FetchedDocument other = document("b.md", "# Ordbog\n\nOm personale og politik i almindelighed.\n");
        try (IndexStore store = IndexStore.open(data.resolve("index"), none)) {
            StoredSnapshots.update(store, List.of(policy), List.of(), p -> { });
            KnowledgeSnapshot updated = StoredSnapshots.update(store, List.of(policy, other), List.of(), p -> { });
            KnowledgeSnapshot fresh = SnapshotBuilder.fromDocuments(
                    List.of(dk.hrassistenten.knowledge.document.DocumentParser.parse(policy.text(), Map.of()),
                            dk.hrassistenten.knowledge.document.DocumentParser.parse(other.text(), Map.of())),
                    List.of(policy.text().text(), other.text().text()), List.of(), p -> { }, none, RankingWeights.tuned());
            assertThat(answers(fresh, "politik")).anyMatch(a -> a.startsWith("a.md"));
            assertThat(answers(updated, "politik")).isEqualTo(answers(fresh, "politik"));
            assertSameAnswers(updated, fresh);
        }
    }

    @Test
    void aStoreOfAnotherAnalysisIsBuiltAgainWithAWarning() throws IOException {
        try (IndexStore store = store(data.resolve("index"))) {
            StoredSnapshots.update(store, sample, List.of(), p -> { });
        }
        try (IndexStore other = IndexStore.open(data.resolve("index"), LanguageData.none())) {
            assertThat(other.documents()).isEmpty();
            assertThat(other.warnings()).singleElement().asString().contains("another version");
            assertThat(StoredSnapshots.open(other, p -> { })).isEmpty();
        }
    }

    @Test
    void aCorruptStoreIsBuiltAgainWithAWarning() throws IOException {
        try (IndexStore store = store(data.resolve("index"))) {
            StoredSnapshots.update(store, sample, List.of(), p -> { });
        }
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (IndexStore store = store(data.resolve("index"))) {
            assertThat(store.documents()).isEmpty();
            assertThat(store.warnings()).singleElement().asString().contains("could not be read");
            KnowledgeSnapshot rebuilt = StoredSnapshots.update(store, sample, List.of(), p -> { });
            assertThat(rebuilt.warnings()).anyMatch(w -> w.contains("could not be read"));
            assertThat(rebuilt.documents()).hasSize(sample.size());
        }
    }

    @Test
    void aSecondProcessCannotOpenTheSameStore() {
        try (IndexStore store = store(data.resolve("index"))) {
            assertThatThrownBy(() -> store(data.resolve("index"))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("its own --data");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every question's hits (document, place, score) and the unit directory are those of the other snapshot. */
    private static void assertSameAnswers(KnowledgeSnapshot actual, KnowledgeSnapshot expected) {
        assertThat(actual.documents()).isEqualTo(expected.documents());
        assertThat(actual.passages()).isEqualTo(expected.passages());
        assertThat(actual.units().units()).isEqualTo(expected.units().units());
        for (String q : questions) {
            assertThat(answers(actual, q)).as(q).isEqualTo(answers(expected, q));
            for (String word : q.split("[^\\p{L}]+")) {
                assertThat(actual.usedInLowerCase(word)).as(word).isEqualTo(expected.usedInLowerCase(word));
            }
        }
    }

    private static List<String> answers(KnowledgeSnapshot snapshot, String question) {
        return snapshot.search(question, Set.of(), 10).hits().stream().map(StoredSnapshotsIT::describe).toList();
    }

    private static String describe(SearchHit h) {
        return h.passage().path() + " › " + h.passage().location() + " " + h.score() + " " + h.coverage();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
