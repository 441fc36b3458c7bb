package dk.hrassistenten.knowledge.analysis;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;

/**
 * Replaces each token by its lemmas ({@link Lemmatizer}), the further ones at the same position, as
 * Lucene's {@code HunspellStemFilter} does. Unlike that filter it stems the words the dictionary does not
 * know with Snowball rather than leaving them as they are, so that a compound the dictionary lacks
 * ("seniordagene") still meets its other inflections ("seniordage").
 */
final class LemmaFilter extends StackingFilter {

    private final Lemmatizer lemmatizer;

    LemmaFilter(TokenStream input, Lemmatizer lemmatizer) {
        super(input);
        this.lemmatizer = lemmatizer;
    }

    @Override
    List<String> terms(String token) {
        return lemmatizer.lemmas(token);
    }
}
