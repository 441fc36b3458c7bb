package dk.hrassistenten.knowledge.index;

import dk.hrassistenten.knowledge.analysis.EnglishStopWords;
import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.analysis.QuerySynonyms;
import dk.hrassistenten.knowledge.cache.BoundedCache;
import dk.hrassistenten.knowledge.query.HeadNouns;
import dk.hrassistenten.knowledge.query.PhraseTable;
import dk.hrassistenten.knowledge.query.WordTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a question into a {@link QueryPlan}: each content word becomes a concept whose alternatives are
 * its lemmas, its compound parts, its hyphen pieces, an abbreviation's expansion, its thesaurus synonyms
 * (with less credit), and, for a word neither the corpus nor the dictionary knows, the corpus terms one or
 * two edits away (typos). An English question's words and phrases are replaced by their Danish equivalents first.
 * Thread-safe.
 */
public final class QueryPlanner {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-/][\\p{L}\\p{N}]+)*");
    private static final WordTable QUESTION_WORDS = WordTable.load(PhraseTable.class, "question-words.tsv");
    private static final PhraseTable ANSWER_TYPES = PhraseTable.load(PhraseTable.class, "answer-types.tsv");
    private static final double LIGHT_VERB_WEIGHT = 0.5;
    /** Words at least this long also match their one-edit misspellings in the documents. */
    private static final int LONG_WORD = 10;
    /** The regular past tense ("savnede", "ønskede"): a verb, which says how, not what, a question asks about. */
    private static final Pattern PAST_TENSE = Pattern.compile("\\p{L}{3,}ede");

    private final HrAnalyzer analyzer;
    private final QuerySynonyms synonyms;
    private final TermStatistics statistics;

    /** Document frequencies of the index the plans are for. */
    public interface TermStatistics {
        int docFreq(String term);

        int numDocs();

        /** Index terms within the edit distance of a term that the index does not hold. */
        List<String> similarTerms(String term, int maxEdits);
    }

    public QueryPlanner(HrAnalyzer analyzer, QuerySynonyms synonyms, TermStatistics statistics) {
        this.analyzer = analyzer;
        this.synonyms = synonyms;
        this.statistics = statistics;
    }

    /** Plans a question, telling its language by its function words. */
    public QueryPlan plan(String question) {
        return plan(question, EnglishStopWords.isEnglish(question));
    }

    /** One word (or English phrase) of the question and what it may be written as in the documents. */
    private record Slot(String word, List<String> alternatives, List<List<String>> groups, List<String> synonyms, boolean foreign) {
        Slot(String word, List<String> alternatives, List<List<String>> groups, List<String> synonyms) {
            this(word, alternatives, groups, synonyms, false);
        }
    }

    /** Plans a question, or a topic cut out of one, whose language the caller knows. */
    public QueryPlan plan(String question, boolean english) {
        return plans.get(new PlanKey(question, english), k -> planAnew(k.question(), k.english()));
    }

    /**
     * One message is planned several times (the search, the unit lookup of a who-question, the not-found reply's
     * lookup), and staff ask the same questions again and again. A plan depends only on the text, the language and
     * this planner's index, which never changes (a re-index makes a new planner), and is immutable: plans are kept
     * per text, bounded.
     */
    private static final int PLAN_CACHE_LIMIT = 5_000;
    private final BoundedCache<PlanKey, QueryPlan> plans = new BoundedCache<>(PLAN_CACHE_LIMIT);

    private record PlanKey(String question, boolean english) {
    }

    private QueryPlan planAnew(String question, boolean english) {
        // The question phrase ("hvor gammel", "hvilken dato", "how often") says what kind of answer is wanted, not its topic.
        String topic = ANSWER_TYPES.longest(question)
                .map(m -> question.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + question.substring(m.end()))
                .orElse(question);
        List<Slot> slots = english ? englishSlots(topic) : danishSlots(topic);
        Map<String, Concept> concepts = new LinkedHashMap<>();
        for (Slot slot : slots) {
            Concept concept = concept(slot, english);
            if (concept != null) {
                concepts.putIfAbsent(String.join("|", new TreeSet<>(concept.terms())) + "|" + concept.groups(), concept);
            }
        }
        return new QueryPlan(question, List.copyOf(concepts.values()), english, answerType(question));
    }

    /**
     * The answer type of the question's longest question phrase; but "hvor meget må jeg …" asks for a rule, which
     * need not be a number ("det aftales med lederen").
     */
    static QueryPlan.AnswerType answerType(String question) {
        QueryPlan.AnswerType type = byQuestionWords(question);
        return type == QueryPlan.AnswerType.OTHER ? whatIsAsked(question).orElse(type) : type;
    }

    /**
     * The answer type the question words alone give ("hvornår", "hvor mange"), OTHER when they give none: a type
     * read from a "what"-question's noun is less sure, and a quote may then answer only a question it covers well.
     */
    public static QueryPlan.AnswerType byQuestionWords(String question) {
        QueryPlan.AnswerType type = ANSWER_TYPES.longest(question).map(m -> QueryPlan.AnswerType.valueOf(m.label()))
                .orElse(QueryPlan.AnswerType.OTHER);
        if (type == QueryPlan.AnswerType.NUMBER && ANSWER_TYPES.contains(question, QueryPlan.AnswerType.RULE.name())) {
            return QueryPlan.AnswerType.RULE;
        }
        if (type == QueryPlan.AnswerType.RULE) {
            // "Hvornår skal man melde sig syg?", "Hvor skal jeg aflevere …?": the question word asks for a time or a
            // place that the rule sets; "skal man" alone ("Skal man melde sig syg før kl. 7?") asks for the rule.
            Optional<QueryPlan.AnswerType> asked = ANSWER_TYPES.all(question).stream().map(m -> QueryPlan.AnswerType.valueOf(m.label()))
                    .filter(t -> t == QueryPlan.AnswerType.DATE || t == QueryPlan.AnswerType.PLACE || t == QueryPlan.AnswerType.PERSON_OR_UNIT)
                    .findFirst();
            return asked.orElse(type);
        }
        return type;
    }

    /**
     * "Hvad er beløbsgrænsen …?", "Hvad må en cykel højst koste?", "What is the hourly supplement …?": a "what" whose
     * next words name a measure (an amount, a deadline, a place: asked-nouns.tsv, compounds by their last part) asks
     * for that shape, as "hvor meget" and "hvornår" do.
     */
    static Optional<QueryPlan.AnswerType> whatIsAsked(String question) {
        Optional<PhraseTable.Match> frame = WHAT_FRAMES.atStart(question.strip());
        if (frame.isEmpty() || !frame.get().label().equals("WHAT")) {
            return Optional.empty();
        }
        return measureAfter(question.strip(), frame.get().end(), true)
                .map(l -> l.equals("MONEY") ? QueryPlan.AnswerType.NUMBER : QueryPlan.AnswerType.valueOf(l));
    }

    /**
     * Whether the question asks for a sum of money: the measure its question words open with is one ("Hvad er
     * beløbsgrænsen", "Hvor meget koster", "Hvor meget får man i tillæg", and asked second: "Kan man få tilskud, og hvor
     * stort er beløbet?"); "Hvor mange gange kan man få engangsvederlag?" counts times, though it names a sum.
     */
    public static boolean asksForASum(String question) {
        String q = question.strip();
        Optional<PhraseTable.Match> what = WHAT_FRAMES.atStart(q).filter(m -> m.label().equals("WHAT"));
        Optional<PhraseTable.Match> asked = ANSWER_TYPES.longest(q);
        // "hvad koster", "hvor dyrt", "hvor mange penge": the question words name the measure themselves
        Optional<String> own = asked.flatMap(m -> java.util.Arrays.stream(q.substring(m.start(), m.end()).split("\\s+"))
                .map(ASKED_NOUNS::labelOf).flatMap(Optional::stream).findFirst());
        Optional<String> measure = what.isPresent() ? measureAfter(q, what.get().end(), true)
                : own.or(() -> asked.flatMap(m -> measureAfter(q, m.end(), false)));
        return measure.filter("MONEY"::equals).isPresent();
    }

    /**
     * The label of the first measure word among the few words after {@code from}, skipping articles. After "hvad er"
     * a preposition ends the phrase asked about ("Hvad er formålet med tillægget?" asks for the purpose); after "hvor
     * meget" the measure may follow one ("Hvor meget får man i tillæg?").
     */
    private static Optional<String> measureAfter(String question, int from, boolean stopAtPreposition) {
        Matcher word = WORD.matcher(question);
        int seen = 0;
        int at = from;
        while (seen < WORDS_AFTER_WHAT && word.find(at)) {
            at = word.end();
            String w = word.group().toLowerCase(Locale.ROOT);
            if (stopAtPreposition && WHAT_FRAMES.phrases("PREPOSITION").contains(w)) {
                break;
            }
            if (WHAT_FRAMES.phrases("ARTICLE").contains(w) || w.length() <= 2) {
                continue;
            }
            seen++;
            Optional<String> label = ASKED_NOUNS.labelOf(w);
            if (label.isPresent()) {
                return label;
            }
        }
        return Optional.empty();
    }

    /** How many words after "hvad er" may name the measure: "den maksimale værdi", "en cykel højst koste". */
    private static final int WORDS_AFTER_WHAT = 3;
    private static final PhraseTable WHAT_FRAMES = PhraseTable.load(PhraseTable.class, "what-frames.tsv");
    private static final HeadNouns ASKED_NOUNS = HeadNouns.load(PhraseTable.class, "asked-nouns.tsv");

    private List<Slot> danishSlots(String question) {
        List<QuerySynonyms.Expansion> abbreviations = synonyms.expand(question, QuerySynonyms.Kind.ABBREVIATION);
        List<QuerySynonyms.Expansion> thesaurus = synonyms.expand(question, QuerySynonyms.Kind.THESAURUS);
        List<Slot> slots = new ArrayList<>();
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (ignored(word, false)) {
                continue;
            }
            List<String> weak = new ArrayList<>();
            spanning(thesaurus, m).stream().filter(a -> a.size() == 1).forEach(a -> weak.add(a.get(0)));
            // The thesaurus lists words in their dictionary form: "medarbejderne" finds the synonyms of "medarbejder".
            // Not for a hyphenated compound, whose lemma is its last part's: "UTH-rapporter" is no "rapport".
            for (String lemma : word.matches(".*[-/].*") ? List.<String>of() : analyzer.lemmas(word)) {
                if (!lemma.equals(word)) {
                    synonyms.expand(lemma, QuerySynonyms.Kind.THESAURUS).stream().flatMap(e -> e.alternatives().stream())
                            .filter(a -> a.size() == 1).forEach(a -> weak.add(a.get(0)));
                }
            }
            boolean shortForm = m.group().equals(m.group().toUpperCase(Locale.ROOT)) || word.length() > 3;
            List<List<String>> groups = new ArrayList<>(shortForm ? spanning(abbreviations, m) : List.of());
            groups.addAll(withPiecesExpanded(question, abbreviations, m));
            slots.add(new Slot(m.group(), List.of(word), groups, weak));
        }
        return slots;
    }

    /** English words and phrases become their Danish equivalents; words without one are kept (often names). */
    private List<Slot> englishSlots(String question) {
        List<QuerySynonyms.Expansion> expansions = synonyms.expand(question, QuerySynonyms.Kind.ENGLISH);
        List<Slot> slots = new ArrayList<>();
        int covered = 0;
        Matcher m = WORD.matcher(question);
        for (QuerySynonyms.Expansion e : expansions) {
            if (e.start() < covered) {
                continue; // a shorter phrase inside a longer one already taken
            }
            slots.addAll(plainWords(question, m, covered, e.start()));
            List<String> single = new ArrayList<>();
            List<List<String>> groups = new ArrayList<>();
            for (List<String> alternative : e.alternatives()) {
                if (alternative.size() == 1) {
                    single.add(alternative.get(0));
                } else {
                    groups.add(alternative);
                }
            }
            // The glossary lists every Danish word for a term; those this corpus never uses cost lookups and match nothing.
            List<String> used = single.stream().filter(w -> analyzer.lemmas(w).stream().anyMatch(t -> statistics.docFreq(t) > 0)).toList();
            if (!used.isEmpty()) {
                single = new ArrayList<>(used);
            }
            String word = e.matched().toLowerCase(Locale.ROOT);
            if (!word.contains(" ") && analyzer.isDictionaryWord(word) && !single.contains(word)) {
                single.add(word); // a loan word Danish uses too ("pilot", "senior"): "Pilotperioden" says "pilot"
            }
            slots.add(new Slot(e.matched(), single, groups, List.of()));
            covered = e.end();
        }
        slots.addAll(plainWords(question, m, covered, question.length()));
        return slots;
    }

    /** English words without an HR term: the word itself (a name?) and, less surely, a general dictionary's Danish words. */
    private List<Slot> plainWords(String question, Matcher m, int from, int to) {
        List<Slot> slots = new ArrayList<>();
        Map<Integer, List<List<String>>> dictionary = bySpanStart(synonyms.expand(question, QuerySynonyms.Kind.ENGLISH_DICTIONARY));
        m.region(from, to);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (!ignored(word, true)) {
                List<String> danish = dictionary.getOrDefault(m.start(), List.of()).stream().filter(a -> a.size() == 1).map(a -> a.get(0)).toList();
                slots.add(new Slot(m.group(), List.of(word), List.of(), danish, true));
            }
        }
        m.reset(question);
        return slots;
    }

    /**
     * The alternatives of the expansions that stand for the whole matched word: in "MR-skanninger" the thesaurus's
     * "mr." (= "hr.") is a synonym of a part, not of the compound.
     */
    private static List<List<String>> spanning(List<QuerySynonyms.Expansion> expansions, Matcher word) {
        List<List<String>> out = new ArrayList<>();
        for (QuerySynonyms.Expansion e : expansions) {
            if (e.start() == word.start() && e.end() == word.end()) {
                out.addAll(e.alternatives());
            }
        }
        return out;
    }

    /**
     * A hyphenated compound with an abbreviation for a piece, the abbreviation spelt out: "UTH-rapporter" is also
     * "utilsigtet hændelse rapporter", as a text writes "rapporter om utilsigtede hændelser".
     */
    private static List<List<String>> withPiecesExpanded(String question, List<QuerySynonyms.Expansion> expansions, Matcher word) {
        List<List<String>> out = new ArrayList<>();
        for (QuerySynonyms.Expansion e : expansions) {
            boolean piece = e.start() >= word.start() && e.end() <= word.end() && e.end() - e.start() < word.end() - word.start();
            if (!piece) {
                continue;
            }
            for (List<String> alternative : e.alternatives()) {
                List<String> spelt = new ArrayList<>(List.of(question.substring(word.start(), e.start()).split("[-/]")));
                spelt.addAll(alternative);
                spelt.addAll(List.of(question.substring(e.end(), word.end()).split("[-/]")));
                spelt.removeIf(String::isBlank);
                out.add(spelt);
            }
        }
        return out;
    }

    private static Map<Integer, List<List<String>>> bySpanStart(List<QuerySynonyms.Expansion> expansions) {
        Map<Integer, List<List<String>>> out = new LinkedHashMap<>();
        for (QuerySynonyms.Expansion e : expansions) {
            out.computeIfAbsent(e.start(), k -> new ArrayList<>()).addAll(e.alternatives());
        }
        return out;
    }

    private static boolean ignored(String word, boolean english) {
        // In English a single letter is what an apostrophe leaves ("Vestby Kommune's" → "s"), not a word.
        return QUESTION_WORDS.is("FILLER", word) || HrAnalyzer.isStopWord(word)
                || english && (EnglishStopWords.contains(word) || word.length() < 2);
    }

    /** The weight of an English word the glossary cannot translate: it says little of what a Danish text must hold. */
    static final double UNTRANSLATED_ENGLISH_WEIGHT = 1.5;

    private Concept concept(Slot slot, boolean english) {
        Set<String> terms = new LinkedHashSet<>();
        List<Set<String>> groups = new ArrayList<>();
        String joined = null;
        for (String alternative : slot.alternatives()) {
            List<String> pieces = new ArrayList<>();
            for (String p : alternative.split("[-/]")) {
                if (!p.isEmpty() && !HrAnalyzer.isStopWord(p)) {
                    pieces.add(p);
                }
            }
            if (pieces.isEmpty()) {
                continue;
            }
            String whole = String.join("", pieces);
            joined = joined == null ? whole : joined;
            terms.addAll(analyzer.lemmas(whole));
            if (pieces.size() > 1) {
                groups.add(firstLemmas(pieces));
            }
            if (slot.foreign()) {
                continue; // an English word without a Danish equivalent (often a name) is no Danish compound
            }
            List<String> parts = new ArrayList<>();
            for (String piece : pieces.size() > 1 ? pieces : List.of(whole)) {
                List<String> split = analyzer.compoundParts(piece);
                split = split.isEmpty() && unused(piece) ? usedParts(analyzer.partsAfterAShortHead(piece)) : split;
                parts.addAll(split.isEmpty() ? List.of(piece) : split);
            }
            if (parts.size() > pieces.size() || pieces.size() == 1 && parts.size() > 1) {
                groups.add(firstLemmas(parts));
            }
            for (String abbreviation : synonyms.abbreviationsOf(alternative)) {
                terms.addAll(analyzer.lemmas(abbreviation));
            }
        }
        if (joined == null && slot.groups().isEmpty()) {
            return null;
        }
        if (joined == null) {
            // Only a phrase stands for it ("e-learning" → "e-læring", two tokens): the phrase's words are the concept.
            joined = slot.word().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        }
        for (List<String> group : slot.groups()) {
            Set<String> expanded = new LinkedHashSet<>(analyzer.terms(String.join(" ", group)));
            if (expanded.size() == 1) {
                terms.addAll(expanded);
            } else if (!expanded.isEmpty()) {
                groups.add(expanded);
            }
        }
        Set<String> weak = new LinkedHashSet<>();
        slot.synonyms().forEach(s -> weak.addAll(analyzer.lemmas(s)));
        weak.removeAll(terms);
        int df = docFreq(terms, groups);
        String word = slot.alternatives().isEmpty() ? slot.word().toLowerCase(Locale.ROOT) : slot.alternatives().get(0);
        if (df == 0 && !english && word.length() > 2 && word.endsWith("s") && !word.contains("-")) {
            // A genitive the documents do not use ("HRs hovedopgave", "regionens"): the word itself.
            Concept base = concept(new Slot(slot.word().substring(0, slot.word().length() - 1),
                    List.of(word.substring(0, word.length() - 1)), slot.groups(), slot.synonyms()), false);
            if (base != null && base.known()) {
                return base;
            }
        }
        int weakDf = docFreq(weak, List.of());
        if (df == 0 && weakDf == 0 && (light(word) || PAST_TENSE.matcher(word).matches())) {
            return null;
        }
        String lemma = analyzer.lemmas(joined).get(0);
        if (df == 0 && weakDf == 0 && joined.length() >= 5 && !analyzer.isDictionaryWord(joined)) {
            // A word neither the corpus nor the dictionary knows is most likely misspelt in the question.
            terms.addAll(statistics.similarTerms(lemma, lemma.length() >= 8 ? 2 : 1));
            df = docFreq(terms, groups);
        } else if (lemma.length() >= LONG_WORD) {
            // Documents have typos too ("feriehelæggelser"): a long word also finds its one-letter misspellings.
            terms.addAll(statistics.similarTerms(lemma, 1));
        }
        boolean known = df > 0 || weakDf > 0;
        double n = Math.max(1, statistics.numDocs());
        int effectiveDf = df > 0 ? df : weakDf;
        double idf = Math.log(1 + (n - effectiveDf + 0.5) / (effectiveDf + 0.5));
        if (QUESTION_WORDS.is("LIGHT_VERB", word)) {
            idf = Math.min(idf, LIGHT_VERB_WEIGHT); // a passage need not repeat the question's verb to answer it
        }
        // A word the corpus never uses weighs more than its rarest word: the question is about something else.
        double weight = known ? idf : Math.log(1 + (n + 0.5) / 0.5) + 1;
        if (!known && slot.foreign()) {
            weight = UNTRANSLATED_ENGLISH_WEIGHT; // an English word without a Danish one cannot be in a Danish text either way
        }
        // A bound on the amount asked for ("højst", "mindst"): a passage that says it is likelier the answer, but one
        // that says "op til" or gives the amount alone covers the question nearly as well (Concept#optional).
        boolean bound = QUESTION_WORDS.is("BOUND", word);
        return new Concept(slot.word(), terms, groups, weak, weight, known, bound);
    }

    /** A common verb ("hedder", "gælder") or a bound on the amount asked for ("højst", "mindst"): words that say little about the topic. */
    private static boolean light(String word) {
        return QUESTION_WORDS.is("LIGHT_VERB", word) || QUESTION_WORDS.is("BOUND", word);
    }

    private Set<String> firstLemmas(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            out.add(analyzer.lemmas(w).get(0));
        }
        return out;
    }

    /** Whether the documents never use the word (in any of its forms). */
    private boolean unused(String word) {
        return analyzer.lemmas(word).stream().allMatch(l -> statistics.docFreq(l) == 0);
    }

    /**
     * A short head's split ("nat|tillæg"), asked only for a word the documents never use, when they use both parts
     * as words and the head is no function word: "ved|tager" and "for|slaget" are no compounds of "ved" and "for".
     */
    private List<String> usedParts(List<String> parts) {
        for (String part : parts) {
            if (HrAnalyzer.isStopWord(part) || unused(part)) {
                return List.of();
            }
        }
        return parts;
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
}
