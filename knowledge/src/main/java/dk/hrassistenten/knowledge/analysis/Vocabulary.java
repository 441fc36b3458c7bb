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
    /** Compound heads are learnt only from long words, and only heads long enough not to be mere endings. */
    private static final int MIN_COMPOUND = 11;
    private static final int MIN_MODIFIER = 4;
    private static final int MIN_HEAD = 7;
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

        /**
         * The vocabulary, plus the heads of compounds that the corpus only uses inside compounds: a word
         * ending of at least seven letters that follows a known word in a compound ("overenskomst|fortolkning",
         * "regel|fortolkning") is a word of its own, so "fortolkning" in a question finds both.
         */
        public Vocabulary build() {
            Map<String, Integer> withHeads = new HashMap<>(counts);
            Map<String, java.util.Set<String>> headsAfterKnownWords = new HashMap<>();
            for (String word : java.util.List.copyOf(stemCache.keySet())) {
                if (word.length() < MIN_COMPOUND) {
                    continue;
                }
                for (int i = MIN_MODIFIER; i <= word.length() - MIN_HEAD; i++) {
                    String modifier = word.substring(0, i);
                    if (knownModifier(modifier) && !boundaryInsideWord(word, i)) {
                        headsAfterKnownWords.computeIfAbsent(word.substring(i), k -> new java.util.HashSet<>()).add(modifier);
                    }
                }
            }
            headsAfterKnownWords.forEach((head, modifiers) -> {
                String stem = stemCache.computeIfAbsent(head, Stemmer::stem);
                if (!modifiers.isEmpty() && stem.length() >= MIN_HEAD - 1 && !linkingLetterPlusWord(head)) {
                    withHeads.merge(stem, modifiers.size(), Integer::sum);
                }
            });
            return new Vocabulary(withHeads);
        }

        /** A modifier must be a word of the corpus; guessing linking letters here would learn junk heads ("over|e|nskomst…"). */
        private boolean knownModifier(String modifier) {
            return counts.containsKey(stemCache.computeIfAbsent(modifier, Stemmer::stem));
        }

        /**
         * Whether the cut falls inside a word: "vagtplanlæg|ningssystemer" when "vagtplanlægning" is a word, so
         * the real boundary is further on.
         */
        private boolean boundaryInsideWord(String word, int cut) {
            for (int extra = 1; extra <= 4 && cut + extra < word.length(); extra++) {
                if (counts.containsKey(stemCache.computeIfAbsent(word.substring(0, cut + extra), Stemmer::stem))) {
                    return true;
                }
            }
            return false;
        }

        /** "ssystemer" is the linking letter of "…nings|s|ystemer" plus a known word, not a head of its own. */
        private boolean linkingLetterPlusWord(String head) {
            char first = head.charAt(0);
            return (first == 's' || first == 'e') && counts.containsKey(stemCache.computeIfAbsent(head.substring(1), Stemmer::stem));
        }
    }

    public boolean containsStem(String stem) {
        return stemCounts.containsKey(stem);
    }

    public int size() {
        return stemCounts.size();
    }
}
