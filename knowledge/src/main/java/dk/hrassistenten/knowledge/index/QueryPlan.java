package dk.hrassistenten.knowledge.index;

import java.util.List;
import java.util.Set;

/** A question turned into weighted concepts, with its language and what kind of answer it wants. */
public record QueryPlan(String question, List<Concept> concepts, boolean english, AnswerType answerType) {

    /** What shape of answer a question asks for, judged by its question words. */
    public enum AnswerType {
        /** a date, a time, a period or a frequency */
        DATE,
        /** a count, an amount, a duration */
        NUMBER,
        /** a place or an address */
        PLACE,
        /** a person or a unit */
        PERSON_OR_UNIT,
        /** a rule, a right or a duty ("må jeg …", "skal jeg …") */
        RULE,
        OTHER
    }

    public QueryPlan {
        concepts = List.copyOf(concepts);
    }

    /** The weighted share of the question's concepts that a text with these terms mentions, 0 to 1. */
    public double coverage(Set<String> textTerms) {
        return coverage((java.util.function.Predicate<String>) textTerms::contains);
    }

    /** As {@link #coverage(Set)}, for a text whose terms are tested one by one (several sets without their union). */
    public double coverage(java.util.function.Predicate<String> hasTerm) {
        double total = 0;
        double matched = 0;
        for (Concept c : concepts) {
            double credit = c.credit(hasTerm);
            // An optional concept left out, or said only in part, is missed at half its weight: a text that says it
            // still covers the question best, one that does not is not far behind.
            double weight = c.optional() && credit < 1 ? c.weight() * Concept.OPTIONAL_SHARE : c.weight();
            total += weight;
            matched += weight * credit;
        }
        return total == 0 ? 0 : matched / total;
    }

    /**
     * Every term that counts for some concept (its terms, its groups' terms, its synonyms): a text's coverage depends
     * only on which of these it holds, and a text holding none has coverage 0.
     */
    public Set<String> allTerms() {
        Set<String> all = new java.util.HashSet<>();
        for (Concept c : concepts) {
            all.addAll(c.terms());
            c.groups().forEach(all::addAll);
            all.addAll(c.synonyms());
        }
        return all;
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }
}
