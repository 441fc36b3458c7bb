package dk.hrassistenten.knowledge.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the corpus itself, by stem. Decompounding splits a word only into parts that the corpus
 * uses as words of their own, which needs no external dictionary and follows the corpus's own language.
 */
public final class Vocabulary {

    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private final Map<String, Integer> stemCounts;

    private Vocabulary(Map<String, Integer> stemCounts) {
        this.stemCounts = Map.copyOf(stemCounts);
    }

    public static Vocabulary empty() {
        return new Vocabulary(Map.of());
    }

    /** Collects words as they are fed; not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> counts = new HashMap<>();
        private final Map<String, String> stemCache = new HashMap<>();

        public Builder add(String text) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                counts.merge(stemCache.computeIfAbsent(word, Stemmer::stem), 1, Integer::sum);
            }
            return this;
        }

        public Vocabulary build() {
            return new Vocabulary(counts);
        }
    }

    public boolean containsStem(String stem) {
        return stemCounts.containsKey(stem);
    }

    public int size() {
        return stemCounts.size();
    }
}
