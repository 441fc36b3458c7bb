package dk.hrassistenten.knowledge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hrassistenten.knowledge.KnowledgeBase;
import dk.hrassistenten.knowledge.ingest.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSetTest {

    /** A source whose content and failure a test sets, counting its fetches; it tells of changes when the test calls {@link #changed()}. */
    private static final class ScriptedSource implements DocumentSource {
        private final String name;
        private final Duration interval;
        private volatile List<String> paths;
        private volatile String failure;
        private volatile Runnable watcher;
        final AtomicInteger fetches = new AtomicInteger();

        ScriptedSource(String name, Duration interval, String... paths) {
            this.name = name;
            this.interval = interval;
            this.paths = List.of(paths);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Duration interval() {
            return interval;
        }

        @Override
        public FetchedDocuments fetch(Consumer<String> progress) throws IOException {
            fetches.incrementAndGet();
            if (failure != null) {
                throw new IOException(failure);
            }
            return new FetchedDocuments(paths.stream().map(p -> new FetchedDocument(new SourceText(p, "# " + p + "\n\nTekst om " + p + ".\n", 0),
                    Map.of())).toList(), List.of());
        }

        @Override
        public void watch(Runnable changed) {
            watcher = changed;
        }

        void changed() {
            watcher.run();
        }
    }

    private static SourceSet set(DocumentSource... sources) {
        return new SourceSet(java.util.Arrays.stream(sources).map(s -> new SourceSet.Member("test", s)).toList(), Clock.systemUTC());
    }

    private static List<String> paths(SourceSet set) {
        return set.union().documents().stream().map(d -> d.text().path()).toList();
    }

    @Test
    void aFailingSourceKeepsItsLastGoodDocumentsIsReportedAndTheOthersKeepUpdating() throws Exception {
        ScriptedSource intranet = new ScriptedSource("intranet", Duration.ofMillis(100), "https://intra.example/ferie");
        ScriptedSource folder = new ScriptedSource("haandbog", Duration.ofMillis(100), "haandbog/pension.md");
        AtomicInteger changes = new AtomicInteger();
        try (SourceSet set = set(intranet, folder)) {
            set.fetchAll(p -> { });
            set.start(changes::incrementAndGet);
            intranet.failure = "connection refused";
            folder.paths = List.of("haandbog/pension.md", "haandbog/barsel.md");

            await(() -> paths(set).contains("haandbog/barsel.md") && set.statuses().get(0).failing());
            assertThat(paths(set)).containsExactly("https://intra.example/ferie", "haandbog/pension.md", "haandbog/barsel.md");
            assertThat(set.statuses().get(0)).satisfies(s -> {
                assertThat(s.name()).isEqualTo("intranet");
                assertThat(s.message()).isEqualTo("connection refused");
                assertThat(s.documents()).isEqualTo(1);
                assertThat(s.lastSuccess()).isNotNull();
            });
            assertThat(set.statuses().get(1)).satisfies(s -> {
                assertThat(s.failing()).isFalse();
                assertThat(s.documents()).isEqualTo(2);
            });
            await(() -> changes.get() > 0);
            int fetchesWhileFailing = intranet.fetches.get();
            await(() -> intranet.fetches.get() > fetchesWhileFailing); // a failing source is tried again on its interval

            intranet.failure = null;
            intranet.paths = List.of("https://intra.example/ferie", "https://intra.example/loen");
            await(() -> paths(set).contains("https://intra.example/loen"));
            assertThat(set.statuses().get(0).failing()).isFalse();
        }
    }

    @Test
    void aChangeSignalFetchesTheSourceSoonInsteadOfAtItsInterval() throws Exception {
        ScriptedSource folder = new ScriptedSource("haandbog", Duration.ofHours(1), "a.md");
        AtomicInteger changes = new AtomicInteger();
        try (SourceSet set = set(folder)) {
            set.fetchAll(p -> { });
            set.start(changes::incrementAndGet);
            folder.paths = List.of("a.md", "b.md");
            folder.changed();
            folder.changed(); // a burst: fetched once

            await(() -> changes.get() == 1);
            assertThat(paths(set)).containsExactly("a.md", "b.md");
            Thread.sleep(SourceSet.SETTLE.toMillis() * 2);
            assertThat(folder.fetches.get()).isEqualTo(2);
            assertThat(changes.get()).isEqualTo(1);
        }
    }

    @Test
    void aFetchThatChangesNothingTellsNoOne() throws Exception {
        ScriptedSource folder = new ScriptedSource("haandbog", Duration.ofMillis(50), "a.md");
        AtomicInteger changes = new AtomicInteger();
        try (SourceSet set = set(folder)) {
            set.fetchAll(p -> { });
            set.start(changes::incrementAndGet);
            await(() -> folder.fetches.get() > 4);
            assertThat(changes.get()).isZero();
        }
    }

    @Test
    void aPathTwoSourcesGiveIsTakenFromTheFirstListedWithAWarning() {
        try (SourceSet set = set(new ScriptedSource("a", Duration.ofHours(1), "ferie.md"), new ScriptedSource("b", Duration.ofHours(1), "ferie.md", "loen.md"))) {
            set.fetchAll(p -> { });
            assertThat(paths(set)).containsExactly("ferie.md", "loen.md");
            assertThat(set.union().warnings()).singleElement().satisfies(w -> assertThat(w).contains("ferie.md").contains("source b").contains("from a"));
        }
    }

    @Test
    void twoSourcesWithOneNameAreRefused() {
        assertThatThrownBy(() -> set(new ScriptedSource("hr", Duration.ofHours(1)), new ScriptedSource("hr", Duration.ofHours(1))))
                .hasMessageContaining("\"hr\"");
    }

    @Test
    void questionsAreAnsweredFromTheDocumentsOfBothFolders(@TempDir Path dir) throws Exception {
        Path handbook = Files.createDirectories(dir.resolve("handbook"));
        Path minutes = Files.createDirectories(dir.resolve("minutes"));
        Files.writeString(handbook.resolve("ferie.md"), "# Ferie\n\nFerieåret starter 1. september.\n");
        Files.writeString(minutes.resolve("ferie.md"), "# Referat\n\n## Cykelordning\n\nCykelordningen træder i kraft den 1. august 2026.\n");
        SourceSet set = new SourceSet(List.of(
                new SourceSet.Member("folder", new FolderSource("haandbog", handbook, Duration.ofMinutes(5), "haandbog")),
                new SourceSet.Member("folder", new FolderSource("referater", minutes, Duration.ofMinutes(5), "referater"))), Clock.systemUTC());
        try (KnowledgeBase base = new KnowledgeBase(set)) {
            base.reload(p -> { });
            assertThat(base.current().search("Hvornår starter ferieåret?", Set.of(), 1).hits())
                    .singleElement().satisfies(h -> assertThat(h.passage().path()).isEqualTo("haandbog/ferie.md"));
            assertThat(base.current().search("Hvornår træder cykelordningen i kraft?", Set.of(), 1).hits())
                    .singleElement().satisfies(h -> assertThat(h.passage().path()).isEqualTo("referater/ferie.md"));
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
