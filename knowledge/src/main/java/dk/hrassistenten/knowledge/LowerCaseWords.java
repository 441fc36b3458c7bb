package dk.hrassistenten.knowledge;

import dk.hrassistenten.knowledge.index.Passage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the passages use in lower case, collected on first use (most snapshots never need them), or given
 * whole by a store that keeps them per document (collecting them at 10,000 documents costs seconds, and would fall
 * on the first question after every change). Thread-safe.
 */
final class LowerCaseWords {

    /** A word in lower case in running text; not a part of an address ("fjordby.dk", "hr@fjordby.dk", "/job"). */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\p{N}@./])\\p{Ll}+(?![\\p{L}\\p{N}@]|\\.\\p{L})");
    private final List<Passage> passages;
    private volatile Set<String> words;

    LowerCaseWords(List<Passage> passages) {
        this.passages = passages;
    }

    /** The words, collected already. */
    LowerCaseWords(Set<String> words) {
        this.passages = List.of();
        this.words = Set.copyOf(words);
    }

    /** The words these passages use in lower case. */
    static Set<String> of(List<Passage> passages) {
        Set<String> collected = new HashSet<>();
        Matcher m = LOWER_CASE_WORD.matcher("");
        for (Passage p : passages) {
            m.reset(p.text());
            while (m.find()) {
                collected.add(m.group());
            }
        }
        return collected;
    }

    boolean contains(String word) {
        Set<String> found = words;
        if (found == null) {
            synchronized (this) {
                if (words == null) {
                    words = Set.copyOf(of(passages));
                }
                found = words;
            }
        }
        return found.contains(word);
    }
}
