package dk.hrassistenten.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.hrassistenten.knowledge.document.DocumentKind;
import dk.hrassistenten.knowledge.index.Concept;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.index.PassageTerms;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.RankingWeights;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each named factor of the ranking's one scoring function, on hand-made terms (no analyzer: the factors only count terms). */
class PassageScorerTest {

    private final PassageScorer scorer = new PassageScorer(RankingWeights.tuned());

    /** "Hvor mange seniordage …": two concepts of equal weight. */
    private static QueryPlan plan(String question, String... words) {
        List<Concept> concepts = java.util.Arrays.stream(words)
                .map(w -> new Concept(w, Set.of(w), List.of(), Set.of(), 1.0, true)).toList();
        return new QueryPlan(question, concepts, false, QueryPlan.AnswerType.OTHER);
    }

    private static Passage passage(DocumentKind kind, List<String> headings, String newerTitle) {
        return new Passage(0, "politik.md", "Politik", headings, "tekst", kind, null, null, null, null, false, null, newerTitle, null);
    }

    /** Terms of a passage of these sentences, each a set of terms; no title or headings. */
    private static PassageTerms terms(Set<String> headings, List<Set<String>> sentences) {
        Set<String> text = new HashSet<>();
        sentences.forEach(text::addAll);
        Set<String> all = new HashSet<>(text);
        all.addAll(headings);
        return new PassageTerms(all, text, headings, headings, sentences.stream().map(Object::toString).toList(), sentences);
    }

    @Test
    void coverageCountsTheQuestionsWordsWhereTheyStandTogether() {
        QueryPlan plan = plan("seniordage pension?", "seniordag", "pension");
        PassageTerms together = terms(Set.of(), List.of(Set.of("seniordag", "pension"), Set.of("a"), Set.of("b")));
        PassageTerms scattered = terms(Set.of(), List.of(Set.of("seniordag"), Set.of("a"), Set.of("b"), Set.of("pension")));
        assertEquals(1.0, PassageScorer.coverage(plan, together), 1e-9);
        assertEquals(0.5, PassageScorer.coverage(plan, scattered), 1e-9, "two sentences apart: the best window holds one of two");
        PassageTerms neighbours = terms(Set.of(), List.of(Set.of("seniordag"), Set.of("pension")));
        assertEquals(1.0, PassageScorer.coverage(plan, neighbours), 1e-9, "a window is two consecutive sentences");
    }

    @Test
    void aHeadingCountsForEverySentenceBelowIt() {
        QueryPlan plan = plan("seniordage pension?", "seniordag", "pension");
        PassageTerms underHeading = terms(Set.of("seniordag"), List.of(Set.of("a"), Set.of("b"), Set.of("pension")));
        PassageScorer.Factors f = scorer.factors(plan, passage(DocumentKind.OTHER, List.of("Seniordage"), null), underHeading, 1, 1);
        assertEquals(1.0, f.coverage(), 1e-9);
        assertEquals(0.5, f.headingCoverage(), 1e-9);
    }

    @Test
    void bm25IsRelativeToTheBestCandidate() {
        QueryPlan plan = plan("pension?", "pension");
        PassageTerms t = terms(Set.of(), List.of(Set.of("pension")));
        assertEquals(0.25, scorer.factors(plan, passage(DocumentKind.OTHER, List.of(), null), t, 2, 8).bm25(), 1e-9);
        assertEquals(0, scorer.factors(plan, passage(DocumentKind.OTHER, List.of(), null), t, 2, 0).bm25(), 1e-9);
    }

    @Test
    void aSupersededVersionScoresLessThanTheSamePassageInForce() {
        QueryPlan plan = plan("pension?", "pension");
        PassageTerms t = terms(Set.of(), List.of(Set.of("pension")));
        PassageScorer.Factors old = scorer.factors(plan, passage(DocumentKind.OTHER, List.of(), "Politik 2027"), t, 1, 1);
        PassageScorer.Factors current = scorer.factors(plan, passage(DocumentKind.OTHER, List.of(), null), t, 1, 1);
        assertTrue(old.superseded());
        assertTrue(scorer.score(old) < scorer.score(current));
    }

    @Test
    void minutesRankLowerUnlessTheQuestionAsksAboutAMeetingOrADecision() {
        PassageTerms t = terms(Set.of(), List.of(Set.of("pension")));
        Passage decision = passage(DocumentKind.MINUTES, List.of("Punkt 3", "Beslutning"), null);
        PassageScorer.Factors plain = scorer.factors(plan("Hvad er reglerne for pension?", "pension"), decision, t, 1, 1);
        assertTrue(plain.minutesOffTopic());
        assertFalse(plain.decision());
        PassageScorer.Factors decided = scorer.factors(plan("Hvad blev besluttet om pension?", "pension"), decision, t, 1, 1);
        assertFalse(decided.minutesOffTopic());
        assertTrue(decided.decision());
        assertTrue(scorer.score(decided) > scorer.score(plain));
    }

    @Test
    void aPassageThatOnlyRepeatsTheQuestionIsLessInformative() {
        QueryPlan plan = plan("pension?", "pension");
        Set<String> many = new HashSet<>(Set.of("pension"));
        for (int i = 0; i < 30; i++) {
            many.add("ord" + i);
        }
        assertEquals(0.7, PassageScorer.informativeness(plan, Set.of("pension")), 1e-9);
        assertEquals(1.0, PassageScorer.informativeness(plan, many), 1e-9);
    }

    @Test
    void aQuestionLookedAtOnceGivesEveryPassageTheSameFactors() {
        QueryPlan plan = plan("Hvad blev besluttet om seniordage og pension?", "seniordag", "pension");
        PassageScorer.Question once = PassageScorer.question(plan);
        Passage p = passage(DocumentKind.MINUTES, List.of("Beslutning"), null);
        PassageTerms t = terms(Set.of(), List.of(Set.of("seniordag"), Set.of("x"), Set.of("pension")));
        assertEquals(scorer.factors(plan, p, t, 3, 4), scorer.factors(once, p, t, 3, 4));
    }
}
