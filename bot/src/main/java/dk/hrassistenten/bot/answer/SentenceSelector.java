package dk.hrassistenten.bot.answer;

import dk.hrassistenten.bot.llm.PlantedInstructions;
import dk.hrassistenten.knowledge.document.DanishDates;
import dk.hrassistenten.knowledge.document.DocumentKind;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.index.Concept;
import dk.hrassistenten.knowledge.index.PassageTerms;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.SearchHit;
import dk.hrassistenten.knowledge.query.PhraseTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Chooses the passage that answers a question and the sentences of it to quote. The quote's main sentence must
 * hold what was asked ({@link AnswerShape}), say more than the question itself, mention what the question is
 * about and every number it names, and, for "hvor mange X", count X. A sentence that leans on the one before
 * ("Det omfatter …") brings it along; a sentence that introduces a list brings the list; a sentence addressing
 * an AI or a web page's navigation is never quoted. No passage with such a quote means no answer. Thread-safe.
 */
final class SentenceSelector {

    /** The passage and the sentences quoted from it, in document order. */
    record Selection(SearchHit hit, List<String> quote) {
        Selection {
            quote = List.copyOf(quote);
        }
    }

    static final int MAX_SENTENCES = 3;
    static final int MAX_QUOTE_CHARS = 700;
    /** A quoted sentence that ends in a colon brings the list below it, up to this many items. */
    static final int MAX_LIST_ITEMS = 8;
    static final int MAX_LIST_ITEM_CHARS = 160;
    /** Sentences scoring at least this share of the best one's score join the quote. */
    static final double COMPANION_SCORE = 0.7;
    /**
     * Sentences further than this from the main one do not join the quote: a page without headings runs several
     * subjects together, and a sentence from another paragraph answers another question.
     */
    static final int COMPANION_DISTANCE = 3;
    /** A sentence leaning on the one before brings at most this many sentences before it. */
    static final int MAX_LEAN_BACK = 2;
    /** Bonus for a sentence that holds what a constrained question asks for, when ranking sentences. */
    static final double SHAPE_BONUS = 0.2;
    /**
     * Passages scoring below this share of the best one are no candidates: when the top passages hold no quote of
     * the right shape, a weak passage that happens to hold a date or a number is a guess, not an answer.
     */
    static final double CANDIDATE_SCORE = 0.5;
    /** A quote whose best sentence covers less of the question than this says little of it. */
    static final double LITTLE_SAID = 0.65;
    /** A quote whose best sentence covers this much of the question says all of it. */
    static final double ALL_SAID = 0.9;
    /** How close to the best passage's score a passage that names a person must come to be preferred for "hvem". */
    static final double PERSON_PREFERENCE = 0.6;
    /**
     * When a section's headings alone cover this much of the question, the question asks what the section
     * says ("Hvad blev der orienteret om vedrørende ledelsestitler?"): its opening is the answer, not a
     * sentence that happens to repeat the question's words.
     */
    static final double SECTION_ABOUT_QUESTION = 0.8;

    private static final PhraseTable SUMMARY = PhraseTable.load(SentenceSelector.class, "summary-questions.tsv");
    private static final PhraseTable LEANING = PhraseTable.load(SentenceSelector.class, "leaning-starts.tsv");
    private static final PhraseTable FURNITURE = PhraseTable.load(SentenceSelector.class, "page-furniture.tsv");
    private static final PhraseTable UNSETTLED = PhraseTable.load(SentenceSelector.class, "unsettled-statements.tsv");

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(?:,\\d+)?");

