package dk.hrassistenten.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Danish analysis of documents and questions, from Lucene's parts and kept language data: standard
 * tokenising (which splits "HR-rådgivning" into "hr" and "rådgivning"), lower case, Danish stop words, the native
 * spelling of words written with "x" ({@link SpellingVariantFilter}: "flexjob" is "fleksjob"),
 * decompounding ({@link Decompounder}: Lucene's dictionary decompounding against the Hunspell dictionary's
 * words and the corpus's own), and lemmas ({@link Lemmatizer}: Hunspell, Snowball for words it does not know). The
 * parts of a compound stand at its position, so "whistleblowersager" also indexes "whistleblower" and
 * "sag". Thread-safe, as Lucene analyzers are.
 */
public final class HrAnalyzer extends Analyzer {

    private static final CharArraySet STOP_WORDS = DanishAnalyzer.getDefaultStopSet();

    private final Lemmatizer lemmatizer;
    private final Decompounder decompounder;

    /**
     * @param language the dictionary and thesaurus ({@link LanguageData#none()} for Snowball only)
     * @param corpusWords the lower-cased words of the corpus, which are parts of its compounds too
     */
    public HrAnalyzer(LanguageData language, Collection<String> corpusWords) {
        Hunspell hunspell = language.hunspell().orElse(null);
        this.lemmatizer = new Lemmatizer(hunspell);
        CharArraySet dictionary = new CharArraySet(language.dictionaryWords().size() + corpusWords.size(), false);
        for (String w : language.dictionaryWords()) {
            if (!STOP_WORDS.contains(w)) {
                dictionary.add(w);
            }
        }
        for (String w : corpusWords) {
            if (w.length() >= Decompounder.MIN_PART && !STOP_WORDS.contains(w)) {
                dictionary.add(w);
            }
        }
        this.decompounder = new Decompounder(CharArraySet.unmodifiableSet(dictionary), hunspell);
    }

    /** Words shorter than this are never split into parts. */
    public static final int SHORTEST_COMPOUND = Decompounder.MIN_COMPOUND;

    /**
     * Whether a word of the corpus is a part compounds are split into beyond the language data's own words: when the
     * corpus gains or loses such a word, words holding it may be split differently.
     */
    public static boolean addsCompoundPart(LanguageData language, String corpusWord) {
        return corpusWord.length() >= Decompounder.MIN_PART && !STOP_WORDS.contains(corpusWord) && !language.dictionaryWords().contains(corpusWord);
    }

    public static boolean isStopWord(String lowerCaseWord) {
        return STOP_WORDS.contains(lowerCaseWord);
    }

    /** "5,1 %" says "procent" as the question does ("Hvor mange procent …?"); the tokenizer drops the sign. */
    private static final org.apache.lucene.analysis.charfilter.NormalizeCharMap SIGNS = signs();

    private static org.apache.lucene.analysis.charfilter.NormalizeCharMap signs() {
        org.apache.lucene.analysis.charfilter.NormalizeCharMap.Builder map = new org.apache.lucene.analysis.charfilter.NormalizeCharMap.Builder();
        map.add("%", " procent ");
        return map.build();
    }

    @Override
    protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return new org.apache.lucene.analysis.charfilter.MappingCharFilter(SIGNS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new SpellingVariantFilter(stream, lemmatizer);
        stream = new CompoundPartsFilter(stream, decompounder);
        stream = new LemmaFilter(stream, lemmatizer);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** The distinct terms of a text, in order of first appearance. */
    public Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        forEachTerm(text, terms::add);
        return terms;
    }

    /** The lemmas of one lower-cased word, without decompounding. */
    public List<String> lemmas(String lowerCaseWord) {
        return lemmatizer.lemmas(lowerCaseWord);
    }

    /** Whether the Hunspell dictionary knows the lower-cased word (always false without a dictionary). */
    public boolean isDictionaryWord(String word) {
        return lemmatizer.isKnown(word);
    }

    /** The parts of a lower-cased compound, left to right, or an empty list when it is not one. */
    public List<String> compoundParts(String word) {
        return decompounder.parts(word);
    }

    /** A known word's parts after a three-letter head ("nat|tillæg"), for a question's words only; see Decompounder. */
    public List<String> partsAfterAShortHead(String word) {
        return decompounder.partsAfterAShortHead(word);
    }

    private void forEachTerm(String text, Consumer<String> sink) {
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
