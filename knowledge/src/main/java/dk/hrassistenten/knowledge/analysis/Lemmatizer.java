package dk.hrassistenten.knowledge.analysis;

import dk.hrassistenten.knowledge.query.DataFile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The dictionary forms of a Danish word: its Hunspell roots ("ledelsen" → "ledelse", "arbejder" →
 * "arbejder", "arbejde"), plus the verb of a verbal noun ("håndtering" → "håndtere") and the practice of a
 * practitioner ("fysioterapeut" → "fysioterapi"), by the rules of
 * {@code derivations-da.tsv}, checked against the dictionary). A word the dictionary does not know (a
 * compound it lacks, a name, an English word) gets its Snowball stem instead. Without a dictionary every
 * word gets its Snowball stem. Thread-safe; results are cached, bounded.
 */
public final class Lemmatizer {

    private static final int CACHE_LIMIT = 300_000;
    private static final ThreadLocal<DanishStemmer> SNOWBALL = ThreadLocal.withInitial(DanishStemmer::new);
    private static final List<String[]> DERIVATIONS = derivations();

    private final Hunspell hunspell;
    private final ConcurrentHashMap<String, List<String>> cache = new ConcurrentHashMap<>();

    /** @param hunspell the dictionary, or null for Snowball stemming only */
    public Lemmatizer(Hunspell hunspell) {
        this.hunspell = hunspell;
    }

    /** The lemmas of a lower-cased word, at least one, the most likely first. */
    public List<String> lemmas(String word) {
        List<String> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        List<String> lemmas = compute(word);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, lemmas);
        return lemmas;
    }

    private List<String> compute(String word) {
        if (hunspell == null || word.length() < 2 || !word.chars().allMatch(Character::isLetter)) {
            return List.of(snowball(word));
        }
        List<String> roots = hunspell.getRoots(word);
        if (roots.isEmpty()) {
            return List.of(snowball(word));
        }
        Set<String> lemmas = new LinkedHashSet<>();
        for (String root : roots) {
            lemmas.add(root.toLowerCase(Locale.ROOT));
        }
        for (String lemma : List.copyOf(lemmas)) {
            for (String[] rule : DERIVATIONS) {
                if (lemma.endsWith(rule[0]) && lemma.length() - rule[0].length() >= 3) {
                    String source = lemma.substring(0, lemma.length() - rule[0].length()) + rule[1];
                    if (hunspell.getRoots(source).contains(source)) {
                        lemmas.add(source);
                    }
                }
            }
        }
        return List.copyOf(lemmas);
    }

    /** Whether the dictionary knows the lower-cased word (has roots for it); false without a dictionary. */
    public boolean isKnown(String word) {
        return hunspell != null && word.chars().allMatch(Character::isLetter) && !hunspell.getRoots(word).isEmpty();
    }

    /** Snowball's Danish stem, the fallback for words without a dictionary form. */
    public static String snowball(String word) {
        DanishStemmer s = SNOWBALL.get();
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }

    private static List<String[]> derivations() {
        return DataFile.lines(Lemmatizer.class, "derivations-da.tsv").stream().map(l -> l.strip().split("\t")).toList();
    }
}
