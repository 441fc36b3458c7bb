package dk.hrassistenten.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scoring rules of the evaluation (shared/eval/README.md) for one case. */
final class EvalCase {

    record Verdict(boolean passed, String reason) {
    }

    private EvalCase() {
    }

    static Verdict judge(JsonNode expect, Reply reply) {
        String kind = expect.path("kind").asText();
        switch (kind) {
            case "not_found":
                return verdict(reply.kind() == ReplyKind.NOT_FOUND, "expected not_found, got " + reply.kind().wireName());
            case "unit": {
                String want = fold(expect.path("unit").asText());
                if (reply.unit() == null) {
                    return new Verdict(false, "expected unit containing \"" + expect.path("unit").asText() + "\", got " + reply.kind().wireName());
                }
                List<String> names = new ArrayList<>(reply.unit().aliases());
                names.add(0, reply.unit().name());
                return verdict(names.stream().anyMatch(n -> fold(n).contains(want)), "unit was " + reply.unit().name());
            }
            case "answer": {
                if (reply.kind() == ReplyKind.NOT_FOUND || reply.kind() == ReplyKind.ERROR) {
                    return new Verdict(false, "expected an answer, got " + reply.kind().wireName());
                }
                String text = fold(reply.text());
                for (JsonNode phrase : expect.path("all")) {
                    if (!text.contains(fold(phrase.asText()))) {
                        return new Verdict(false, "missing \"" + phrase.asText() + "\"");
                    }
                }
                if (expect.has("any") && expect.path("any").size() > 0) {
                    boolean any = false;
                    for (JsonNode phrase : expect.path("any")) {
                        any |= text.contains(fold(phrase.asText()));
                    }
                    if (!any) {
                        return new Verdict(false, "none of " + expect.path("any"));
                    }
                }
                if (expect.has("source")) {
                    String source = expect.path("source").asText();
                    boolean found = reply.sources().stream().limit(3).anyMatch(s -> s.path().equals(source) || s.path().endsWith("/" + source));
                    return verdict(found, "source " + source + " not among the first three");
                }
                return new Verdict(true, "ok");
            }
            default:
                return new Verdict(false, "unknown expected kind " + kind);
        }
    }

    private static Verdict verdict(boolean ok, String reasonIfNot) {
        return new Verdict(ok, ok ? "ok" : reasonIfNot);
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
