package dk.hrassistenten.knowledge.search;

import dk.hrassistenten.knowledge.document.DocumentKind;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.index.PassageTerms;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.RankingWeights;
import dk.hrassistenten.knowledge.query.PhraseTable;
import dk.hrassistenten.knowledge.query.WordTable;
import java.util.Locale;
import java.util.Set;

/**
 * The one scoring function of the ranking: how well a passage answers a question, from named factors,
 * each computed by a method of its own here and weighted by {@link RankingWeights}:
 *
 * <pre>
 * score = coverage² × ((1 − bm25Share) + bm25Share × bm25)
 *       × (1 + headingMatch × headingCoverage)
 *       × (supersededPenalty if a newer version replaces the document)
 *       × (decisionBoost if the question asks what was decided and the passage is a decision)
 *       × (minutesPenalty if the passage is minutes and the question asks about no meeting)
 *       × informativeness
 * </pre>
 *
 * Coverage (the weighted share of the question's concepts the passage mentions, near each other) decides
 * most, squared, because a passage that misses part of the question rarely answers it; BM25F (relative to
 * the best candidate) orders passages of equal coverage. Thread-safe.
 */
public final class PassageScorer {

    private static final WordTable QUESTION_WORDS = WordTable.load(PhraseTable.class, "question-words.tsv");
    /** A passage with at least this many terms beyond the question's is fully informative. */
    private static final double INFORMATIVE_TERMS = 25;

    private final RankingWeights weights;

    public PassageScorer(RankingWeights weights) {
        this.weights = weights;
    }

    public RankingWeights weights() {
        return weights;
    }

    /** The factors of one passage for one question. */
    public record Factors(double coverage, double bm25, double headingCoverage, boolean superseded, boolean decision,
                          boolean minutesOffTopic, double informativeness) {
    }

    /**
     * What a question brings to every passage's factors, found once per question rather than once for each of its
     * forty candidates.
     *
     * @param askedTerms every term of the question's concepts, parts and synonyms
     * @param conceptTerms the concepts' own terms
     */
    public record Question(QueryPlan plan, Set<String> askedTerms, Set<String> conceptTerms, boolean asksForDecision,
                           boolean asksAboutAMeeting) {
    }

    public static Question question(QueryPlan plan) {
        Set<String> conceptTerms = new java.util.HashSet<>();
        plan.concepts().forEach(c -> conceptTerms.addAll(c.terms()));
        return new Question(plan, plan.allTerms(), conceptTerms, asksForDecision(plan.question()), asksAboutAMeeting(plan.question()));
    }

    /** The factors of a passage found with this BM25 score when the best candidate scored {@code bestBm25}. */
    public Factors factors(QueryPlan plan, Passage passage, PassageTerms terms, double bm25, double bestBm25) {
        return factors(question(plan), passage, terms, bm25, bestBm25);
    }

    /** As {@link #factors(QueryPlan, Passage, PassageTerms, double, double)}, for a question already looked at. */
    public Factors factors(Question question, Passage passage, PassageTerms terms, double bm25, double bestBm25) {
        QueryPlan plan = question.plan();
        return new Factors(coverage(plan, question.askedTerms(), terms), bestBm25 <= 0 ? 0 : bm25 / bestBm25, plan.coverage(terms.headings()),
                passage.superseded(), question.asksForDecision() && isDecision(passage),
                isMinutes(passage) && !question.asksAboutAMeeting(),
                passage.question() ? 1.0 : informativeness(question.conceptTerms(), terms.text()));
    }

    public double score(Factors f) {
        return f.coverage() * f.coverage()
                * ((1 - weights.bm25Share()) + weights.bm25Share() * f.bm25())
                * (1 + weights.headingMatch() * f.headingCoverage())
                * (f.superseded() ? weights.supersededPenalty() : 1.0)
                * (f.decision() ? weights.decisionBoost() : 1.0)
                * (f.minutesOffTopic() ? weights.minutesPenalty() : 1.0)
                * f.informativeness();
    }

