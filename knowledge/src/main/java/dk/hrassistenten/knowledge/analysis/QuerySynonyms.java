package dk.hrassistenten.knowledge.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Other words for a question's words, found with Lucene's {@link SynonymGraphFilter} at query time from
 * four kinds of synonym data: English HR terms and their Danish equivalents ({@code english-danish.tsv}),
 * abbreviations (shipped in {@code abbreviations.tsv}, and those the corpus defines as "Long name (ABBR)"),
 * the Danish thesaurus ({@link LanguageData#thesaurus()}) and a few shipped Danish HR synonyms
 * ({@code danish-synonyms.tsv}). Multi-word inputs ("sick leave") are matched as phrases, longest first.
 * An output of several words ("medindflydelse medbestemmelse") is one alternative whose words must all be
 * present. Immutable and thread-safe.
 */
public final class QuerySynonyms {

    /** Where a synonym comes from: English and abbreviations stand for the word; the thesaurus only near it. */
    public enum Kind {
        /** the shipped English HR terms: the Danish words documents use for them */
        ENGLISH,
        /** a general Danish-English dictionary, reversed: less sure than the HR terms */
        ENGLISH_DICTIONARY,
        ABBREVIATION,
        THESAURUS
    }

    /** The question's words from {@code start} to {@code end} (character offsets) may be any of these. */
    public record Expansion(int start, int end, String matched, List<List<String>> alternatives) {
        public Expansion {
            alternatives = alternatives.stream().map(List::copyOf).toList();
        }
    }

    /** Joins the words of one multi-word alternative inside a single output token. */
    private static final char GROUP = '+';
    private static final Pattern DEFINED_ABBREVIATION = Pattern.compile("([\\p{Lu}][\\p{L}\\- ,]{3,80}?)\\s*\\((\\p{Lu}{2,6})\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final SynonymMap ENGLISH = build(table("english-danish.tsv"), true);
    private static final Map<String, List<String>> SHIPPED_ABBREVIATIONS = table("abbreviations.tsv");
    private static final Map<LanguageData, SynonymMap> THESAURI = new ConcurrentHashMap<>();
    private static final Map<LanguageData, SynonymMap> ENGLISH_DICTIONARIES = new ConcurrentHashMap<>();

    private final Map<String, List<String>> abbreviationTable;
    private final SynonymMap abbreviations;
    private final SynonymMap thesaurus;
    private final SynonymMap englishDictionary;

    private QuerySynonyms(Map<String, List<String>> abbreviationTable, SynonymMap thesaurus, SynonymMap englishDictionary) {
        this.abbreviationTable = Map.copyOf(abbreviationTable);
        this.abbreviations = build(abbreviationTable, false);
        this.thesaurus = thesaurus;
        this.englishDictionary = englishDictionary;
    }

    /** The shipped data, the language data's thesaurus, and the abbreviations the texts define. */
    public static QuerySynonyms of(LanguageData language, Iterable<String> corpusTexts) {
        List<Map<String, List<String>>> defined = new ArrayList<>();
        corpusTexts.forEach(text -> defined.add(definedAbbreviations(text)));
        return withDefinitions(language, defined);
    }

    /**
     * The shipped data, the language data's thesaurus, and the abbreviations each document defines
     * ({@link #definedAbbreviations}, in corpus order: the first definition of an abbreviation counts).
     */
    public static QuerySynonyms withDefinitions(LanguageData language, List<Map<String, List<String>>> definedByDocument) {
        Map<String, List<String>> abbreviations = new HashMap<>(SHIPPED_ABBREVIATIONS);
        definedByDocument.forEach(defined -> defined.forEach(abbreviations::putIfAbsent));
        SynonymMap thesaurus = THESAURI.computeIfAbsent(language, QuerySynonyms::thesaurusMap);
        SynonymMap englishDictionary = ENGLISH_DICTIONARIES.computeIfAbsent(language, l -> build(l.englishToDanish(), true));
        return new QuerySynonyms(abbreviations, thesaurus, englishDictionary);
    }

    /**
     * The abbreviations a text defines as "Long name (ABBR)", lower-cased, the first definition of each, in text
     * order: what a store keeps of a document for the synonyms, so that an unchanged document is not read again.
     */
    public static Map<String, List<String>> definedAbbreviations(String text) {
        Map<String, List<String>> defined = new LinkedHashMap<>();
        Matcher m = DEFINED_ABBREVIATION.matcher(text);
        while (m.find()) {
            String[] words = m.group(1).strip().split("\\s+");
            // the last few words: "… arbejder i Center for Udvikling (CFU)" defines CFU by the name only
            String name = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length));
            defined.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), List.of(name.toLowerCase(Locale.ROOT)));
        }
        return defined;
    }

    private static SynonymMap thesaurusMap(LanguageData language) {
        Map<String, List<String>> entries = new LinkedHashMap<>(language.thesaurus());
        table("danish-synonyms.tsv").forEach((word, others) -> entries.merge(word, others, (a, b) -> {
            List<String> all = new ArrayList<>(b);
            a.stream().filter(w -> !all.contains(w)).forEach(all::add);
            return all;
        }));
        return build(entries, false);
    }

    /** The expansions of the text's words by one kind of synonym data, in text order. */
    public List<Expansion> expand(String text, Kind kind) {
        SynonymMap map = switch (kind) {
            case ENGLISH -> ENGLISH;
            case ENGLISH_DICTIONARY -> englishDictionary;
            case ABBREVIATION -> abbreviations;
            case THESAURUS -> thesaurus;
        };
        if (map.fst == null) {
            return List.of(); // no data of this kind (a dictionary not installed): the filter refuses an empty map
        }
        boolean english = kind == Kind.ENGLISH || kind == Kind.ENGLISH_DICTIONARY;
        Map<Long, List<List<String>>> bySpan = new LinkedHashMap<>();
        try (TokenStream ts = new SynonymGraphFilter(words(tokenizer(text), english), map, true)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                    long span = ((long) offset.startOffset() << 32) | offset.endOffset();
                    List<String> words = List.of(term.toString().split(Pattern.quote(String.valueOf(GROUP))));
                    bySpan.computeIfAbsent(span, k -> new ArrayList<>()).add(words);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Expansion> out = new ArrayList<>();
        bySpan.forEach((span, alternatives) -> {
            int start = (int) (span >>> 32);
            int end = (int) (span & 0xffffffffL);
            out.add(new Expansion(start, end, text.substring(start, end), alternatives));
        });
        return out;
    }

    /** The abbreviations of a lower-cased word: those with an expansion that is the word ("mus" for "medarbejderudviklingssamtale"). */
    public List<String> abbreviationsOf(String lowerCaseWord) {
        List<String> found = new ArrayList<>();
        abbreviationTable.forEach((abbreviation, expansions) -> {
            for (String expansion : expansions) {
                if (expansion.equals(lowerCaseWord)) {
                    found.add(abbreviation);
                }
            }
        });
        return found;
    }

    /** Lower case; English words also in their dictionary form ("offered" → "offer"), so the data need list one form. */
    private static TokenStream words(StandardTokenizer tokenizer, boolean english) {
        TokenStream stream = new LowerCaseFilter(tokenizer);
        return english ? new KStemFilter(stream) : stream;
    }

    private static StandardTokenizer tokenizer(String text) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    private static SynonymMap build(Map<String, List<String>> entries, boolean englishInput) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        CharsRefBuilder scratch = new CharsRefBuilder();
        entries.forEach((input, outputs) -> {
            List<String> inputWords = englishInput ? englishWords(input) : words(input);
            if (inputWords.isEmpty()) {
                return;
            }
            CharsRef in = SynonymMap.Builder.join(inputWords.toArray(String[]::new), scratch);
            for (String output : outputs) {
                List<String> outputWords = words(output);
                if (!outputWords.isEmpty() && !outputWords.equals(inputWords)) {
                    builder.add(in, new CharsRef(String.join(String.valueOf(GROUP), outputWords)), true);
                }
            }
        });
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> englishWords(String phrase) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = words(tokenizer(phrase), true)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(phrase.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * A shipped table: {@code input<TAB>output …} lines, the outputs separated by tabs, or, in one column
     * of outputs, by single spaces for single words; "#" starts a comment. A line of synonyms without a tab
     * after the first ("a<TAB>b<TAB>c") makes every word a synonym of the others.
     */
    private static Map<String, List<String>> table(String resource) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        try (InputStream in = QuerySynonyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean groups = resource.equals("danish-synonyms.tsv");
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (groups) {
                    for (String word : cols) {
                        List<String> others = Arrays.stream(cols).map(String::strip).filter(w -> !w.equals(word.strip())).toList();
                        entries.merge(word.strip().toLowerCase(Locale.ROOT), others, QuerySynonyms::union);
                    }
                } else if (cols.length >= 2) {
                    List<String> outputs = cols.length == 2 ? List.of(cols[1].strip().split(" ")) : Arrays.stream(cols).skip(1).map(String::strip).toList();
                    if (resource.equals("abbreviations.tsv")) {
                        // an abbreviation stands for each whole expansion, one a column
                        outputs = Arrays.stream(cols).skip(1).map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
                    }
                    entries.merge(cols[0].strip().toLowerCase(Locale.ROOT), outputs, QuerySynonyms::union);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(w -> !all.contains(w)).forEach(all::add);
        return all;
    }
}
