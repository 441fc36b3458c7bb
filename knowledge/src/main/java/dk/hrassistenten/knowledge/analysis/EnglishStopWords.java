package dk.hrassistenten.knowledge.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** English function words: they carry no meaning for search and tell an English question from a Danish one. */
public final class EnglishStopWords {

    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "should",
            "do", "does", "did", "i", "me", "my", "we", "our", "you", "your", "it", "its", "they", "their", "what",
            "which", "whom", "whose", "how", "why", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "about", "and", "or", "not", "no", "this", "that", "these", "those", "there", "here", "have", "has",
            "had", "any", "some", "much", "many", "like", "if", "so", "as", "into", "than", "then", "please", "tell",
            "get", "am", "may", "might", "must", "up", "out", "over");

    /** Words that are function words in English but not Danish words, so their presence is telling. */
    private static final Set<String> TELLING = Set.of(
            "the", "is", "are", "was", "what", "which", "who", "how", "why", "of", "to", "for", "with", "about",
            "and", "does", "do", "can", "will", "my", "your", "responsible", "handles", "where", "when", "be", "many", "much",
            "may", "from", "on", "our", "has", "have", "get", "there", "this", "that", "if", "you", "should", "would", "could",
            // words of questions that no Danish text writes
            "an", "during", "use", "after", "before", "need", "work", "working", "hours", "days", "weeks", "employee",
            "employees", "manager", "allowed", "entitled", "pay", "leave");

    /** Function words of both languages: they tell nothing. */
    private static final Set<String> BOTH = Set.of("i", "at");

    private EnglishStopWords() {
    }

    public static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }

    /** Whether a question is in English rather than Danish, judged by its function words. */
    public static boolean isEnglish(String question) {
        String[] words = question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s-]", " ").strip().split("\\s+");
        long telling = Arrays.stream(words).filter(TELLING::contains).count();
        long danish = Arrays.stream(words).filter(w -> HrAnalyzer.isStopWord(w) && !TELLING.contains(w) && !BOTH.contains(w)).count();
        return telling >= 2 && telling > danish || (words.length <= 3 && telling >= 1 && danish == 0);
    }
}
