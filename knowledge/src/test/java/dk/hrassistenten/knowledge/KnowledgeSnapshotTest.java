package dk.hrassistenten.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.index.SearchHit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeSnapshotTest {

    private static KnowledgeSnapshot knowledge;

    @BeforeAll
    static void build() {
        knowledge = KnowledgeSnapshot.build(Fixtures.fixture("mixed"), p -> { });
    }

    private static List<SearchHit> search(String question) {
        return knowledge.search(question, Set.of(), 5).hits();
    }

    @Test
    void manyThreadsSearchingOneSnapshotWhileItsMemosFillGetWhatOneThreadGets() throws Exception {
        KnowledgeSnapshot fresh = KnowledgeSnapshot.build(Fixtures.fixture("mixed"), p -> { }); // memos still empty
        List<String> questions = List.of("Hvornår træder cykelordningen i kraft?", "Hvad blev besluttet om cykelordningen?",
                "Hvem skal jeg kontakte om ferie?", "cykelordning", "Hvor mange feriedage?");
        List<List<String>> alone = questions.stream().map(q -> locations(knowledge, q)).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<List<List<String>>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> questions.stream().map(q -> locations(fresh, q)).toList()));
            }
            for (var run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> locations(KnowledgeSnapshot snapshot, String question) {
        return snapshot.search(question, Set.of(), 5).hits().stream().map(h -> h.passage().location()).toList();
    }

    @Test
    void findsTheSectionThatAnswersWithItsHeadingPath() {
        SearchHit best = search("Hvornår træder cykelordningen i kraft?").get(0);
        assertThat(best.passage().location()).isEqualTo("Referat Personaleudvalget 12-03-2026 › Punkt 1: Orientering om ny cykelordning › Sagsfremstilling");
        assertThat(best.passage().caseNumber()).isEqualTo("1-22-3-44-26");
        assertThat(best.coverage()).isGreaterThan(0.8);
    }

    @Test
    void aQuestionAboutWhatWasDecidedFindsTheDecision() {
        assertThat(search("Hvad blev besluttet om cykelordningen?").get(0).passage().section())
                .isEqualTo("Punkt 1: Orientering om ny cykelordning › Beslutning");
        assertThat(search("Hvornår træder cykelordningen i kraft?").get(0).passage().section()).endsWith("Sagsfremstilling");
    }

    @Test
    void toleratesATypoAndFindsEnglishQuestionsOverDanishText() {
        assertThat(search("Hvornår lukker kantinnen?").get(0).passage().text()).contains("Kantinen holder lukket");
        assertThat(search("How many days may I work from home?").get(0).passage().text()).contains("2 hjemmearbejdsdage");
    }

    @Test
    void aWordMisspeltInTheDocumentIsStillFound(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("a.md"), "# Løn\n\nKontoret varetager feriehelæggelser og lønudbetaling.\n");
        Files.writeString(corpus.resolve("b.md"), "# Ferie\n\nFeriehenlæggelser aftales med lederen.\n");
        KnowledgeSnapshot k = KnowledgeSnapshot.build(corpus, p -> { });
        assertThat(k.search("feriehenlæggelser", Set.of(), 5).hits()).extracting(h -> h.passage().path()).contains("a.md", "b.md");
    }

    @Test
    void aQuestionAboutSomethingElseCoversLittle() {
        List<SearchHit> hits = search("Hvad koster en parkeringslicens?");
        assertThat(hits.isEmpty() || hits.get(0).coverage() < 0.5).isTrue();
    }

    @Test
    void passagesForAnAudienceAreOnlyFoundByThatAudience(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("chef.md"), "# Lederinformation\n\nLønrammen for ledere forhandles i marts.\n");
        Files.writeString(corpus.resolve("chef.md.meta.properties"), "audience=ledere\n");
        KnowledgeSnapshot k = KnowledgeSnapshot.build(corpus, p -> { });
        assertThat(k.search("Hvornår forhandles lønrammen for ledere?", Set.of(), 5).hits()).isEmpty();
        assertThat(k.search("Hvornår forhandles lønrammen for ledere?", Set.of("ledere"), 5).hits()).isNotEmpty();
    }

    @Test
    void theWatcherReindexesAnAddedChangedOrRemovedFileWithinSeconds(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("a.md"), "# Ferie\n\nFerieåret starter 1. september.\n");
        try (KnowledgeBase base = new KnowledgeBase(corpus)) {
            base.reload(p -> { });
            base.watch();
            Files.createDirectories(corpus.resolve("ny"));
            Files.writeString(corpus.resolve("ny/b.md"), "# Pension\n\nPensionsbidraget er 15 procent.\n");
            awaitDocuments(base, 2);
            Files.delete(corpus.resolve("a.md"));
            awaitDocuments(base, 1);
            Files.writeString(corpus.resolve("ny/b.md"), "# Pension\n\nPensionsbidraget er 17 procent.\n");
            long deadline = System.currentTimeMillis() + 15_000;
            while (!base.current().passages().get(0).text().contains("17 procent") && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(base.current().passages().get(0).text()).contains("17 procent");
        }
    }

    private static void awaitDocuments(KnowledgeBase base, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (base.current().documents().size() != count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(base.current().documents()).hasSize(count);
    }

    @Test
    void aFolderThatGoesAwayKeepsItsDocumentsAnsweringAndIsReportedAsFailing(@TempDir Path parent) throws Exception {
        Path corpus = Files.createDirectories(parent.resolve("corpus"));
        Files.writeString(corpus.resolve("a.md"), "# Ferie\n\nFerieåret starter 1. september.\n");
        try (KnowledgeBase base = new KnowledgeBase(corpus)) {
            base.reload(p -> { });
            Files.delete(corpus.resolve("a.md"));
            Files.delete(corpus); // the shared volume went away

            base.reload(p -> { });
            assertThat(base.current().documents()).extracting(d -> d.path()).containsExactly("a.md");
            assertThat(base.ready()).as("its last good documents answer").isTrue();
            assertThat(base.sourceStatuses()).singleElement().satisfies(s -> {
                assertThat(s.failing()).isTrue();
                assertThat(s.message()).contains("cannot be read").doesNotContain(parent.toString());
                assertThat(s.documents()).isEqualTo(1);
            });

            Files.createDirectories(corpus);
            Files.writeString(corpus.resolve("b.md"), "# Pension\n\nPensionsbidraget er 15 procent.\n");
            base.reload(p -> { });
            assertThat(base.current().documents()).extracting(d -> d.path()).containsExactly("b.md");
            assertThat(base.sourceStatuses().get(0).failing()).isFalse();
        }
    }

    @Test
    void anEmptiedCorpusKeepsThePreviousIndexAndIsNotReadyUntilTheDocumentsAreBack(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("a.md"), "# Ferie\n\nFerieåret starter 1. september.\n");
        Files.writeString(corpus.resolve("b.md"), "# Pension\n\nPensionsbidraget er 15 procent.\n");
        try (KnowledgeBase base = new KnowledgeBase(corpus)) {
            base.reload(p -> { });
            KnowledgeSnapshot before = base.current();
            Files.delete(corpus.resolve("a.md"));
            Files.delete(corpus.resolve("b.md")); // a failed mount: the folder is there, its documents are not

            assertThat(base.reload(p -> { })).isSameAs(before);
            assertThat(base.current()).isSameAs(before);
            assertThat(base.ready()).isFalse();
            assertThat(base.notReadyReason()).hasValueSatisfying(r -> assertThat(r).contains("no documents").contains("2 documents"));

            Files.writeString(corpus.resolve("a.md"), "# Ferie\n\nFerieåret starter 1. september.\n");
            Files.writeString(corpus.resolve("b.md"), "# Pension\n\nPensionsbidraget er 15 procent.\n");
            base.reload(p -> { });
            assertThat(base.ready()).isTrue();
            assertThat(base.notReadyReason()).isEmpty();
        }
    }

    @Test
    void losingMoreThanHalfTheDocumentsKeepsThePreviousIndexButLosingHalfIsAnEdit(@TempDir Path corpus) throws Exception {
        for (String name : List.of("a", "b", "c", "d", "e", "f")) {
            Files.writeString(corpus.resolve(name + ".md"), "# Emne " + name + "\n\nTekst om emne " + name + ".\n");
        }
        try (KnowledgeBase base = new KnowledgeBase(corpus)) {
            base.reload(p -> { });
            for (String name : List.of("a", "b", "c")) {
                Files.delete(corpus.resolve(name + ".md"));
            }
            base.reload(p -> { });
            assertThat(base.current().documents()).hasSize(3);
            assertThat(base.ready()).isTrue();

            Files.delete(corpus.resolve("d.md"));
            Files.delete(corpus.resolve("e.md"));
            KnowledgeSnapshot before = base.current();
            base.reload(p -> { });
            assertThat(base.current()).isSameAs(before);
            assertThat(base.ready()).isFalse();
            assertThat(base.notReadyReason()).hasValueSatisfying(r -> assertThat(r).contains("1 of the 3 documents"));
        }
    }

    @Test
    void aFirstIndexOfAnEmptyFolderAnswersNothingAndIsNotReady(@TempDir Path corpus) throws Exception {
        try (KnowledgeBase base = new KnowledgeBase(corpus)) {
            base.reload(p -> { });
            assertThat(base.current().documents()).isEmpty();
            assertThat(base.notReadyReason()).hasValueSatisfying(r -> assertThat(r).contains("no documents"));
        }
    }

    @Test
    void aReloadSeesAddedAndRemovedFiles(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("a.md"), "# Ferie\n\nFerieåret starter 1. september.\n");
        try (KnowledgeBase base = new KnowledgeBase(corpus)) {
            base.reload(p -> { });
            KnowledgeSnapshot before = base.current();
            Files.writeString(corpus.resolve("b.md"), "# Pension\n\nPensionsbidraget er 15 procent.\n");
            base.reload(p -> { });
            assertThat(base.current()).isNotSameAs(before);
            assertThat(base.current().documents()).hasSize(2);
            assertThat(before.documents()).hasSize(1); // a snapshot never changes under a reader
            assertThat(base.ready()).isTrue();
        }
    }
}
