package dk.hrassistenten.bot.llm;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.analysis.Sentences;
import dk.hrassistenten.knowledge.index.Passage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what of a model's answer may be shown. A citation that points at no passage is removed; a
 * sentence is kept only when the passages it cites support it ({@link SentenceSupport}: its numbers, dates
 * and names stand there, and most of its words) and every quote in it stands there word for word; a sentence
 * without a citation of its own is held to all the passages the answer cites. An answer that loses more
 * than half of its sentences is more the model's than the documents', and what is left may read out of
 * context, so there is no answer then; nor when no valid citation is left, or when the answer shares no
 * word with the question (it must be about what was asked).
 */
final class ModelAnswerCheck {

    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2})]");
    private static final Pattern QUOTE = Pattern.compile("[«“\"„]([^«»“”\"„]{12,}?)[»”\"“]");

    /** What may be shown, and the passages it rests on (indexes into the passages given, in order of citation). */
    record Checked(String text, List<Integer> cited) {
        Checked {
            cited = List.copyOf(cited);
        }
    }

    private ModelAnswerCheck() {
    }

    static Optional<Checked> check(String answer, List<Passage> passages, String question, HrAnalyzer analyzer) {
        if (answer == null || answer.isBlank() || answer.contains(GroundedPrompt.NO_ANSWER)) {
            return Optional.empty();
        }
        Set<Integer> citedAnywhere = citations(answer, passages.size());
        List<String> kept = new ArrayList<>();
        Set<Integer> cited = new LinkedHashSet<>();
        int sentences = 0;
        for (String sentence : Sentences.split(answer.strip())) {
            Set<Integer> own = citations(sentence, passages.size());
            Matcher m = CITATION.matcher(sentence);
            StringBuilder cleaned = new StringBuilder();
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                m.appendReplacement(cleaned, n >= 1 && n <= passages.size() ? Matcher.quoteReplacement(m.group()) : "");
            }
            m.appendTail(cleaned);
            String s = cleaned.toString().replaceAll("\\s+([.,;:!?])", "$1").replaceAll("\\s{2,}", " ").strip();
            if (s.isEmpty()) {
                continue;
            }
            sentences++;
            Set<Integer> basis = own.isEmpty() ? citedAnywhere : own;
            String cites = String.join("\n", basis.stream().map(i -> passages.get(i).searchableText()).toList());
            if (basis.isEmpty() || !quotesHold(s, cites) || !SentenceSupport.supports(CITATION.matcher(s).replaceAll(" "), cites, analyzer)) {
                continue;
            }
            kept.add(s);
            cited.addAll(own);
        }
        if (cited.isEmpty() || kept.size() * 2 < sentences) {
            return Optional.empty();
        }
        String text = String.join(" ", kept);
        if (!aboutTheQuestion(text, question, analyzer)) {
            return Optional.empty();
        }
        return Optional.of(new Checked(text, new ArrayList<>(cited)));
    }

    /** The passages (indexes) a text cites validly, in order. */
    private static Set<Integer> citations(String text, int passages) {
        Set<Integer> out = new LinkedHashSet<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= passages) {
                out.add(n - 1);
            }
        }
        return out;
    }

    /** Every quote must stand, word for word, in the cited passages. */
    private static boolean quotesHold(String sentence, String cited) {
        Matcher q = QUOTE.matcher(sentence);
        String passages = fold(cited);
        while (q.find()) {
            if (!passages.contains(fold(q.group(1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean aboutTheQuestion(String text, String question, HrAnalyzer analyzer) {
        Set<String> answerTerms = analyzer.terms(CITATION.matcher(text).replaceAll(" "));
        Set<String> questionTerms = analyzer.terms(question);
        return answerTerms.stream().anyMatch(questionTerms::contains);
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
