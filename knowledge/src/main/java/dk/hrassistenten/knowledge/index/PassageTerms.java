package dk.hrassistenten.knowledge.index;

import java.util.List;
import java.util.Set;

/**
 * A passage as analysed terms, for re-ranking and sentence selection.
 *
 * @param all every term of the passage: context and text
 * @param text the terms of the text alone
 * @param headings the terms of the heading path alone
 * @param context the terms of title, organisation, committee and headings
 * @param sentences the sentences of the text, and their terms, in order
 */
public record PassageTerms(Set<String> all, Set<String> text, Set<String> headings, Set<String> context,
                           List<String> sentences, List<Set<String>> sentenceTerms) {
    public PassageTerms {
        sentences = List.copyOf(sentences);
        sentenceTerms = List.copyOf(sentenceTerms);
    }
}
