package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: index build time, question latency through {@link Assistant#handle} (p50, p99) and heap
 * after indexing, on the corpus and on a generated corpus of many documents. Prints numbers; asserts none.
 */
@Command(name = "bench", description = "Measure index build time, question latency and heap; prints numbers.")
final class BenchCommand implements Callable<Integer> {

    /** A generic mix of what staff ask: answers, who-questions, English, a question no document answers, a command. */
    private static final List<String> QUESTIONS = List.of(
            "Hvem håndterer lønforhandling og personalesager?", "Må jeg tage kurser i arbejdstiden?",
            "Hvad blev besluttet om arbejdsmiljø på mødet?", "Hvornår træder den nye politik i kraft?",
            "Who is responsible for recruitment?", "Hvad koster en parkeringslicens?", "hjælp", "Hvor mange medarbejdere er der?");

    @Mixin
    CommonOptions options;

    @Option(names = "--generated", description = "Documents in the generated corpus (default ${DEFAULT-VALUE}; 0 skips it).", defaultValue = "10000")
    int generated;

    @Option(names = "--questions", description = "Questions asked per corpus (default ${DEFAULT-VALUE}).", defaultValue = "2000")
    int questions;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.of(options, System.getenv());
        PrintStream out = Terminal.stdout();
        out.printf("machine: %d cores, max heap %d MiB, Java %s%n", java.lang.Runtime.getRuntime().availableProcessors(),
                java.lang.Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        measure("sample corpus (" + settings.corpus() + ")", settings.corpus(), out);
        if (generated > 0) {
            Path dir = Files.createTempDirectory("hr-bench");
            try {
                GeneratedCorpus.write(dir, generated, new Random(42));
                measure("generated corpus (" + generated + " documents)", dir, out);
            } finally {
                GeneratedCorpus.delete(dir);
            }
        }
        return 0;
    }

    private void measure(String label, Path corpus, PrintStream out) {
        System.gc();
        long start = System.nanoTime();
        KnowledgeSnapshot snapshot = KnowledgeSnapshot.build(corpus, p -> { });
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heap = java.lang.Runtime.getRuntime().totalMemory() - java.lang.Runtime.getRuntime().freeMemory();
        Assistant assistant = new Assistant(() -> snapshot, new SimpleMeterRegistry());
        for (int i = 0; i < 200; i++) { // warm-up: JIT
            assistant.handle(Inbound.of(Channel.CLI, "bench", QUESTIONS.get(i % QUESTIONS.size())));
        }
        long[] nanos = new long[questions];
        for (int i = 0; i < questions; i++) {
            long t = System.nanoTime();
            assistant.handle(Inbound.of(Channel.CLI, "bench", QUESTIONS.get(i % QUESTIONS.size())));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        out.printf("%s: %d documents, %d passages, %d units; build %d ms; heap after indexing %d MiB; "
                        + "latency over %d questions p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                label, snapshot.documents().size(), snapshot.passages().size(), snapshot.units().units().size(), buildMs, heap >> 20,
                questions, nanos[questions / 2] / 1e6, nanos[(int) (questions * 0.99)] / 1e6, nanos[questions - 1] / 1e6);
    }

    /** A corpus of Danish-looking minutes made from a fixed vocabulary, for scale only. */
    static final class GeneratedCorpus {
        private static final String[] WORDS = ("medarbejder leder arbejdsmiljø løn ferie uddannelse kompetenceudvikling e-læring "
                + "vagtplan sygefravær rekruttering trivsel ledelse politik retningslinje hospital region udvalg møde beslutning "
                + "sagsfremstilling indstilling orientering drøftelse budget økonomi strategi implementering opfølgning evaluering "
                + "data digitalisering sundhedsreform psykiatri socialområdet kvalitet forebyggelse samarbejde arbejdstid overenskomst").split(" ");

        static void write(Path dir, int count, Random random) throws java.io.IOException {
            for (int d = 0; d < count; d++) {
                StringBuilder text = new StringBuilder("# Referat Udvalg " + (d % 97) + " d. " + (1 + d % 28) + "-0" + (1 + d % 9) + "-2025\n\n");
                for (int p = 1; p <= 6; p++) {
                    text.append("## Punkt ").append(p).append(": ").append(sentence(random, 4)).append("\n\n### Sagsfremstilling\n\n");
                    for (int s = 0; s < 5; s++) {
                        text.append(sentence(random, 14)).append(". ");
                    }
                    text.append("\n\n### Beslutning\n\n").append(sentence(random, 12)).append(".\n\n");
                }
                Files.writeString(dir.resolve(String.format("doc_%05d.md", d)), text);
            }
        }

        private static String sentence(Random random, int words) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < words; i++) {
                out.add(WORDS[random.nextInt(WORDS.length)]);
            }
            String s = String.join(" ", out);
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        static void delete(Path dir) throws java.io.IOException {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
