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
 * after indexing, on the corpus and on a generated corpus of many documents, and the persistent index's restart
 * and one-document update times ({@link StoreBench}). Prints numbers; asserts none.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure index build time, question latency and heap; prints numbers.")
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

    @Option(names = "--questions-from", paramLabel = "FILE",
            description = "Ask these questions (an evaluation file's, or one a line) instead of the generic mix.")
    Path questionsFrom;

    @Option(names = "--http-clients", description = "Also measure POST /api/chat on the corpus with this many concurrent clients (0 skips; default ${DEFAULT-VALUE}).",
            defaultValue = "4")
    int httpClients;

    @Override
    public Integer call() throws Exception {
        if (questions < 1) {
            throw new Settings.InvalidSettingException("--questions must be at least 1.");
        }
        Settings settings = Settings.of(options, System.getenv());
        if (settings.corpus() == null) {
            throw new Settings.InvalidSettingException("bench measures one folder; give --corpus instead of --sources.");
        }
        PrintStream out = Terminal.stdout();
        out.printf("machine: %d cores, max heap %d MiB, Java %s%n", java.lang.Runtime.getRuntime().availableProcessors(),
                java.lang.Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        List<String> asked = questionsFrom == null ? QUESTIONS : questionsOf(questionsFrom);
        measure("sample corpus (" + settings.corpus() + ")", settings.corpus(), asked, out);
        StoreBench.run(settings.corpus(), asked, questions, out);
        if (httpClients > 0) {
            HttpBench.run(settings, asked, httpClients, questions, out);
        }
        if (generated > 0) {
            Path dir = Files.createTempDirectory("hr-bench");
            try {
                GeneratedCorpus.write(dir, generated, new Random(42));
                measure("generated corpus (" + generated + " documents)", dir, asked, out);
                StoreBench.run(dir, asked, questions, out);
            } finally {
                GeneratedCorpus.delete(dir);
            }
        }
        return 0;
    }

    /** The questions of an evaluation file (JSON lines with "question"), or of a file with one question a line. */
    static List<String> questionsOf(Path file) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            out.add(line.strip().startsWith("{") ? dk.hrassistenten.bot.reply.ReplyJson.mapper().readTree(line).path("question").asText() : line.strip());
        }
        return out;
    }

    private void measure(String label, Path corpus, List<String> asked, PrintStream out) throws java.io.IOException {
        System.gc();
        long start = System.nanoTime();
        KnowledgeSnapshot snapshot = KnowledgeSnapshot.build(corpus, p -> { });
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heap = java.lang.Runtime.getRuntime().totalMemory() - java.lang.Runtime.getRuntime().freeMemory();
        Assistant assistant = new Assistant(() -> snapshot, new SimpleMeterRegistry());
        try (NaivePeer peer = new NaivePeer(corpus)) {
            for (int i = 0; i < 300; i++) { // warm-up: JIT
                String q = asked.get(i % asked.size());
                assistant.handle(Inbound.of(Channel.CLI, "bench", q));
                peer.answer(q);
            }
            long[] ours = new long[questions];
            long[] naive = new long[questions];
            for (int i = 0; i < questions; i++) { // the same questions, in turn, in the same run
                String q = asked.get(i % asked.size());
                long t = System.nanoTime();
                assistant.handle(Inbound.of(Channel.CLI, "bench", q));
                ours[i] = System.nanoTime() - t;
                t = System.nanoTime();
                peer.answer(q);
                naive[i] = System.nanoTime() - t;
            }
            double oursMean = Arrays.stream(ours).average().orElse(0) / 1e6;
            double naiveMean = Arrays.stream(naive).average().orElse(0) / 1e6;
            Arrays.sort(ours);
            Arrays.sort(naive);
            out.printf("%s: %d documents, %d passages, %d units; build %d ms; heap after indexing %d MiB%n",
                    label, snapshot.documents().size(), snapshot.passages().size(), snapshot.units().units().size(), buildMs, heap >> 20);
            out.printf("  %d questions: ours mean %.2f ms, p50 %.2f ms, p99 %.2f ms; naive Lucene peer (DanishAnalyzer + BM25, top paragraph)"
                            + " mean %.2f ms, p50 %.2f ms, p99 %.2f ms; ratio of means %.1fx%n",
                    questions, oursMean, ours[questions / 2] / 1e6, ours[(int) (questions * 0.99)] / 1e6,
                    naiveMean, naive[questions / 2] / 1e6, naive[(int) (questions * 0.99)] / 1e6, oursMean / Math.max(1e-9, naiveMean));
        }
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
