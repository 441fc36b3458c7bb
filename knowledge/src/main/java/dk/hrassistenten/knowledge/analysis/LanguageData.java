package dk.hrassistenten.knowledge.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Danish language data the analysis is built from, kept by Debian rather than by this project: the
 * Hunspell dictionary ({@code hunspell-da}: lemmas for stemming, and its words for decompounding) and the
 * LibreOffice thesaurus ({@code mythes-da}: synonyms at query time) and FreeDict's Danish-English dictionary
 * ({@code dict-freedict-dan-eng}: English questions). Found at their standard paths, or at the paths in
 * {@code HR_ASSISTANT_HUNSPELL} (the {@code .dic}; its {@code .aff} beside it), {@code HR_ASSISTANT_THESAURUS}
 * (the {@code .dat}) and {@code HR_ASSISTANT_DANISH_ENGLISH} (the {@code .dict.dz}). Without them the analysis falls back to Snowball
 * stemming and no thesaurus, and says so in {@link #warnings()}.
 *
 * <p>Loading the dictionary takes a second or two, so each set of files is loaded once per process and
 * shared: instances are immutable and thread-safe.
 */
public final class LanguageData {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageData.class);
    public static final Path STANDARD_HUNSPELL = Path.of("/usr/share/hunspell/da_DK.dic");
    public static final Path STANDARD_THESAURUS = Path.of("/usr/share/mythes/th_da_DK.dat");
    public static final Path STANDARD_DANISH_ENGLISH = Path.of("/usr/share/dictd/freedict-dan-eng.dict.dz");
    private static final Map<String, LanguageData> LOADED = new ConcurrentHashMap<>();

    private final Hunspell hunspell;
    private final Set<String> dictionaryWords;
    private final Map<String, List<String>> thesaurus;
    private final Map<String, List<String>> englishToDanish;
    private final List<String> warnings;

    private LanguageData(Hunspell hunspell, Set<String> dictionaryWords, Map<String, List<String>> thesaurus,
                         Map<String, List<String>> englishToDanish, List<String> warnings) {
        this.hunspell = hunspell;
        this.dictionaryWords = Set.copyOf(dictionaryWords);
        this.thesaurus = Map.copyOf(thesaurus);
        this.englishToDanish = Map.copyOf(englishToDanish);
        this.warnings = List.copyOf(warnings);
    }

    /** The data at the paths the environment names, or the standard paths. */
    public static LanguageData standard() {
        return at(pathFromEnvironment("HR_ASSISTANT_HUNSPELL", STANDARD_HUNSPELL),
                pathFromEnvironment("HR_ASSISTANT_THESAURUS", STANDARD_THESAURUS),
                pathFromEnvironment("HR_ASSISTANT_DANISH_ENGLISH", STANDARD_DANISH_ENGLISH));
    }

    /** No language data at all: Snowball stemming, decompounding against the corpus's words only, no thesaurus. */
    public static LanguageData none() {
        return new LanguageData(null, Set.of(), Map.of(), Map.of(), List.of());
    }

    /** The data in these files, loaded once per process. A file that is missing or unreadable is a warning. */
    public static LanguageData at(Path hunspellDic, Path thesaurusDat, Path danishEnglish) {
        return LOADED.computeIfAbsent(hunspellDic + "|" + thesaurusDat + "|" + danishEnglish, k -> load(hunspellDic, thesaurusDat, danishEnglish));
    }

    private static Path pathFromEnvironment(String variable, Path standard) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? standard : Path.of(value.strip());
    }

    private static LanguageData load(Path dic, Path dat, Path danishEnglish) {
        List<String> warnings = new ArrayList<>();
        Hunspell hunspell = null;
        Set<String> words = Set.of();
        Path aff = dic.resolveSibling(dic.getFileName().toString().replaceFirst("\\.dic$", "") + ".aff");
        if (Files.isReadable(dic) && Files.isReadable(aff)) {
            try (InputStream affIn = Files.newInputStream(aff); InputStream dicIn = Files.newInputStream(dic)) {
                hunspell = new Hunspell(new Dictionary(new ByteBuffersDirectory(), "hunspell", affIn, dicIn));
                words = dictionaryWords(dic);
            } catch (IOException | java.text.ParseException | RuntimeException e) {
                warnings.add("the Hunspell dictionary " + dic + " could not be read (" + e.getMessage() + "): stemming falls back to Snowball");
            }
        } else {
            warnings.add("no Danish Hunspell dictionary at " + dic + " (install hunspell-da or set HR_ASSISTANT_HUNSPELL):"
                    + " stemming falls back to Snowball and compounds are split against the corpus's own words only");
        }
        Map<String, List<String>> thesaurus = Map.of();
        if (Files.isReadable(dat)) {
            try {
                thesaurus = thesaurus(dat);
            } catch (IOException | RuntimeException e) {
                warnings.add("the thesaurus " + dat + " could not be read (" + e.getMessage() + "): no synonyms beyond the shipped ones");
            }
        } else {
            warnings.add("no Danish thesaurus at " + dat + " (install mythes-da or set HR_ASSISTANT_THESAURUS): no synonyms beyond the shipped ones");
        }
        Map<String, List<String>> english = Map.of();
        if (Files.isReadable(danishEnglish)) {
            try {
                english = FreeDict.englishToDanish(danishEnglish);
            } catch (IOException | RuntimeException e) {
                warnings.add("the Danish-English dictionary " + danishEnglish + " could not be read (" + e.getMessage() + ")");
            }
        } else {
            warnings.add("no Danish-English dictionary at " + danishEnglish + " (install dict-freedict-dan-eng or set"
                    + " HR_ASSISTANT_DANISH_ENGLISH): English questions use the shipped HR terms only");
        }
        warnings.forEach(LOG::warn);
        return new LanguageData(hunspell, words, thesaurus, english, warnings);
    }

    /** The dictionary's words (the part of each line before its affix flags), lower-cased. */
    private static Set<String> dictionaryWords(Path dic) throws IOException {
        Set<String> words = new java.util.HashSet<>();
        try (BufferedReader reader = Files.newBufferedReader(dic, StandardCharsets.UTF_8)) {
            reader.readLine(); // the word count
            String line;
            while ((line = reader.readLine()) != null) {
                int slash = line.indexOf('/');
                String word = (slash < 0 ? line : line.substring(0, slash)).strip();
                if (word.length() >= 3 && word.chars().allMatch(Character::isLetter)) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /**
     * The thesaurus's synonyms of single words, by headword: MyThes lines {@code word|n} followed by n lines
     * {@code |syn|syn …}. Narrower and broader terms ("(underbegreb)", "(overbegreb)") are not synonyms and are
     * left out, and so are phrases: a question's word should find words of the same meaning, nothing wider.
     */
    static Map<String, List<String>> thesaurus(Path dat) throws IOException {
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(dat, StandardCharsets.UTF_8)) {
            reader.readLine(); // the encoding
            String line;
            while ((line = reader.readLine()) != null) {
                int bar = line.lastIndexOf('|');
                if (bar <= 0) {
                    continue;
                }
                String headword = line.substring(0, bar).strip().toLowerCase(Locale.ROOT);
                int senses = Integer.parseInt(line.substring(bar + 1).strip());
                Set<String> words = new LinkedHashSet<>();
                for (int i = 0; i < senses && (line = reader.readLine()) != null; i++) {
                    for (String synonym : line.split("\\|")) {
                        String s = synonym.strip();
                        // "(ord)" is a note; "hr." for "mr." an abbreviated title, not the word "HR"
                        if (s.isEmpty() || s.contains("(") || s.contains(" ") || s.endsWith(".")) {
                            continue;
                        }
                        words.add(s.toLowerCase(Locale.ROOT));
                    }
                }
                words.remove(headword);
                if (!headword.contains(" ") && !headword.endsWith(".") && !words.isEmpty()) {
                    synonyms.merge(headword, List.copyOf(words), (a, b) -> {
                        List<String> all = new ArrayList<>(a);
                        b.stream().filter(w -> !all.contains(w)).forEach(all::add);
                        return List.copyOf(all);
                    });
                }
            }
        }
        return synonyms;
    }

    /** The Hunspell dictionary, when it could be loaded. */
    public Optional<Hunspell> hunspell() {
        return Optional.ofNullable(hunspell);
    }

    /** The dictionary's words, lower-cased (empty without a dictionary). */
    public Set<String> dictionaryWords() {
        return dictionaryWords;
    }

    /** The thesaurus's single-word synonyms by lower-cased headword (empty without a thesaurus). */
    public Map<String, List<String>> thesaurus() {
        return thesaurus;
    }

    /** Danish words for single English words, from the FreeDict Danish-English dictionary reversed (empty without it). */
    public Map<String, List<String>> englishToDanish() {
        return englishToDanish;
    }

    /** What is missing, for the start-up log and {@code index}; empty when everything was found. */
    public List<String> warnings() {
        return warnings;
    }
}
