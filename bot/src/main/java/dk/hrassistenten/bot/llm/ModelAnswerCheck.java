package dk.hrassistenten.bot.llm;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.analysis.Sentences;
import dk.hrassistenten.knowledge.index.Passage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what of a model's answer may be shown. A citation that points at no passage is removed; a
 * sentence quoting something its passages do not say is dropped; and the rest must be grounded: most of
 * its words must come from the cited passages or the question (an answer obeying an instruction planted
 * in a document says other things) and share at least one word with the question (it must be about
 * what was asked). Without a valid citation left, there is no answer.
 */
final class ModelAnswerCheck {

    /** The share of an answer's words that must stand in its cited passages or the question. */
    static final double MIN_GROUNDED = 0.6;
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
        List<String> kept = new ArrayList<>();
        Set<Integer> cited = new LinkedHashSet<>();
        for (String sentence : Sentences.split(answer.strip())) {
            Set<Integer> own = new LinkedHashSet<>();
            Matcher m = CITATION.matcher(sentence);
            StringBuilder cleaned = new StringBuilder();
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                boolean valid = n >= 1 && n <= passages.size();
                if (valid) {
                    own.add(n - 1);
                }
                m.appendReplacement(cleaned, valid ? Matcher.quoteReplacement(m.group()) : "");
            }
            m.appendTail(cleaned);
            String s = cleaned.toString().replaceAll("\\s+([.,;:!?])", "$1").replaceAll("\\s{2,}", " ").strip();
            if (s.isEmpty() || !quotesHold(s, own.isEmpty() ? cited : own, passages)) {
                continue;
            }
            kept.add(s);
            cited.addAll(own);
        }
        if (cited.isEmpty() || kept.isEmpty()) {
            return Optional.empty();
        }
        String text = String.join(" ", kept);
        if (!grounded(text, cited, passages, question, analyzer)) {
            return Optional.empty();
        }
        return Optional.of(new Checked(text, new ArrayList<>(cited)));
    }

    /** Every quote must stand, word for word, in one of the passages the sentence cites. */
    private static boolean quotesHold(String sentence, Set<Integer> cited, List<Passage> passages) {
        Matcher q = QUOTE.matcher(sentence);
        while (q.find()) {
            String quote = fold(q.group(1));
            boolean found = cited.stream().anyMatch(i -> fold(passages.get(i).text()).contains(quote));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean grounded(String text, Set<Integer> cited, List<Passage> passages, String question, HrAnalyzer analyzer) {
        Set<String> answerTerms = analyzer.terms(CITATION.matcher(text).replaceAll(" "));
        answerTerms.removeIf(t -> t.length() < 3 || t.chars().allMatch(Character::isDigit));
        if (answerTerms.isEmpty()) {
            return false;
        }
        Set<String> questionTerms = analyzer.terms(question);
        if (answerTerms.stream().noneMatch(questionTerms::contains)) {
            return false; // not about what was asked
        }
        Set<String> allowed = new HashSet<>(questionTerms);
        for (int i : cited) {
            allowed.addAll(analyzer.terms(passages.get(i).searchableText()));
        }
        long supported = answerTerms.stream().filter(allowed::contains).count();
        return (double) supported / answerTerms.size() >= MIN_GROUNDED;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
