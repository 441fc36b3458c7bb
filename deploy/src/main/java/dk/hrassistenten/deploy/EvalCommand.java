package dk.hrassistenten.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval FILE}: answers every case, prints the failing ones, and last a line {@code score: P/N}. */
@Command(name = "eval", description = "Answer every case of an evaluation file (JSON lines) and print the score.")
final class EvalCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--verbose", description = "Print every case, passing or not, with the reply.")
    boolean verbose;

    @Parameters(paramLabel = "FILE", description = "The evaluation cases, one JSON object a line.")
    Path file;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.of(options, System.getenv());
        if (!Files.isReadable(file)) {
            throw new Settings.InvalidSettingException("The evaluation file " + file.toAbsolutePath() + " cannot be read.");
        }
        PrintStream out = Terminal.stdout();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        int passed = 0;
        try (Services services = new Services(settings)) {
            services.knowledge.reload(p -> { });
            for (String line : lines) {
                JsonNode c = ReplyJson.mapper().readTree(line);
                Reply reply = services.assistant.handle(Inbound.of(Channel.CLI, "eval", c.path("question").asText()));
                EvalCase.Verdict verdict = EvalCase.judge(c.path("expect"), reply);
                if (verdict.passed()) {
                    passed++;
                }
                if (!verdict.passed() || verbose) {
                    out.printf("%s %s: %s%n  question: %s%n  %s%n  reply (%s): %s%n%n", verdict.passed() ? "PASS" : "FAIL",
                            c.path("id").asText(), verdict.reason(), c.path("question").asText(), c.path("expect"),
                            reply.kind().wireName(), reply.text().replace("\n", "\n    "));
                }
            }
        }
        out.printf("score: %d/%d%n", passed, lines.size());
        return 0;
    }
}
