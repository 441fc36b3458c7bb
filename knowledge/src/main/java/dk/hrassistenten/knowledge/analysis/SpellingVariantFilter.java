package dk.hrassistenten.knowledge.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes a word Danish spells both ways in its native spelling: "flexjob" is "fleksjob", "extra" is "ekstra",
 * "flextid" is "flekstid". Documents and questions use both, and the dictionary knows the native one (and its
 * compounds' parts). A word the dictionary knows as it is ("flexicurity") is left alone.
 */
final class SpellingVariantFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Lemmatizer lemmatizer;

    SpellingVariantFilter(TokenStream input, Lemmatizer lemmatizer) {
        super(input);
        this.lemmatizer = lemmatizer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String token = term.toString();
        if (token.indexOf('x') >= 0) {
            String variant = nativeSpelling(token);
            if (!variant.equals(token) && !lemmatizer.isKnown(token)) {
                term.setEmpty().append(variant);
            }
        }
        return true;
    }

    /** The word with "x" written "ks", when it is a word of letters (not "x2" or a code). */
    static String nativeSpelling(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetter(token.charAt(i))) {
                return token;
            }
        }
        return token.replace("x", "ks");
    }
}
