package dk.hrassistenten.knowledge.index;

import java.util.List;
import java.util.Set;

/**
 * One thing a question asks about (usually one of its words), and the index terms that count as
 * mentioning it: any single term of {@code terms}, or every term of one of the {@code groups} (the parts
 * of a compound, the words of an expanded abbreviation); or, with less credit, a synonym of
 * {@code synonyms} (from the thesaurus: near in meaning, not the same word).
 *
 * @param weight how much the concept matters: its inverse document frequency, highest for words the
 *     corpus never uses
 * @param known whether any of its terms or synonyms occurs in the corpus at all
 * @param optional whether a text may leave it out and still cover the question nearly as well ("højst" in "hvor
 *     meget kan man højst få?": an answer may say "op til" or give the amount alone); one that says it covers more
 */
public record Concept(String word, Set<String> terms, List<Set<String>> groups, Set<String> synonyms, double weight, boolean known,
                      boolean optional) {

    /** How much of an optional concept's weight a text that leaves it out misses. */
    public static final double OPTIONAL_SHARE = 0.5;
    /** How much a synonym counts against the word itself. */
    public static final double SYNONYM_CREDIT = 0.7;
    /**
     * How much a compound counts when the text has only some of its parts, times the share it has: "brugere" is
     * half of "brugerkonto", and says something of it, if less than the word.
     */
    public static final double PART_CREDIT = 0.5;

    /** A concept every answer must mention. */
    public Concept(String word, Set<String> terms, List<Set<String>> groups, Set<String> synonyms, double weight, boolean known) {
        this(word, terms, groups, synonyms, weight, known, false);
    }

    public Concept {
        terms = Set.copyOf(terms);
        groups = groups.stream().map(Set::copyOf).toList();
        synonyms = Set.copyOf(synonyms);
    }

    /** Whether a text with these terms mentions the concept itself (not only a synonym). */
    public boolean matches(Set<String> textTerms) {
        return matches((java.util.function.Predicate<String>) textTerms::contains);
    }

    /** As {@link #matches(Set)}, for a text whose terms are tested one by one (several sets without a union). */
    public boolean matches(java.util.function.Predicate<String> hasTerm) {
        for (String t : terms) {
            if (hasTerm.test(t)) {
                return true;
            }
        }
        for (Set<String> group : groups) {
            if (!group.isEmpty() && hasAll(group, hasTerm)) {
                return true;
            }
        }
        return false;
    }

    // Loops, not streams: coverage asks every concept of a question about every sentence of 40 candidates.
    private static boolean hasAll(Set<String> group, java.util.function.Predicate<String> hasTerm) {
        for (String t : group) {
            if (!hasTerm.test(t)) {
                return false;
            }
        }
        return true;
    }

    private static long countHeld(Set<String> group, java.util.function.Predicate<String> hasTerm) {
        long held = 0;
        for (String t : group) {
            if (hasTerm.test(t)) {
                held++;
            }
        }
        return held;
    }

    /**
     * 1 when a text with these terms mentions the concept, {@link #SYNONYM_CREDIT} for a synonym only, a part of
     * {@link #PART_CREDIT} for some of a compound's parts, else 0.
     */
    public double credit(Set<String> textTerms) {
        return credit((java.util.function.Predicate<String>) textTerms::contains);
    }

    /** As {@link #credit(Set)}, for a text whose terms are tested one by one. */
    public double credit(java.util.function.Predicate<String> hasTerm) {
        if (matches(hasTerm)) {
            return 1;
        }
        for (String s : synonyms) {
            if (hasTerm.test(s)) {
                return SYNONYM_CREDIT;
            }
        }
        double parts = 0;
        for (Set<String> group : groups) {
            if (group.size() > 1) {
                parts = Math.max(parts, (double) countHeld(group, hasTerm) / group.size());
            }
        }
        return PART_CREDIT * parts;
    }
}
