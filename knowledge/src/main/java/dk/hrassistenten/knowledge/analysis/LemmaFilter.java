package dk.hrassistenten.knowledge.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each token by its lemmas ({@link Lemmatizer}), the further ones at the same position, as
 * Lucene's {@code HunspellStemFilter} does. Unlike that filter it stems the words the dictionary does not
 * know with Snowball rather than leaving them as they are, so that a compound the dictionary lacks
 * ("seniordagene") still meets its other inflections ("seniordage").
 */
final class LemmaFilter extends TokenFilter {

    private final Lemmatizer lemmatizer;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    LemmaFilter(TokenStream input, Lemmatizer lemmatizer) {
        super(input);
        this.lemmatizer = lemmatizer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        List<String> lemmas = lemmatizer.lemmas(term.toString());
        term.setEmpty().append(lemmas.get(0));
        if (lemmas.size() > 1) {
            pending.addAll(lemmas.subList(1, lemmas.size()));
            current = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
