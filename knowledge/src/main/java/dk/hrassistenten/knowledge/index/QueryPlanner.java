package dk.hrassistenten.knowledge.index;

import dk.hrassistenten.knowledge.analysis.CompoundSplitter;
import dk.hrassistenten.knowledge.analysis.EnglishStopWords;
import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.analysis.Stemmer;
import dk.hrassistenten.knowledge.analysis.TermLexicon;
import dk.hrassistenten.knowledge.query.PhraseTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a question into a {@link QueryPlan}: English is rewritten into Danish search words, each content
 * word becomes a concept whose alternatives are its stem, its compound parts, its hyphen pieces, an
 * abbreviation's expansion, and, for a word the corpus does not know, the corpus terms one or two edits
 * away (typos). Thread-safe.
 */
public final class QueryPlanner {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-/][\\p{L}\\p{N}]+)*");
    /** Question words and fillers that carry no topic, beyond Lucene's Danish stop words. */
    private static final Set<String> FILLER = Set.of(
            "hvem", "hvad", "hvor", "hvornår", "hvilke", "hvilken", "hvilket", "hvordan", "hvorfor", "mange", "meget",
            "jeg", "mig", "min", "mit", "mine", "vi", "os", "vores", "man", "kan", "skal", "må", "gerne", "blive",
            "bliver", "blev", "få", "får", "fik", "går", "gør", "gøre", "tage", "tager", "andet", "andre", "nogen",
            "noget", "nogle", "egentlig", "mon", "hej", "tak", "godt", "lige", "altså", "the", "a", "an", "vedrørende", "vedr",
            "angående", "omkring", "ifølge", "blandt", "sådan", "hvis", "derfor", "også", "via", "hen", "både");
    /**
     * Common verbs that say little about a question's topic. They weigh little when the documents use them;
     * when they do not, they are left out rather than taken as a sign that the question is about something
     * the documents do not cover ("hvad hed …", "hvem havde meldt afbud …").
     */
    private static final Set<String> LIGHT_VERBS = Set.of(
            "hed", "hedder", "hedde", "hedt", "kaldes", "kaldte", "kaldt", "meldt", "melde", "meldte", "meldes", "sagt", "sagde",
            "siger", "sige", "lavet", "lave", "laver", "lavede", "laves", "gjort", "gjorde", "fået", "gået", "gik", "kom", "kommet",
            "kommer", "komme", "står", "stod", "stået", "ligger", "lå", "ligget", "gav", "givet", "giver", "give", "holdt", "holder",
            "satte", "sat", "sætter", "fandt", "fundet", "finder", "findes", "fandtes", "været", "havde", "haft", "blevet", "skete",
            "sket", "sker", "foregår", "foregik", "gælder", "gjaldt", "betyder", "betød", "nævnt", "nævnte", "nævnes", "omtalt",
            "tænkt", "ment", "mener", "mente", "vide", "ved", "vidste", "kender", "kendte");
    private static final double LIGHT_VERB_WEIGHT = 0.5;
    /** The regular past tense ("savnede", "ønskede"): a verb, which says how, not what, a question asks about. */
    private static final Pattern PAST_TENSE = Pattern.compile("\\p{L}{3,}ede");
    /** The question words that tell what shape of answer is wanted, as data (answer-types.tsv). */
    private static final PhraseTable ANSWER_TYPES = PhraseTable.load(PhraseTable.class, "answer-types.tsv");

    /** Words at least this long also match their one-edit misspellings in the documents. */
    private static final int LONG_WORD = 10;

    private final HrAnalyzer analyzer;
    private final CompoundSplitter splitter;
    private final TermLexicon lexicon;
    private final TermStatistics statistics;

    /** Document frequencies of the index the plans are for. */
    public interface TermStatistics {
        int docFreq(String term);

        int numDocs();

        /** Index terms within the edit distance of a term that the index does not hold. */
        List<String> similarTerms(String term, int maxEdits);
    }

    public QueryPlanner(HrAnalyzer analyzer, CompoundSplitter splitter, TermLexicon lexicon, TermStatistics statistics) {
        this.analyzer = analyzer;
        this.splitter = splitter;
        this.lexicon = lexicon;
        this.statistics = statistics;
    }

    /** Plans a question, telling its language by its function words. */
    public QueryPlan plan(String question) {
        return plan(question, EnglishStopWords.isEnglish(question));
    }

    /** Plans a question, or a topic cut out of one, whose language the caller knows. */
    public QueryPlan plan(String question, boolean english) {
        List<List<String>> words = english ? lexicon.translateEnglish(question) : danishWords(question);
        Map<String, Concept> concepts = new LinkedHashMap<>();
        for (List<String> alternatives : words) {
            Concept concept = null;
            for (String alternative : alternatives) {
                Matcher m = WORD.matcher(alternative);
                while (m.find()) {
                    String word = m.group().toLowerCase(Locale.ROOT);
                    if (FILLER.contains(word) || HrAnalyzer.isStopWord(word) || EnglishStopWords.contains(word) && english) {
                        continue;
                    }
                    concept = merge(concept, concept(word, m.group()));
                }
            }
            if (concept != null) {
                concepts.putIfAbsent(String.join("|", new java.util.TreeSet<>(concept.terms())), concept);
            }
        }
        return new QueryPlan(question, List.copyOf(concepts.values()), english, answerType(question));
    }

    private static List<List<String>> danishWords(String question) {
        List<List<String>> words = new ArrayList<>();
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            words.add(List.of(m.group()));
        }
        return words;
    }

    /** Alternatives of one English word become one concept: any of them counts, the rarest sets the weight. */
    private static Concept merge(Concept a, Concept b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Set<String> terms = new LinkedHashSet<>(a.terms());
        terms.addAll(b.terms());
        List<Set<String>> groups = new ArrayList<>(a.groups());
        groups.addAll(b.groups());
        boolean known = a.known() || b.known();
        double weight = known ? Math.max(a.known() ? a.weight() : 0, b.known() ? b.weight() : 0) : Math.max(a.weight(), b.weight());
        return new Concept(a.word(), terms, groups, weight, known);
    }

    static QueryPlan.AnswerType answerType(String question) {
        return ANSWER_TYPES.longest(question).map(m -> QueryPlan.AnswerType.valueOf(m.label())).orElse(QueryPlan.AnswerType.OTHER);
    }

    private Concept concept(String word, String original) {
        List<String> pieces = new ArrayList<>();
        for (String p : word.split("[-/]")) {
            if (!p.isEmpty() && !HrAnalyzer.isStopWord(p)) {
                pieces.add(p);
            }
        }
        if (pieces.isEmpty()) {
            return null;
        }
        Set<String> terms = new LinkedHashSet<>();
        List<Set<String>> groups = new ArrayList<>();
        String joined = String.join("", pieces);
        terms.add(Stemmer.stem(joined));
        if (pieces.size() > 1) {
            groups.add(stems(pieces));
        }
        Set<String> partStems = new LinkedHashSet<>();
        boolean anySplit = false;
        for (String piece : pieces.size() > 1 ? pieces : List.of(joined)) {
            List<String> parts = splitter.split(piece);
            anySplit |= !parts.isEmpty();
            partStems.addAll(parts.isEmpty() ? Set.of(Stemmer.stem(piece)) : stems(parts));
        }
        if (anySplit) {
            groups.add(partStems);
        }
        String expansion = lexicon.expand(word);
        if (expansion != null && (original.equals(original.toUpperCase(Locale.ROOT)) || word.length() > 3)) {
            Set<String> expanded = new LinkedHashSet<>(analyzer.terms(expansion));
            if (!expanded.isEmpty()) {
                groups.add(expanded);
            }
        }
        for (String abbreviation : lexicon.abbreviationsOf(word)) {
            terms.add(abbreviation);
        }
        int df = docFreq(terms, groups);
        if (df == 0) {
            // The documents do not use the question's word: perhaps they use a word of the same meaning.
            lexicon.synonymsOf(word).forEach(synonym -> terms.add(Stemmer.stem(synonym)));
            df = docFreq(terms, groups);
        }
        if (df == 0 && word.length() > 2 && word.endsWith("s") && !word.contains("-")) {
            // A genitive the documents do not use ("HRs hovedopgave", "regionens"): the word itself.
            Concept base = concept(word.substring(0, word.length() - 1), original.substring(0, original.length() - 1));
            if (base != null && base.known()) {
                return base;
            }
        }
        if (df == 0 && (LIGHT_VERBS.contains(word) || PAST_TENSE.matcher(word).matches())) {
            return null;
        }
        String stem = Stemmer.stem(joined);
        if (df == 0 && joined.length() >= 5) {
            // A word the corpus does not know is most likely misspelt in the question.
            terms.addAll(statistics.similarTerms(stem, stem.length() >= 8 ? 2 : 1));
            df = docFreq(terms, groups);
        } else if (stem.length() >= LONG_WORD) {
            // Documents have typos too ("feriehelæggelser"): a long word also finds its one-letter misspellings.
            terms.addAll(statistics.similarTerms(stem, 1));
        }
        boolean known = df > 0;
        double n = Math.max(1, statistics.numDocs());
        double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        if (LIGHT_VERBS.contains(word)) {
            idf = Math.min(idf, LIGHT_VERB_WEIGHT); // a passage need not repeat the question's verb to answer it
        }
        // A word the corpus never uses weighs more than its rarest word: the question is about something else.
        double weight = known ? idf : Math.log(1 + (n + 0.5) / 0.5) + 1;
        return new Concept(original, terms, groups, weight, known);
    }

    /** The frequency of the concept's most common representation. */
    private int docFreq(Set<String> terms, List<Set<String>> groups) {
        int df = 0;
        for (String t : terms) {
            df = Math.max(df, statistics.docFreq(t));
        }
        for (Set<String> group : groups) {
            int min = Integer.MAX_VALUE;
            for (String t : group) {
                min = Math.min(min, statistics.docFreq(t));
            }
            if (!group.isEmpty()) {
                df = Math.max(df, min);
            }
        }
        return df;
    }

    private static Set<String> stems(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            out.add(Stemmer.stem(w));
        }
        return out;
    }
}
