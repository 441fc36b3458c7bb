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
 * Replaces each token by one or more terms at its position, as synonyms are stacked: the first term takes the
 * token's place, the others follow with a position increment of 0.
 */
abstract class StackingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    StackingFilter(TokenStream input) {
        super(input);
    }

    /** The terms standing for a token, at least one; the first takes its place. */
    abstract List<String> terms(String token);

    @Override
    public final boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        List<String> terms = terms(term.toString());
        term.setEmpty().append(terms.get(0));
        if (terms.size() > 1) {
            pending.addAll(terms.subList(1, terms.size()));
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