    /**
     * The weighted share of the question's concepts the passage mentions: the lesser of the whole passage's
     * share and the best share of two consecutive sentences with the passage's context (title, organisation,
     * headings). Words of the question that stand together are better evidence than the same words
     * scattered over a long passage.
     */
    static double coverage(QueryPlan plan, PassageTerms terms) {
        return coverage(plan, plan.allTerms(), terms);
    }

    private static double coverage(QueryPlan plan, Set<String> asked, PassageTerms terms) {
        return Math.min(plan.coverage(terms.all()), windowCoverage(plan, asked, terms));
    }

    /** @param asked the plan's terms ({@link QueryPlan#allTerms()}) */
    private static double windowCoverage(QueryPlan plan, Set<String> asked, PassageTerms terms) {
        Set<String> context = terms.context();
        double best = plan.coverage(context);
        // A window's coverage depends only on the question's terms it holds beyond the context: a window holding none
        // covers what the context covers (already counted), and windows holding the same cover the same. So each
        // distinct window is scored once, not every sentence of 40 candidates per question.
        java.util.Map<Set<String>, Double> scored = new java.util.HashMap<>();
        Set<String> previous = Set.of();
        Set<String> previousHeld = Set.of();
        for (Set<String> own : terms.sentenceTerms()) {
            Set<String> held = heldBeyond(asked, own, context);
            if (!held.isEmpty() || !previousHeld.isEmpty()) {
                Set<String> window = new java.util.HashSet<>(held);
                window.addAll(previousHeld);
                Double coverage = scored.get(window);
                if (coverage == null) {
                    Set<String> before = previous;
                    coverage = plan.coverage(t -> own.contains(t) || before.contains(t) || context.contains(t));
                    scored.put(window, coverage);
                }
                best = Math.max(best, coverage);
            }
            previous = own;
            previousHeld = held;
        }
        return best;
    }

    /** The question's terms that a sentence holds and the context does not. */
    private static Set<String> heldBeyond(Set<String> asked, Set<String> sentence, Set<String> context) {
        Set<String> held = null;
        for (String t : sentence.size() <= asked.size() ? sentence : asked) {
            if ((sentence.size() <= asked.size() ? asked : sentence).contains(t) && !context.contains(t)) {
                held = held == null ? new java.util.HashSet<>() : held;
                held.add(t);
            }
        }
        return held == null ? Set.of() : held;
    }

    /**
     * A passage that only restates the question answers less than one that says more about it: passages
     * with few terms beyond the question's rank a little lower (0.7 to 1).
     */
    static double informativeness(QueryPlan plan, Set<String> textTerms) {
        return informativeness(question(plan).conceptTerms(), textTerms);
    }

    /** @param asked the question's concepts' terms in one set, looked up once per passage term */
    private static double informativeness(Set<String> asked, Set<String> textTerms) {
        long beyond = 0;
        for (String t : textTerms) {
            if (!asked.contains(t)) {
                beyond++;
            }
        }
        return 0.7 + 0.3 * Math.min(1.0, beyond / INFORMATIVE_TERMS);
    }

    /** "Hvad blev besluttet …?": the question asks what was decided. */
    static boolean asksForDecision(String question) {
        return hasWord(question, "DECISION_QUESTION");
    }

    /** "Hvad blev drøftet på mødet …?": the question asks about a meeting (or a decision, which meetings make). */
    public static boolean asksAboutAMeeting(String question) {
        return hasWord(question, "MEETING_QUESTION") || asksForDecision(question);
    }

    private static boolean hasWord(String question, String label) {
        for (String word : question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (QUESTION_WORDS.is(label, word)) {
                return true;
            }
        }
        return false;
    }

    static boolean isMinutes(Passage p) {
        return p.kind() == DocumentKind.MINUTES || p.kind() == DocumentKind.AGENDA;
    }

    /** A section of minutes headed "Beslutning", "Konklusion" …. */
    static boolean isDecision(Passage p) {
        for (String heading : p.headings()) {
            String[] words = heading.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}]+", 2);
            if (words.length > 0 && QUESTION_WORDS.is("DECISION_HEADING", words[0])) {
                return true;
            }
        }
        return false;
    }
}
