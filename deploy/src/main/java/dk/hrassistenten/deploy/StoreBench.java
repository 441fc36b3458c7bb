package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.StoredSnapshots;
import dk.hrassistenten.knowledge.analysis.LanguageData;
import dk.hrassistenten.knowledge.ingest.CorpusFolder;
import dk.hrassistenten.knowledge.ingest.CorpusReader;
import dk.hrassistenten.knowledge.ingest.SourceText;
import dk.hrassistenten.knowledge.source.FetchedDocument;
import dk.hrassistenten.knowledge.store.IndexStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The persistent index's part of {@code bench}: the first build into a store under a temporary data folder, a
 * restart (the store opened, no document read), and one changed, one added and one removed document written
 * alone, each timed until a question finds it (or no longer does); heap after the restart, and question latency
 * on the restarted snapshot and on the one right after a change (its memos empty).
 */
final class StoreBench {

    private static final String CHANGE = "\n\n## Cykelparkering\n\nCykelparkeringen ligger bag kantinen ved indgang B.\n";
    private static final String ADDED = "# Ladestandere\n\nLadestanderen til elbiler står i kælderen under administrationsbygningen.\n";

    private StoreBench() {
    }

    static void run(Path corpus, List<String> asked, int questions, PrintStream out) throws IOException {
        Path data = Files.createTempDirectory("hr-bench-store");
        try {
            List<FetchedDocument> documents = new CorpusReader().read(CorpusFolder.of(corpus), p -> { }).documents().stream()
                    .map(t -> new FetchedDocument(t, Map.of())).toList();
            long start = System.nanoTime();
            try (IndexStore store = IndexStore.open(data, LanguageData.standard())) {
                StoredSnapshots.update(store, documents, List.of(), p -> { });
            }
            long firstBuild = millisSince(start);
            System.gc();
            start = System.nanoTime();
            try (IndexStore store = IndexStore.open(data, LanguageData.standard())) {
                KnowledgeSnapshot serving = StoredSnapshots.open(store, p -> { }).orElseThrow();
                long restart = millisSince(start);
                long heap = heapMiB();
                String restartedLatency = latency(serving, asked, questions);

                List<FetchedDocument> now = new ArrayList<>(documents);
                FetchedDocument middle = now.get(now.size() / 2);
                now.set(now.size() / 2, document(middle.text().path(), middle.text().text() + CHANGE));
                start = System.nanoTime();
                StoredSnapshots.Change changed = StoredSnapshots.change(store, serving, now, List.of(), p -> { });
                boolean found = finds(changed.searchable(), "Hvor ligger cykelparkeringen?", middle.text().path());
                long change = millisSince(start);
                String changedLatency = latency(changed.searchable(), asked, questions);
                start = System.nanoTime();
                serving = changed.complete().get();
                long units = millisSince(start);

                now.add(document("bench-added.md", ADDED));
                start = System.nanoTime();
                changed = StoredSnapshots.change(store, serving, now, List.of(), p -> { });
                found &= finds(changed.searchable(), "Hvor står ladestanderen til elbiler?", "bench-added.md");
                long add = millisSince(start);
                serving = changed.complete().get();

                now.remove(now.size() - 1);
                start = System.nanoTime();
                changed = StoredSnapshots.change(store, serving, now, List.of(), p -> { });
                found &= !finds(changed.searchable(), "Hvor står ladestanderen til elbiler?", "bench-added.md");
                long remove = millisSince(start);
                serving = changed.complete().get();
                changed = null; // only the serving snapshot stays, as in the service
                long heapAfter = heapMiB();
                found &= serving.documents().size() == documents.size();

                out.printf("  stored index: first build %d ms; restart ready in %d ms without reading a document, heap %d MiB; questions %s%n",
                        firstBuild, restart, heap, restartedLatency);
                out.printf("  one document written alone and searchable: changed %d ms, added %d ms, removed %d ms%s; unit directory rebuilt"
                                + " in the background %d ms; questions right after a change %s; heap after the changes %d MiB%n",
                        change, add, remove, found ? "" : " (NOT FOUND: a defect)", units, changedLatency, heapAfter);
            }
        } finally {
            BenchCommand.GeneratedCorpus.delete(data);
        }
    }

    private static FetchedDocument document(String path, String text) {
        return new FetchedDocument(new SourceText(path, text, System.currentTimeMillis()), Map.of());
    }

    private static boolean finds(KnowledgeSnapshot snapshot, String question, String path) {
        return snapshot.search(question, Set.of(), 3).hits().stream().anyMatch(h -> h.passage().path().equals(path));
    }

    /** Mean, p50 and p99 of the questions through the assistant, with no warm-up of the snapshot's memos (as after a swap). */
    private static String latency(KnowledgeSnapshot snapshot, List<String> asked, int questions) {
        Assistant assistant = new Assistant(() -> snapshot, new SimpleMeterRegistry());
        long[] nanos = new long[questions];
        for (int i = 0; i < questions; i++) {
            long t = System.nanoTime();
            assistant.handle(Inbound.of(Channel.CLI, "bench", asked.get(i % asked.size())));
            nanos[i] = System.nanoTime() - t;
        }
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        Arrays.sort(nanos);
        return String.format("mean %.2f ms, p50 %.2f ms, p99 %.2f ms", mean, nanos[questions / 2] / 1e6, nanos[(int) (questions * 0.99)] / 1e6);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long heapMiB() {
        System.gc();
        return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
    }
}
