package dk.hrassistenten.knowledge.analysis;

import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Snowball's Danish stemmer, plus one step it lacks: the nominal ending "-ing"/"-ning", so that the verb
 * and its noun meet ("udvikler"/"udvikling", "rådgiver"/"rådgivning", "håndterer"/"håndtering").
 * Thread-safe (one Snowball stemmer per thread).
 */
public final class Stemmer {

    private static final ThreadLocal<DanishStemmer> STEMMER = ThreadLocal.withInitial(DanishStemmer::new);
    private static final int MIN_STEM = 4;

    private Stemmer() {
    }

    /** The stem of a lower-cased word. */
    public static String stem(String lowerCaseWord) {
        DanishStemmer s = STEMMER.get();
        s.setCurrent(lowerCaseWord);
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
