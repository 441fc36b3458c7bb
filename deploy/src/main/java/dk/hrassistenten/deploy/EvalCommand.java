package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.reply.Reply;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval FILE…}: answers every case, prints the failing ones, the tallies per set (file), per kind and for
 * English questions with the answers given but wrong, and last a line {@code score: P/N}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Answer every case of evaluation files (JSON lines) and print the score.")
final class EvalCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--verbose", description = "Print every case, passing or not, with the reply.")
    boolean verbose;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The evaluation cases, one JSON object a line; several files are several sets.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.of(options, System.getenv());
        Evaluation.checkReadable(files);
        PrintStream out = Terminal.stdout();
        List<Evaluation.Case> cases = Evaluation.read(files);
        List<Evaluation.Outcome> outcomes;
        try (Services services = new Services(settings)) {
            services.knowledge.reload(p -> { });
            outcomes = Evaluation.run(cases, question -> services.assistant.handle(Inbound.of(Channel.CLI, "eval", question)));
        }
        for (Evaluation.Outcome o : outcomes) {
            if (!o.verdict().passed() || verbose) {
                Reply reply = o.reply();
                out.printf("%s %s: %s%n  question: %s%n  %s%n  reply (%s): %s%n%n", o.verdict().passed() ? "PASS" : "FAIL",
                        o.c().id(), o.verdict().reason(), o.c().question(), o.c().expect(),
                        reply.kind().wireName(), reply.text().replace("\n", "\n    "));
            }
        }
        Evaluation.breakdown(outcomes).forEach((slice, tally) -> out.printf("%-28s %s%n", slice + ":", tally));
        Evaluation.Tally total = Evaluation.total(outcomes);
        out.printf("answered but wrong: %d%n", total.wrong());
        out.printf("score: %d/%d%n", total.passed(), total.total());
        return 0;
    }
}
