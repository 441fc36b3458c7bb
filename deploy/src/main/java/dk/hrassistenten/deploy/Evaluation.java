package dk.hrassistenten.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyJson;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.knowledge.analysis.EnglishStopWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs evaluation cases (shared/eval/README.md) and sums them up per set (file) and per kind, counting apart
 * the answers that were given but wrong: a wrong answer is worse than an honest not-found.
 */
final class Evaluation {

    /** One case, and the set (file) it comes from. */
    record Case(String set, String id, String question, JsonNode expect) {
        String kind() {
            return expect.path("kind").asText();
        }

        boolean english() {
            return EnglishStopWords.isEnglish(question);
        }
    }

    /** A case with the reply it got. */
    record Outcome(Case c, Reply reply, EvalCase.Verdict verdict) {
        /** An answer or unit was given, and it was not the right one. */
        boolean answeredButWrong() {
            return !verdict.passed() && (reply.kind() == ReplyKind.ANSWER || reply.kind() == ReplyKind.UNIT);
        }
    }

    /** Passed of total, and how many were answered but wrong. */
    record Tally(int passed, int total, int wrong) {
        Tally plus(Outcome o) {
            return new Tally(passed + (o.verdict().passed() ? 1 : 0), total + 1, wrong + (o.answeredButWrong() ? 1 : 0));
        }

        @Override
        public String toString() {
            return passed + "/" + total + (wrong > 0 ? " (" + wrong + " answered but wrong)" : "");
        }
    }

    private Evaluation() {
    }

    /** Stops with a message naming the first evaluation file that cannot be read. */
    static void checkReadable(List<Path> files) {
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw new Settings.InvalidSettingException("The evaluation file " + file.toAbsolutePath() + " cannot be read.");
            }
        }
    }

    static List<Case> read(List<Path> files) {
        List<Case> cases = new ArrayList<>();
        for (Path file : files) {
            String set = file.getFileName().toString().replaceFirst("\\.jsonl?$", "");
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        JsonNode c = ReplyJson.mapper().readTree(line);
                        cases.add(new Case(set, c.path("id").asText(), c.path("question").asText(), c.path("expect")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
        }
        return cases;
    }

    static List<Outcome> run(List<Case> cases, Function<String, Reply> ask) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : cases) {
            Reply reply = ask.apply(c.question());
            outcomes.add(new Outcome(c, reply, EvalCase.judge(c.expect(), reply)));
        }
        return outcomes;
    }

    static Tally total(List<Outcome> outcomes) {
        Tally t = new Tally(0, 0, 0);
        for (Outcome o : outcomes) {
            t = t.plus(o);
        }
        return t;
    }

    /** Tallies by set, then by kind of expected reply, and English questions apart. */
    static Map<String, Tally> breakdown(List<Outcome> outcomes) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            tallies.merge("set " + o.c().set(), new Tally(0, 0, 0).plus(o), Evaluation::sum);
        }
        for (Outcome o : outcomes) {
            tallies.merge("kind " + o.c().kind(), new Tally(0, 0, 0).plus(o), Evaluation::sum);
        }
        for (Outcome o : outcomes) {
            if (o.c().english()) {
                tallies.merge("English questions", new Tally(0, 0, 0).plus(o), Evaluation::sum);
            }
        }
        return tallies;
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.passed() + b.passed(), a.total() + b.total(), a.wrong() + b.wrong());
    }
}
