package dk.hrassistenten.bot.answer;

import dk.hrassistenten.bot.llm.LlmAnswerer;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.RankingWeights;
import dk.hrassistenten.knowledge.index.SearchHit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Extractive answers: the best passage's sentences that answer the question, quoted, with their source.
 * A question the passages do not cover well enough, or whose passages hold no sentence of the shape asked
 * for, gets an honest not-found instead of a guess. With a model configured, an answer that exists is also
 * written in plain words from the top passages, cited; a model can improve an answer but never create one the
 * documents do not support.
 *
 * <p>The coordinator of the answer steps: which passages may answer (here), which passage and sentences
 * ({@link SentenceSelector}, with {@link AnswerShape}), the model ({@link ModelAnswerStep}) and the reply's
 * text and sources ({@link AnswerRenderer}). Thread-safe.
 */
public final class AnswerComposer {

    private final ModelAnswerStep model;

    /** @param llm the model's answerer, or null for extractive answers only */
    public AnswerComposer(LlmAnswerer llm) {
        this.model = llm == null ? null : new ModelAnswerStep(llm);
    }

    /** What the kind of question needs a quote to name, beyond the shape its question words ask for. */
    public enum Wanted {
        /** Whatever the question words ask for. */
        ANYTHING,
        /** Who holds a role ("Hvem er formand for …?"): a person's name. */
        A_PERSON,
        /**
         * Who handles a topic, when no unit's tasks cover it: a person or a named unit. "En medarbejder kan få
         * behandling med løn" speaks of the topic but says nothing of who handles it.
         */
        A_HANDLER
    }

    /** The answer, or empty when the corpus does not hold one (or no quote names what {@code wanted} asks). */
    public Optional<Reply> answer(KnowledgeSnapshot knowledge, KnowledgeSnapshot.SearchResult result, Wanted wanted) {
        return answer(knowledge, result, wanted, null);
    }

    /**
     * As {@link #answer(KnowledgeSnapshot, KnowledgeSnapshot.SearchResult, Wanted)}; for a who-handles question whose
     * quote names a unit of the directory as doing it ("IT-Support – … opretter brugere til nye medarbejdere"), the
     * reply {@code asUnit} makes of that unit, the sentence that names it and its passage.
     *
     * @param asUnit the reply of a unit a quote names (null from it quotes all the same), or null to quote in any case
     */
    public Optional<Reply> answer(KnowledgeSnapshot knowledge, KnowledgeSnapshot.SearchResult result, Wanted wanted,
                                  Function<Handler, Reply> asUnit) {
        QueryPlan plan = result.plan();
        SentenceSelector selector = new SentenceSelector(new AnswerShape(knowledge::usedInLowerCase), knowledge.analyzer()::terms);
        List<SearchHit> answerable = answerable(knowledge, result, selector);
        Optional<SentenceSelector.Selection> chosen = choose(knowledge, plan, answerable, selector, wanted);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Optional<Handler> handler = asUnit == null ? Optional.empty() : handlerIn(knowledge, plan, chosen.get());
        Optional<Reply> byTheUnit = asUnit == null ? Optional.empty() : handler.map(asUnit); // empty when asUnit declines it
        if (byTheUnit.isPresent()) {
            return byTheUnit;
        }
        if (model != null) {
            Optional<Reply> written = model.write(knowledge, plan, result.hits(), chosen.get().hit(), selector);
            if (written.isPresent()) {
                return written;
            }
        }
        return Optional.of(AnswerRenderer.render(knowledge, plan, answerable, chosen.get()));
    }