    /** A word or a number, as sentences are read for what stands near what. */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\p{N}-]*|\\d+(?:,\\d+)?");
    /** A count answers "hvor mange X" when it stands at most this many words before X ("4 seniordage", "2 lokale seniordage", "6 af episoderne"). */
    static final int COUNT_DISTANCE = 3;

    private final AnswerShape shape;
    private final Function<String, Set<String>> analyse;
    /** The last question's analysed terms: a selector is asked about many hits of one question. */
    private volatile AnalysedQuestion analysed;

    private record AnalysedQuestion(String question, Set<String> terms) {
    }

    /*
     * One question's shape and quotes, kept while it is asked about the same plan: the answerability check and the
     * choice of a quote look at the same hits, and finding a quote was a third of a question's time. A selector
     * serves one question at a time (one per answer).
     */
    private QueryPlan quotedPlan;
    private AnswerShape.Asked askedOfPlan;
    private final Map<SearchHit, List<String>> quotes = new java.util.IdentityHashMap<>();

    /** @param analyse a text's index terms, as the knowledge's analyzer gives them */
    SentenceSelector(AnswerShape shape, Function<String, Set<String>> analyse) {
        this.shape = shape;
        this.analyse = analyse;
    }

    /**
     * The first of the answerable hits, best first, with a quote of the right shape. For "hvem" a nearly as good
     * passage that names a person beats one that only names a unit; a question for a role's holder ("Hvem er
     * formand for …?") needs a name.
     *
     * @param hits the hits that cover the question well enough to answer it, best first
     * @param needsAName the question asks who holds a role: only a quote naming a person answers it
     */
    Optional<Selection> choose(QueryPlan plan, List<SearchHit> hits, boolean needsAName) {
        AnswerShape.Asked asked = asked(plan);
        boolean wantsAPerson = asked.values().contains(QueryPlan.AnswerType.PERSON_OR_UNIT);
        Selection best = null;
        double bestSaid = 0;
        double top = hits.isEmpty() ? 0 : hits.get(0).score();
        for (SearchHit hit : hits) {
            // A role's holder is named where the role is ("Formand for Personaleudvalget, Grete Sørensen, bød
            // velkommen"), which may rank below a passage whose headings repeat the question's words.
            if (hit.score() < CANDIDATE_SCORE * top && !needsAName) {
                break;
            }
            List<String> quote = select(plan, asked, hit);
            if (quote.isEmpty()) {
                continue;
            }
            if (!wantsAPerson && !needsAName) {
                // A quote that says little of the question ("37 timer om ugen" for "Hvor ofte har portørerne
                // weekendvagt?") gives way to one further down that says all of it ("weekendvagt hver 3. weekend")
                double said = quoteCoverage(plan, hit, quote);
                if (best == null) {
                    best = new Selection(hit, quote);
                    bestSaid = said;
                } else if (bestSaid < LITTLE_SAID && said >= ALL_SAID) {
                    return Optional.of(new Selection(hit, quote));
                } else if (said >= bestSaid && saysABound(plan, hit, quote) && !saysABound(plan, best.hit(), best.quote())) {
                    // "Hvor meget kan man højst søge?": "Der kan højst gives 25.000 kr." over "ansat i mindst 12 måneder"
                    return Optional.of(new Selection(hit, quote));
                }
                continue;
            }
            boolean named = needsAName ? namesTheRolesHolder(plan, hit, quote) : namesAPerson(quote);
            if (best != null) {
                if (named && hit.score() >= PERSON_PREFERENCE * best.hit().score()) {
                    return Optional.of(new Selection(hit, quote));
                }
                continue;
            }
            if (needsAName && !named) {
                continue;
            }
            best = new Selection(hit, quote);
            if (!wantsAPerson || named) {
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a sentence of the quote says the bound the question puts on its amount ("højst"), an optional concept. */
    private static boolean saysABound(QueryPlan plan, SearchHit hit, List<String> quote) {
        return plan.concepts().stream().filter(Concept::optional).anyMatch(c -> quote.stream().anyMatch(q -> c.matches(termsOf(hit, q))));
    }

    /** How much of the question the quote's best sentence covers by itself. */
    private static double quoteCoverage(QueryPlan plan, SearchHit hit, List<String> quote) {
        return quote.stream().mapToDouble(s -> plan.coverage(termsOf(hit, s))).max().orElse(0);
    }

    /**
     * The sentences of the passage that answer the question, in document order, or none when no sentence holds
     * what was asked. The passage's headings count for every sentence: an answer below a question heading need
     * not repeat it.
     */
    List<String> select(QueryPlan plan, AnswerShape.Asked asked, SearchHit hit) {
        if (plan != quotedPlan || asked != askedOfPlan) {
            return quoteOf(plan, asked, hit);
        }
        return quotes.computeIfAbsent(hit, h -> quoteOf(plan, asked, h));
    }

    /** What the plan's question asks for, found once per plan. */
    AnswerShape.Asked asked(QueryPlan plan) {
        if (plan != quotedPlan) {
            quotedPlan = plan;
            askedOfPlan = AnswerShape.asked(plan);
            quotes.clear();
        }
        return askedOfPlan;
    }

    private List<String> quoteOf(QueryPlan plan, AnswerShape.Asked asked, SearchHit hit) {
        Set<String> questionTerms = questionTerms(plan.question());
        Passage p = hit.passage();
        PassageTerms analysed = hit.terms();
        List<String> sentences = analysed.sentences();
        if (p.question() && p.text().length() <= MAX_QUOTE_CHARS) {
            List<String> whole = sentences.stream().filter(SentenceSelector::quotable).toList();
            return answers(plan, asked, hit, whole) ? whole : List.of();
        }
        if (isSummaryQuestion(plan.question()) && plan.coverage(analysed.headings()) >= SECTION_ABOUT_QUESTION) {
            List<String> opening = opening(sentences);
            return answers(plan, asked, hit, opening) ? opening : List.of();
        }
        Set<String> headingTerms = analysed.context();
        Optional<Concept> topic = topic(plan, hit);
        // a proposal or an open question answers only a question about the meeting that heard it
        boolean settledOnly = !dk.hrassistenten.knowledge.search.PassageScorer.asksAboutAMeeting(plan.question());
        QueryPlan subject = subject(plan);
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (!quotable(s) || settledOnly && UNSETTLED.contains(s, "UNSETTLED")) {
                continue;
            }
            Set<String> terms = new HashSet<>(analysed.sentenceTerms().get(i));
            double own = plan.coverage(terms);
            String withList = withItsList(sentences, i);
            Set<String> near = new HashSet<>(analysed.sentenceTerms().get(i));
            boolean leans = i > 0 && leansOnThePrevious(s);
            if (leans) {
                near.addAll(analysed.sentenceTerms().get(i - 1));
            }
            // The topic may stand in the sentence before ("… et seniorseminar. Seminaret foregår på …"), or be split over
            // both ("Hotel bestilles gennem rejsebureauet. Prisen for en overnatning må højst være …" for a
            // "hotelovernatning"); then it comes along.
            Set<String> withBefore = new HashSet<>(near);
            if (i > 0) {
                withBefore.addAll(analysed.sentenceTerms().get(i - 1));
            }
            if (i > 1 && decidesOnTheOneBefore(sentences.get(i - 1))) {
                // "Indstilling: At alenearbejde på S2 ophører … Konklusion: Indstillingen blev vedtaget. Fra 1. marts 2027 …":
                // a decision taken on the proposal before it says what it is about through that proposal
                withBefore.addAll(analysed.sentenceTerms().get(i - 2));
            }
            boolean topicBefore = !mentions(topic, hit, near) && i > 0 && mentions(topic, hit, withBefore);
            boolean fits = shape.fits(asked, withList) && fitsInAField(asked, topic, s) && (mentions(topic, hit, near) || topicBefore)
                    && aboutTheQuestion(plan, asked, hit, leans ? sentences.get(i - 1) + " " + withList : withList, near);
            Set<String> beyondQuestion = new HashSet<>(analysed.sentenceTerms().get(i));
            beyondQuestion.removeAll(questionTerms); // the question's words in every analysed form (parts, lemmas) are its own
            boolean says = !shape.onlyRepeats(plan, asked, withList, analysed.sentenceTerms().get(i), beyondQuestion);
            terms.addAll(headingTerms);
            double score = plan.coverage(terms) * 0.5 + own * 0.5 + (fits && asked.constrained() ? SHAPE_BONUS : 0) - i * 0.001;
            // What the sentence itself shares with the question must include what is asked about, not only where and when.
            double ownSubject = subject.coverage(analysed.sentenceTerms().get(i));
            scored.add(new Scored(i, s, score, ownSubject, fits, says, topicBefore));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        Optional<Scored> main = scored.stream().filter(s -> (s.own() > 0 || p.question()) && s.fits() && s.says()).findFirst();
        if (main.isEmpty()) {
            return List.of();
        }
        double top = main.get().score();
        List<Scored> chosen = new ArrayList<>(List.of(main.get()));
        int chars = main.get().text().length();
        for (Scored s : scored) {
            if (chosen.size() >= MAX_SENTENCES || s.score() < COMPANION_SCORE * top) {
                break;
            }
            if (s == main.get() || s.own() == 0 || !s.says() || chars + s.text().length() > MAX_QUOTE_CHARS
                    || Math.abs(s.index() - main.get().index()) > COMPANION_DISTANCE) {
                continue;
            }
            chosen.add(s);
            chars += s.text().length();
        }
        return withContext(chosen, sentences);
    }

    private Set<String> questionTerms(String question) {
        AnalysedQuestion last = analysed;
        if (last == null || !last.question().equals(question)) {
            last = new AnalysedQuestion(question, analyse.apply(question));
            analysed = last;
        }
        return last.terms();
    }

    /** Whether a whole quote (a question's answer, a section's opening) holds what was asked and is about the question. */
    private boolean answers(QueryPlan plan, AnswerShape.Asked asked, SearchHit hit, List<String> quote) {
        Optional<Concept> topic = topic(plan, hit);
        // The sentence of the asked shape must be about the topic, itself or with the sentence before and the headings:
        // "Ved jubilæum … en gave til 500 kr. Du får desuden jubilæumsgratiale efter overenskomsten" gives no amount of
        // the gratuity.
        boolean fits = false;
        for (int i = 0; i < quote.size() && !fits; i++) {
            Set<String> near = new HashSet<>(termsOf(hit, quote.get(i)));
            if (i > 0) {
                near.addAll(termsOf(hit, quote.get(i - 1))); // "… konvertere seniordage … Du skal give besked senest 1. oktober"
            }
            fits = shape.fits(asked, quote.get(i)) && mentions(topic, hit, near);
        }
        if (!fits) {
            return false;
        }
        String text = String.join("\n", quote);
        Set<String> terms = new HashSet<>();
        quote.forEach(s -> terms.addAll(termsOf(hit, s)));
        return mentions(topic, hit, terms) && aboutTheQuestion(plan, asked, hit, text, terms);
    }

    private static Set<String> termsOf(SearchHit hit, String sentence) {
        return hit.terms().sentenceTerms().get(Math.max(0, hit.terms().sentences().indexOf(sentence)));
    }

    /** Whether these terms, with the passage's title and headings, mention the topic (or there is none). */
    private static boolean mentions(Optional<Concept> topic, SearchHit hit, Set<String> terms) {
        if (topic.isEmpty()) {
            return true;
        }
        Set<String> withContext = new HashSet<>(terms);
        withContext.addAll(hit.terms().context());
        return topic.get().matches(withContext);
    }

    /**
     * Whether a sentence, read with its passage's headings, is about what the question asks: it mentions
     * what a "hvor mange"-question counts ("seniordage" in "Hvor mange seniordage har medarbejdere på Åby
     * Sygehus?"), and every number the question names ("i 2023", "2. kvartal"). A sentence about the same place
     * in another year, or counting something else there, answers another question.
     */
    boolean aboutTheQuestion(QueryPlan plan, AnswerShape.Asked asked, SearchHit hit, String sentence, Set<String> sentenceTerms) {
        // In the sentence or in its headings, not a compound's parts spread over both ("dage" here, "senior" there).
        if (!asked.counted().isEmpty() && asked.counted().stream().noneMatch(counted ->
                (counted.matches(sentenceTerms) || counted.matches(hit.terms().headings())) && countsIt(counted, sentence))) {
            return false;
        }

        Set<String> numbers = numbers(sentence + "\n" + numberedContext(hit.passage()));
        List<String> missing = numbers(plan.question()).stream().filter(n -> !numbers.contains(n)).toList();
        if (!missing.isEmpty() && !yearsOfTheLead(missing, hit.passage(), sentence)) {
            return false;
        }
        // "Hvornår … møde i oktober 2026?": a time whose years are all others ("oktober 2025") is another time. Not for
        // other questions: "81 procent, 4 point højere end i 2022" answers for 2025 by comparing with 2022.
        if (!asked.values().contains(QueryPlan.AnswerType.DATE)) {
            return true;
        }
        return sameTime(years(plan.question()), years(sentence))
                && sameTime(DanishDates.monthsNamed(plan.question()), DanishDates.monthsNamed(sentence));
    }

    /**
     * Whether the numbers a sentence lacks are years that the passage's opening paragraph gives for all of it ("Fra
     * sæsonen 2027 får de, der bliver hele sæsonen, en bonus" above "… en bonus på 2.000 kr."), and the sentence names
     * no year of its own: then it speaks of the lead's year, not another.
     */
    private static boolean yearsOfTheLead(List<String> missing, Passage passage, String sentence) {
        if (!years(sentence).isEmpty() || !missing.stream().allMatch(n -> YEAR.matcher(n).matches())) {
            return false;
        }
        String lead = passage.text().lines().findFirst().orElse("");
        return !lead.contains(sentence) && years(lead).containsAll(missing);
    }

    /** Whether a sentence's years (or months) include one the question names, when both name any. */
    private static <T> boolean sameTime(Set<T> asked, Set<T> said) {
        return asked.isEmpty() || said.isEmpty() || said.stream().anyMatch(asked::contains);
    }

    private static Set<String> years(String text) {
        Set<String> found = new HashSet<>();
        java.util.regex.Matcher m = YEAR.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    /**
     * What the question is about as far as this passage goes: the weightiest of the question's concepts that the
     * passage mentions. A quote must mention it too, in its sentence, the sentence before, or its headings:
     * "Næste møde holdes den 4. december" does not say when the Christmas lunch the minutes mention elsewhere is.
     */
    private static Optional<Concept> topic(QueryPlan plan, SearchHit hit) {
        return plan.concepts().stream().filter(c -> c.matches(hit.terms().all()))
                .max(Comparator.comparing((Concept c) -> !isScope(plan.question(), c)).thenComparingDouble(Concept::weight));
    }

    /** The question without its scope concepts (times, names), or the whole question when it is all scope. */
    private static QueryPlan subject(QueryPlan plan) {
        List<Concept> subject = plan.concepts().stream().filter(c -> !isScope(plan.question(), c)).toList();
        return subject.isEmpty() || subject.size() == plan.concepts().size() ? plan
                : new QueryPlan(plan.question(), subject, plan.english(), plan.answerType());
    }

    /**
     * Whether a concept says where or when rather than what: a time ("juni", "2026") or a name ("Nordby Sygehus").
     * The numbers and the organisation are checked on their own; a sentence that shares only them with the question
     * ("… senest den 15. juni 2026" for "Hvornår holdes LMU-mødet på Nordby Sygehus i juni 2026?") is about another
     * thing at that place and time. An abbreviation ("LMU") names the thing asked about.
     */
    private static boolean isScope(String question, Concept c) {
        String word = c.word();
        if (word.chars().anyMatch(Character::isDigit) || !DanishDates.monthsNamed(word).isEmpty()) {
            return true;
        }
        int at = question.indexOf(word);
        boolean capitalisedName = at > 0 && Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
        return capitalisedName;
    }

    /**
     * Whether a sentence may be quoted at all: not one addressing an AI, not a web page's frame ("Sidst opdateret …",
     * "Del", "Print"), as page-furniture.tsv lists it.
     */
    static boolean quotable(String sentence) {
        if (PlantedInstructions.in(sentence)) {
            return false;
        }
        Optional<PhraseTable.Match> start = FURNITURE.atStart(sentence);
        if (start.isEmpty()) {
            return true;
        }
        boolean whole = sentence.substring(start.get().end()).replaceAll("[\\p{P}\\s]", "").isEmpty();
        return !(start.get().label().equals("START") || whole);
    }

    /**
     * Whether the word is the last part of the counted compound, as a sentence splits it ("5 samtaler om året hos en
     * psykolog" counts "psykologsamtaler"; the sentence must mention the compound's other parts too, as checked before).
     */
    private static boolean isTheHeadOf(Concept counted, String token) {
        String word = counted.word().toLowerCase(java.util.Locale.ROOT);
        String t = token.toLowerCase(java.util.Locale.ROOT);
        return t.length() >= MIN_HEAD && word.length() > t.length() + 2 && word.endsWith(t) && !counted.groups().isEmpty();
    }

    /** The shortest last part of a compound that counts for it. */
    private static final int MIN_HEAD = 4;

    /**
     * Whether a count stands just before what is counted, when the sentence names it: "har ret til 4 seniordage", not
     * "Medarbejdersiden foreslår at hæve seniordagene fra 4 til 5" for "Hvor mange medarbejdere …?". A sentence that
     * leaves what is counted to its heading ("## Seniordage: Du har 4 om året") is taken at its word.
     */
    private boolean countsIt(Concept counted, String sentence) {
        String text = AnswerShape.withoutNumbering(sentence);
        List<String> tokens = new ArrayList<>();
        java.util.regex.Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            boolean ordinal = Character.isDigit(m.group().charAt(0)) && AnswerShape.isOrdinal(text, m.end());
            tokens.add(ordinal ? "" : m.group());
        }
        boolean named = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isEmpty() || Character.isDigit(tokens.get(i).charAt(0))
                    || !counted.matches(analyse.apply(tokens.get(i))) && !isTheHeadOf(counted, tokens.get(i))) {
                continue;
            }
            named = true;
            for (int j = Math.max(0, i - COUNT_DISTANCE); j < i; j++) {
                if (AnswerShape.isACount(tokens.get(j))) {
                    return true;
                }
            }
        }
        if (named) {
            return false;
        }
        // What is counted is left to the headings: a count must stand bare ("4 om året"), not count another noun ("i en uge").
        for (int j = 0; j < tokens.size(); j++) {
            if (AnswerShape.isACount(tokens.get(j)) && (j + 1 == tokens.size() || !isContentWord(tokens.get(j + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContentWord(String token) {
        return !token.isEmpty() && Character.isLetter(token.charAt(0))
                && !dk.hrassistenten.knowledge.analysis.HrAnalyzer.isStopWord(token.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Where a passage's numbers outside its text come from: title and headings, and for minutes and agendas the
     * meeting's date, which is what they are about ("mødet i maj 2026"). A policy's date says when it was
     * written, not which year its rules or figures concern.
     */
    private static String numberedContext(Passage p) {
        if (p.kind() == DocumentKind.MINUTES || p.kind() == DocumentKind.AGENDA) {
            return p.context();
        }
        return p.title() + "\n" + String.join("\n", p.headings());
    }

    private static Set<String> numbers(String text) {
        Set<String> found = new HashSet<>();
        java.util.regex.Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceFirst("^0+(?=\\d)", ""));
        }
        return found;
    }

    /** Whether the question asks what a section says as a whole, as summary-questions.tsv words it. */
    static boolean isSummaryQuestion(String question) {
        return SUMMARY.contains(question, "SUMMARY") || SUMMARY.contains(question, "WHAT") && SUMMARY.contains(question, "REPORTED");
    }

    /** Whether a sentence leans on the one before it ("Det omfatter …", "Disse …", "This …"), as leaning-starts.tsv words it. */
    static boolean leansOnThePrevious(String sentence) {
        return LEANING.atStart(sentence).map(m -> m.label().equals("LEANS")).orElse(false);
    }

    /**
     * Whether a table's row holds the number asked for where the row speaks of the question's topic: in the field that
     * names the topic, or anywhere in a row whose first field names it ("Ydelse: Time- og dagpenge; Sats 2026: 537
     * kr."). In "Jubilæum: 25 år; Det får du: Jubilæumsgratiale efter din overenskomst; Tilskud til reception: op til
     * 2.800 kr." the gratuity has no amount, and the amount is the reception's. Any other sentence passes.
     */
    private boolean fitsInAField(AnswerShape.Asked asked, Optional<Concept> topic, String sentence) {
        String[] fields = sentence.split(";\\s+");
        if (topic.isEmpty() || !asked.values().equals(Set.of(QueryPlan.AnswerType.NUMBER)) || fields.length < 2
                || !java.util.Arrays.stream(fields).allMatch(f -> ROW_FIELD.matcher(f).lookingAt())) {
            return true; // a date's row may say in another field what it is the deadline of ("Frist for …")
        }
        boolean named = false;
        for (int i = 0; i < fields.length; i++) {
            if (topic.get().matches(analyse.apply(fields[i]))) {
                if (i == 0 || shape.fits(asked, fields[i])) {
                    return true;
                }
                named = true;
            }
        }
        return !named;
    }

    private static final java.util.regex.Pattern ROW_FIELD = java.util.regex.Pattern.compile("[^:;]{1,40}:\\s");

    /** "Konklusion: Indstillingen blev vedtaget.": a decision on the proposal told in the sentence before it. */
    static boolean decidesOnTheOneBefore(String sentence) {
        String s = LABEL.matcher(sentence.strip()).replaceFirst("");
        return s.length() <= DECISION_CHARS && LEANING.atStart(s).map(m -> m.label().equals("DECIDES")).orElse(false);
    }

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^\\p{L}+:\\s*");
    private static final int DECISION_CHARS = 60;

    private boolean namesAPerson(List<String> quote) {
        return quote.stream().anyMatch(shape::namesAPerson);
    }

    /**
     * Whether a sentence of the quote names a person together with the role asked about, the question's first
     * concept ("direktør" in "Hvem er direktør for …?"): a name elsewhere in the passage holds another role.
     */
    private boolean namesTheRolesHolder(QueryPlan plan, SearchHit hit, List<String> quote) {
        if (plan.concepts().isEmpty()) {
            return false;
        }
        Concept role = plan.concepts().get(0);
        List<String> sentences = hit.terms().sentences();
        for (String s : quote) {
            int i = sentences.indexOf(s);
            if (i >= 0 && shape.namesAPerson(s) && role.matches(hit.terms().sentenceTerms().get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The chosen sentences in document order, each leaning one with the sentence before it, and one that ends in
     * a colon ("Der var afbud fra:") with the list it introduces.
     */
    private static List<String> withContext(List<Scored> chosen, List<String> sentences) {
        TreeSet<Integer> taken = new TreeSet<>();
        for (Scored c : chosen) {
            taken.add(c.index());
            int i = c.index();
            if (c.topicBefore() && quotable(sentences.get(i - 1))) {
                taken.add(i - 1);
            }
            for (int back = 0; back < MAX_LEAN_BACK && i > 0 && leansOnThePrevious(sentences.get(i)); back++) {
                i--;
                if (!quotable(sentences.get(i))) {
                    break;
                }
                taken.add(i);
            }
        }
        List<String> out = new ArrayList<>();
        Set<Integer> listed = new HashSet<>();
        for (int index : taken) {
            if (listed.contains(index)) {
                continue;
            }
            String text = sentences.get(index);
            out.add(text);
            if (!text.endsWith(":")) {
                continue;
            }
            for (int i = index + 1; i < sentences.size() && i <= index + MAX_LIST_ITEMS && !taken.contains(i); i++) {
                String item = sentences.get(i);
                if (!isListItem(item, sentences.get(index + 1))) {
                    break;
                }
                if (quotable(item)) {
                    out.add(item);
                }
                listed.add(i);
                if (item.endsWith(":")) {
                    break;
                }
            }
        }
        return out;
    }

    /** A sentence, and when it ends in a colon the list it introduces: "Der var afbud fra:" holds the names below it. */
    private static String withItsList(List<String> sentences, int index) {
        String sentence = sentences.get(index);
        if (!sentence.endsWith(":")) {
            return sentence;
        }
        StringBuilder all = new StringBuilder(sentence);
        for (int i = index + 1; i < sentences.size() && i <= index + MAX_LIST_ITEMS; i++) {
            String item = sentences.get(i);
            if (!isListItem(item, sentences.get(index + 1)) || !quotable(item)) {
                break;
            }
            all.append('\n').append(item);
            if (item.endsWith(":")) {
                break;
            }
        }
        return all.toString();
    }

    /**
     * Whether a line below an introducing colon still belongs to its list: short, and when the list's items have no
     * full stop ("Medicinsk Afdeling: 7,8 procent"), not a full sentence that follows the list.
     */
    private static boolean isListItem(String item, String firstItem) {
        return item.length() <= MAX_LIST_ITEM_CHARS && !(item.endsWith(".") && !firstItem.endsWith("."));
    }

    /** The first sentences of a section, up to the quote's length, without any addressing an AI. */
    private static List<String> opening(List<String> sentences) {
        List<String> out = new ArrayList<>();
        int chars = 0;
        for (String s : sentences.stream().filter(SentenceSelector::quotable).toList()) {
            if (out.size() >= MAX_SENTENCES || (!out.isEmpty() && chars + s.length() > MAX_QUOTE_CHARS)) {
                break;
            }
            out.add(s);
            chars += s.length();
        }
        return out;
    }

    private record Scored(int index, String text, double score, double own, boolean fits, boolean says, boolean topicBefore) {
    }
}
