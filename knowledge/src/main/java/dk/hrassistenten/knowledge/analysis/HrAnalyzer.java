package dk.hrassistenten.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Danish analysis used for both the documents and the questions: standard tokenising (which splits
 * "HR-rådgivning" into "hr" and "rådgivning"), lower case, Danish stop words, decompounding against the
 * corpus vocabulary, and stemming ({@link Stemmer}). Thread-safe, as Lucene analyzers are.
 */
public final class HrAnalyzer extends Analyzer {

    private static final CharArraySet STOP_WORDS = DanishAnalyzer.getDefaultStopSet();
    private final CompoundSplitter splitter;

    public HrAnalyzer(CompoundSplitter splitter) {
        this.splitter = splitter;
    }

    public static boolean isStopWord(String lowerCaseWord) {
        return STOP_WORDS.contains(lowerCaseWord);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new DecompoundFilter(stream, splitter);
        stream = new StemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** The distinct terms of a text, in order of first appearance. */
    public Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        forEachTerm(text, terms::add);
        return terms;
    }

    private void forEachTerm(String text, java.util.function.Consumer<String> sink) {
        try (TokenStream ts = tokenStream("content", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.accept(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
