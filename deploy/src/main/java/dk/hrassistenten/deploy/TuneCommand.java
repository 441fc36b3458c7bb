package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.index.RankingWeights;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tune FILE…}: chooses the ranking weights and the answerability threshold on evaluation cases (the tuning
 * half of the development evaluation), one weight at a time over a grid of values, for some rounds, keeping a
 * change only when it improves the objective: cases passed, minus {@code --wrong-cost} for every answer given but
 * wrong (a wrong answer is worse than an honest not-found). Prints every improvement and, last, the weights as
 * the lines of {@code ranking.properties}. Changes nothing itself.
 */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = "Choose ranking weights and the answerability threshold on evaluation cases; prints ranking.properties.")
final class TuneCommand implements Callable<Integer> {

    /** The values tried for each weight. */
    static final Map<String, double[]> GRID = Map.ofEntries(
            Map.entry("titleField", new double[] {0.5, 1.0, 2.0}),
            Map.entry("headingsField", new double[] {0.5, 1.0, 1.5, 2.5, 4.0}),
            Map.entry("bodyField", new double[] {1.0}),
            Map.entry("synonymBoost", new double[] {0.1, 0.3, 0.6}),
            Map.entry("bm25Share", new double[] {0.2, 0.4, 0.6}),
            Map.entry("headingMatch", new double[] {0.0, 0.3, 0.6}),
            Map.entry("supersededPenalty", new double[] {0.8, 0.9, 1.0}),
            Map.entry("decisionBoost", new double[] {1.0, 1.5, 2.0}),
            Map.entry("minutesPenalty", new double[] {0.7, 0.85, 1.0}),
            Map.entry("minCoverage", new double[] {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85}),
            Map.entry("leadCoverage", new double[] {0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.75}),
            Map.entry("leadRatio", new double[] {1.2, 1.5, 2.0, 3.0}));

    /** The documents alone: neither the store, the forums nor any channel is read. */
    @Mixin
    CorpusOption corpus;

    @Option(names = "--rounds", description = "Passes over all weights (default ${DEFAULT-VALUE}).", defaultValue = "2")
    int rounds;

    /** A confident wrong answer is the worst the assistant can give: it costs more than the case it failed to pass. */
    @Option(names = "--wrong-cost", description = "How many passed cases one wrong answer costs (default ${DEFAULT-VALUE}).", defaultValue = "3")
    double wrongCost;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Evaluation cases to tune on (the tuning half).")
    List<Path> files;

    @Option(names = "--set", paramLabel = "FOLDER=FILE", description = "Another corpus and its cases to tune on too, as folder=cases"
            + " (repeatable): weights chosen over several organisations' documents hold for more of them.")
    Map<Path, Path> moreSets = new java.util.LinkedHashMap<>();

    /** One corpus with the cases asked of it. */
    private record TuningSet(KnowledgeSnapshot base, List<Evaluation.Case> cases) {
    }

    @Override
    public Integer call() {
        java.nio.file.Path folder = corpus.folder(System.getenv());
        Evaluation.checkReadable(files);
        PrintStream out = Terminal.stdout();
        List<TuningSet> sets = new java.util.ArrayList<>();
        KnowledgeSnapshot base = KnowledgeSnapshot.build(folder, p -> { });
        sets.add(new TuningSet(base, Evaluation.read(files)));
        moreSets.forEach((more, moreCases) -> {
            Evaluation.checkReadable(List.of(moreCases));
            sets.add(new TuningSet(KnowledgeSnapshot.build(more, p -> { }), Evaluation.read(List.of(moreCases))));
        });
        RankingWeights best = base.ranking();
        double bestObjective = objective(sets, best, out, "shipped");
        for (int round = 1; round <= rounds; round++) {
            boolean improved = false;
            for (String name : best.asMap().keySet()) {
                for (double value : GRID.getOrDefault(name, new double[0])) {
                    RankingWeights candidate;
                    try {
                        candidate = best.with(name, value);
                    } catch (IllegalArgumentException outOfRange) { // a lead coverage above the threshold
                        continue;
                    }
                    if (candidate.equals(best)) {
                        continue;
                    }
                    double objective = objective(sets, candidate, null, null);
                    if (objective > bestObjective + 1e-9) {
                        best = candidate;
                        bestObjective = objective;
                        improved = true;
                        objective(sets, best, out, "round " + round + ": " + name + "=" + value);
                    }
                }
            }
            if (!improved) {
                break;
            }
        }
        out.println();
        out.println("# chosen on " + files + (moreSets.isEmpty() ? "" : " and " + moreSets.values()) + " (objective: passed - " + wrongCost + " x answered but wrong)");
        out.print(best.asProperties());
        return 0;
    }

    private double objective(List<TuningSet> sets, RankingWeights weights, PrintStream out, String label) {
        List<Evaluation.Outcome> outcomes = new java.util.ArrayList<>();
        for (TuningSet set : sets) {
            KnowledgeSnapshot snapshot = set.base().withRanking(weights);
            Assistant assistant = new Assistant(() -> snapshot, new SimpleMeterRegistry());
            outcomes.addAll(Evaluation.run(set.cases(), q -> assistant.handle(Inbound.of(Channel.CLI, "tune", q))));
        }
        Evaluation.Tally tally = Evaluation.total(outcomes);
        double objective = tally.passed() - wrongCost * tally.wrong();
        if (out != null) {
            out.printf("%-50s %s  objective %.1f%n", label, tally, objective);
        }
        return objective;
    }
}
