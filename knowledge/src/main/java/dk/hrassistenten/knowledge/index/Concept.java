package dk.hrassistenten.knowledge.index;

import java.util.List;
import java.util.Set;

/**
 * One thing a question asks about (usually one of its words), and the index terms that count as
 * mentioning it: any single term of {@code terms}, or every term of one of the {@code groups} (the parts
 * of a compound, the words of an expanded abbreviation).
 *
 * @param weight how much the concept matters: its inverse document frequency, highest for words the
 *     corpus never uses
 * @param known whether any of its terms occurs in the corpus at all
 */
public record Concept(String word, Set<String> terms, List<Set<String>> groups, double weight, boolean known) {
    public Concept {
        terms = Set.copyOf(terms);
        groups = groups.stream().map(Set::copyOf).toList();
    }

    /** Whether a text with these terms mentions the concept. */
    public boolean matches(Set<String> textTerms) {
        for (String t : terms) {
            if (textTerms.contains(t)) {
                return true;
            }
        }
        for (Set<String> group : groups) {
            if (!group.isEmpty() && textTerms.containsAll(group)) {
                return true;
            }
        }
        return false;
    }
}
