package dk.hrassistenten.knowledge.analysis;

import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Snowball's Danish stemmer, plus two steps it lacks: the nominal ending "-ing"/"-ning", so that the verb
 * and its noun meet ("udvikler"/"udvikling", "rådgiver"/"rådgivning", "håndterer"/"håndtering"), and the
 * regular past tense "-ede".
 * Thread-safe (one Snowball stemmer per thread).
 */
public final class Stemmer {

    private static final ThreadLocal<DanishStemmer> STEMMER = ThreadLocal.withInitial(DanishStemmer::new);
    private static final int MIN_STEM = 4;
    private static final int PAST_TENSE_MIN = 7;

    private Stemmer() {
    }

    /** The stem of a lower-cased word. */
    public static String stem(String lowerCaseWord) {
        // Snowball leaves the regular past tense as "drøfted": stem it like the infinitive ("drøfte"), so that
        // "drøftede" meets "drøfter", "drøftes" and "drøftelse".
        String word = lowerCaseWord.length() >= PAST_TENSE_MIN && lowerCaseWord.endsWith("ede")
                ? lowerCaseWord.substring(0, lowerCaseWord.length() - 2) : lowerCaseWord;
        DanishStemmer s = STEMMER.get();
        s.setCurrent(word);
        s.stem();
        String stem = s.getCurrent();
        if (stem.endsWith("ning") && stem.length() - 4 >= MIN_STEM) {
            return stem.substring(0, stem.length() - 4);
        }
        if (stem.endsWith("ing") && stem.length() - 3 >= MIN_STEM) {
            return stem.substring(0, stem.length() - 3);
        }
        return stem;
    }
}