    /**
     * The unit the quote's sentence that covers the question most names (a heading line before it may name
     * another), with that sentence; empty when it names none.
     */
    private static Optional<Handler> handlerIn(KnowledgeSnapshot knowledge, QueryPlan plan, SentenceSelector.Selection chosen) {
        // a proposal, a wish or an interim arrangement ("Nogle ønsker dem flyttet ind i X", "Indtil da fortsætter X …")
        // settles nothing about who does it
        List<String> affirmed = chosen.quote().stream().filter(s -> !deniesItsUnit(knowledge, s))
                .filter(s -> !dk.hrassistenten.knowledge.units.UnitCues.shipped().contains("UNSETTLED", s)).toList();
        Optional<Handler> inTheBest = affirmed.stream()
                .max(java.util.Comparator.comparingDouble(s -> plan.coverage(knowledge.analyzer().terms(s))))
                .flatMap(s -> handlerNamedIn(knowledge, s, chosen));
        if (inTheBest.isPresent()) {
            return inTheBest;
        }
        // "Alle skader registreres i SkadeLog … Sikkerhedsteamet ringer til dig om skaden": the quote's one unit, named
        // in another of its sentences, is who follows up; two units named leave it open.
        List<Handler> named = affirmed.stream().map(s -> handlerNamedIn(knowledge, s, chosen)).flatMap(Optional::stream).toList();
        return named.stream().map(h -> h.unit()).distinct().count() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static Optional<Handler> handlerNamedIn(KnowledgeSnapshot knowledge, String sentence, SentenceSelector.Selection chosen) {
        return knowledge.units().mentionedIn(sentence).filter(m -> !m.formerName()).map(m -> new Handler(m.unit(), sentence, chosen.hit()));
    }

    /** A unit named as handling a topic, the sentence that names it and the passage it stands in. */
    public record Handler(dk.hrassistenten.knowledge.units.Unit unit, String sentence, SearchHit hit) {

        /** Whether the sentence sends one to the unit ("Bestil den hos X", "… sende indstillingen til X"), not only names it. */
        public boolean sendsTo() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(unit.name()), unit.aliases().stream())
                    .anyMatch(n -> java.util.regex.Pattern.compile("(?iu)\\b(?:hos|til)\\s+" + java.util.regex.Pattern.quote(n) + "(?![\\p{L}-])").matcher(sentence).find());
        }
    }

    private static List<SearchHit> answerable(KnowledgeSnapshot knowledge, KnowledgeSnapshot.SearchResult result, SentenceSelector selector) {
        QueryPlan plan = result.plan();
        AnswerShape.Asked asked = selector.asked(plan);
        return answerable(knowledge.ranking(), plan, result.hits(), h -> selector.select(plan, asked, h));
    }

    private static Optional<SentenceSelector.Selection> choose(KnowledgeSnapshot knowledge, QueryPlan plan, List<SearchHit> answerable,
                                                               SentenceSelector selector, Wanted wanted) {
        if (answerable.isEmpty()) {
            return Optional.empty();
        }
        Optional<SentenceSelector.Selection> chosen = selector.choose(plan, answerable, wanted == Wanted.A_PERSON);
        AnswerShape shape = new AnswerShape(knowledge::usedInLowerCase);
        if (chosen.isEmpty() || wanted == Wanted.A_HANDLER && !namesAHandler(knowledge, shape, chosen.get().quote())) {
            return Optional.empty();
        }
        return chosen;
    }

    /**
     * The hits that may answer, best first: those that cover the question's weighted concepts as much as the
     * tuned threshold asks and hold every number the question names. Else the best alone, when it covers less
     * but still {@code leadCoverage}, holds every number the question names, the question asks for something a
     * quote must hold (a date, a number, a place, someone, a rule), and the best holds such a quote and leads
     * clearly the next passage that also holds one: its rivals are the other possible answers, not passages that
     * merely share the question's words, and a passage whose quote gives the same values (the table and the text of one
     * page, a policy and the minutes that adopted it) agrees with the best rather than rivals it. Otherwise none: not
     * found.
     *
     * @param quoteOf a hit's quote of the shape asked for, empty when it holds none
     */
    static List<SearchHit> answerable(RankingWeights ranking, QueryPlan plan, List<SearchHit> hits, Function<SearchHit, List<String>> quoteOf) {
        if (hits.isEmpty()) {
            return List.of();
        }
        List<String> numbers = numbersOf(plan.question());
        // the question's own sentence: a story before it names where the asker works ("Jeg arbejder i Kundecentret …")
        List<String> unitNames = unitNamesOf(dk.hrassistenten.knowledge.analysis.Sentences.last(plan.question()));
        Predicate<SearchHit> holdsNamesAndNumbers = h -> holdsTheQuestionsNumbers(numbers, h) && holdsTheUnitNames(unitNames, h);
        List<SearchHit> covering = hits.stream().filter(h -> h.coverage() >= ranking.minCoverage()).filter(holdsNamesAndNumbers).toList();
        if (!covering.isEmpty() && covering.get(0) == hits.get(0)) {
            return covering;
        }
        SearchHit best = hits.get(0);
        boolean candidate = best.coverage() >= ranking.leadCoverage() && best.coverage() < ranking.minCoverage()
                && holdsNamesAndNumbers.test(best) && AnswerShape.asked(plan).constrainedByQuestionWords();
        List<String> bestQuote = candidate ? quoteOf.apply(best) : List.of();
        if (bestQuote.isEmpty()) {
            return List.of();
        }
        Set<String> values = valuesOf(bestQuote);
        Optional<SearchHit> rival = hits.stream().skip(1).filter(h -> {
            List<String> quote = quoteOf.apply(h);
            return !quote.isEmpty() && (values.isEmpty() || !valuesOf(quote).containsAll(values));
        }).findFirst();
        boolean leads = rival.isEmpty() || best.score() >= ranking.leadRatio() * rival.get().score();
        return leads ? List.of(best) : List.of();
    }

    /** A quote's values: each number with the word it counts or dates ("5 behandlinger", "1. september"), lower case. */
    static Set<String> valuesOf(List<String> quote) {
        Set<String> values = new java.util.HashSet<>();
        for (String sentence : quote) {
            java.util.regex.Matcher m = VALUE.matcher(sentence);
            while (m.find()) {
                values.add(m.group().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
            }
        }
        return values;
    }

    private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)*(?:\\.?\\s*(?:%|\\p{L}+))?");

    /**
     * The names of units a question's sentence gives ("Hvem er leder af Trivselsenheden?"): capitalised words, not the
     * first, that hold a unit noun.
     */
    private static List<String> unitNamesOf(String question) {
        List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = CAPITALISED_WORD.matcher(question);
        while (m.find()) {
            if (m.start() > 0 && dk.hrassistenten.knowledge.units.UnitCues.shipped().hasUnitNoun(m.group())) {
                found.add(m.group().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return found;
    }

    private static final java.util.regex.Pattern CAPITALISED_WORD = java.util.regex.Pattern.compile("(?<![\\p{L}-])\\p{Lu}\\p{Ll}[\\p{L}-]{4,}");

    /**
     * Whether the passage names every unit the question names, as a number is never paraphrased: a passage about
     * another unit ("Sundhedsteamet … Leder: …") does not say who leads a "Trivselsenheden" it never mentions. The
     * name is looked for without its ending ("Trivselsenhed" in "Trivselsenhedens").
     */
    private static boolean holdsTheUnitNames(List<String> names, SearchHit hit) {
        if (names.isEmpty()) {
            return true;
        }
        Passage p = hit.passage();
        String passage = String.join(" ", p.title(), String.join(" ", p.headings()), p.text()).toLowerCase(java.util.Locale.ROOT);
        return names.stream().allMatch(n -> passage.contains(n.substring(0, Math.max(MIN_NAME_STEM, n.length() - 3))));
    }

    private static final int MIN_NAME_STEM = 6;

    /** Whether every number of the question ("i 2025", "P3") stands in the passage: a number is never paraphrased. */
    private static boolean holdsTheQuestionsNumbers(List<String> numbers, SearchHit hit) {
        if (numbers.isEmpty()) {
            return true;
        }
        String passage = String.join(" ", hit.passage().title(), String.join(" ", hit.passage().headings()), hit.passage().text());
        return numbers.stream().allMatch(n -> standsAlone(passage, n));
    }

    /** Whether the digits stand in the text as a number of their own, not inside a longer one ("25" in "2025"). */
    private static boolean standsAlone(String text, String digits) {
        for (int at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
            int end = at + digits.length();
            if ((at == 0 || !Character.isDigit(text.charAt(at - 1))) && (end == text.length() || !Character.isDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> numbersOf(String question) {
        return NUMBER.matcher(question).results().map(java.util.regex.MatchResult::group).toList();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+");

    /** Whether the quote names a person or a unit of the directory: someone who can handle something. */
    private static boolean namesAHandler(KnowledgeSnapshot knowledge, AnswerShape shape, List<String> quote) {
        // The leading space: a quoted line may open with the name ("- Ole Hansen"), whose capital then counts.
        // A denial ("hører ikke under HR-afdelingen") names who does not handle it.
        return quote.stream().filter(s -> !deniesItsUnit(knowledge, s)).anyMatch(s -> shape.namesAPerson(" " + s.replaceFirst("^[-•*\\s]+", ""))
                || knowledge.units().mentionedIn(s).isPresent());
    }

    /**
     * Whether the sentence denies what it says of the unit it names ("… hører ikke under HR-afdelingen"): a negation
     * in the unit's own clause. "Passer ingen af størrelserne, bestiller du den hos Uniformsdepotet" negates only its
     * condition. A sentence naming no unit denies with any negation.
     */
    private static boolean deniesItsUnit(KnowledgeSnapshot knowledge, String sentence) {
        return knowledge.units().mentionedIn(sentence).map(m -> AnswerShape.denies(clauseOf(sentence, m.namedAs())))
                .orElseGet(() -> AnswerShape.denies(sentence));
    }

    /** The comma-delimited clause of the sentence that holds the name, or the whole sentence when it is not found. */
    private static String clauseOf(String sentence, String name) {
        int at = sentence.indexOf(name);
        if (at < 0) {
            return sentence;
        }
        int start = Math.max(sentence.lastIndexOf(", ", at), sentence.lastIndexOf("; ", at));
        int end = java.util.stream.IntStream.of(sentence.indexOf(", ", at + name.length()), sentence.indexOf("; ", at + name.length()))
                .filter(i -> i >= 0).min().orElse(sentence.length());
        return sentence.substring(start < 0 ? 0 : start + 2, end);
    }
}
