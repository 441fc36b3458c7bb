package dk.hrassistenten.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a question becomes weighted concepts, over a small corpus (its words decide what is known). */
class QueryPlannerTest {

    @TempDir
    static Path corpus;
    static KnowledgeSnapshot knowledge;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(corpus.resolve("e-laering.md"), """
                # E-læring i Vestby Kommune

                ## Forsøg

                Forsøget med e-læring i arbejdstiden starter 1. februar 2026. Sygefraværssamtalen holdes efter højst fire uger.
                Tillæg for arbejde om natten udbetales med lønnen. Vi vedtager planen ved næste møde.
                """);
        knowledge = KnowledgeSnapshot.build(corpus, p -> { });
    }

    private static List<Concept> concepts(String question, boolean english) {
        return knowledge.search(question, english, Set.of(), 1).plan().concepts();
    }

    @Test
    void anEnglishPhraseWhoseDanishIsTwoWordsStaysAConcept() {
        List<Concept> concepts = concepts("When does the e-learning pilot start?", true);
        assertThat(concepts).extracting(Concept::word).contains("e-learning");
        Concept learning = concepts.stream().filter(c -> c.word().equals("e-learning")).findFirst().orElseThrow();
        assertThat(learning.groups()).anyMatch(g -> g.contains("læring"));
    }

    /**
     * An English word neither the glossary nor the dictionary turns into a word of the corpus ("zorblax") cannot be in a
     * Danish text: it weighs little, while a Danish word the corpus never uses still weighs most (a not-found trap).
     */
    @Test
    void anUntranslatableEnglishWordWeighsLittleAndAnUnusedDanishWordMost() {
        List<Concept> english = concepts("When is the sickness absence meeting for zorblax staff held?", true);
        Concept unknown = english.stream().filter(c -> c.word().equalsIgnoreCase("zorblax")).findFirst().orElseThrow();
        assertThat(unknown.known()).isFalse();
        List<Concept> danish = concepts("Hvornår holdes sygefraværssamtalen for zorblaxpersonale?", false);
        Concept unused = danish.stream().filter(c -> !c.known()).findFirst().orElseThrow();
        assertThat(unused.weight()).isGreaterThan(danish.stream().filter(Concept::known).mapToDouble(Concept::weight).max().orElseThrow());
        assertThat(unknown.weight()).isLessThan(unused.weight());
    }

    /** The glossary's Danish words that the corpus never uses are left out; with none used, all stay. */
    @Test
    void anEnglishTermStandsForTheDanishWordsTheCorpusUses() {
        Concept meeting = concepts("When is the sickness absence meeting held?", true).stream()
                .filter(c -> c.word().equals("sickness absence meeting")).findFirst().orElseThrow();
        assertThat(meeting.terms()).anyMatch(t -> t.startsWith("sygefraværssamtal")).noneMatch(t -> t.startsWith("sygesamtal"));
    }

    /**
     * "nattillæg", which the documents never write, is found as its parts ("tillæg … natten"); "vedtaget", which they
     * use, is not split, and "ved" is no head of a compound.
     */
    @Test
    void aKnownWordTheDocumentsNeverUseLooksForItsPartsAfterAShortHead() {
        Concept night = concepts("Hvem udbetaler nattillæg?", false).stream().filter(c -> c.word().equals("nattillæg")).findFirst().orElseThrow();
        assertThat(night.groups()).anyMatch(g -> g.size() == 2 && g.contains("nat"));
        assertThat(night.matches(knowledge.analyzer().terms("Tillæg for arbejde om natten"))).isTrue();
        Concept adopted = concepts("Blev planen vedtaget?", false).stream().filter(c -> c.word().equals("vedtaget")).findFirst().orElseThrow();
        assertThat(adopted.groups()).isEmpty();
    }

    /** "UTH-rapporter": the abbreviation of a hyphenated compound spelt out, as texts write it ("rapporter om utilsigtede hændelser"). */
    @Test
    void anAbbreviationThatIsAPieceOfACompoundIsSpeltOutToo() {
        Concept reports = concepts("Hvem tager sig af UTH-rapporter?", false).stream().filter(c -> c.word().equals("UTH-rapporter"))
                .findFirst().orElseThrow();
        assertThat(reports.groups()).anyMatch(g -> g.contains("hændelse") && g.contains("rapport"));
    }

    /** "pilot" means "forsøg", and Danish uses the loan word too ("Pilotperioden"): both stand for it. */
    @Test
    void anEnglishWordThatIsADanishWordTooIsKeptBesideItsTranslation() {
        Concept pilot = concepts("When does the e-learning pilot start?", true).stream().filter(c -> c.word().equals("pilot"))
                .findFirst().orElseThrow();
        assertThat(pilot.terms()).contains("pilot", "forsøg");
    }

    @Test
    void anEnglishPossessiveLeavesNoLetterToSearchFor() {
        assertThat(concepts("What was Vestby Kommune's response rate?", true)).extracting(Concept::word).doesNotContain("s")
                .contains("response rate");
    }

    @Test
    void theQuestionPhraseSaysWhatIsAskedNotWhatAbout() {
        List<Concept> concepts = concepts("Hvornår starter forsøget med e-læring?", false);
        assertThat(concepts).extracting(Concept::word).doesNotContain("Hvornår");
        assertThat(knowledge.search("Hvornår starter forsøget?", false, Set.of(), 1).plan().answerType()).isEqualTo(QueryPlan.AnswerType.DATE);
        // "Hvor stort er …" asks for an amount; "hvor" alone would ask where
        assertThat(knowledge.search("Hvor stort er tillægget for forsøget?", false, Set.of(), 1).plan().answerType())
                .isEqualTo(QueryPlan.AnswerType.NUMBER);
        // "Hvad er fristen" asks when, as "hvornår" does: the deadline is what is asked, not a word the answer must hold.
        var deadline = knowledge.search("Hvad er fristen for at melde sig til forsøget?", false, Set.of(), 1).plan();
        assertThat(deadline.answerType()).isEqualTo(QueryPlan.AnswerType.DATE);
        assertThat(deadline.concepts()).extracting(Concept::word).doesNotContain("fristen");
        // "Fra hvilket klokkeslæt …" asks for a time; "klokkeslæt" is no word a text must hold
        var clock = knowledge.search("Fra hvilket klokkeslæt starter forsøget?", false, Set.of(), 1).plan();
        assertThat(clock.answerType()).isEqualTo(QueryPlan.AnswerType.DATE);
        assertThat(clock.concepts()).extracting(Concept::word).doesNotContain("klokkeslæt");
    }

    @Test
    void aWhatQuestionAsksForTheShapeOfTheMeasureItNames() {
        assertThat(QueryPlanner.answerType("Hvad er beløbsgrænsen for gaver fra borgere?")).isEqualTo(QueryPlan.AnswerType.NUMBER);
        assertThat(QueryPlanner.answerType("Hvad må en cykel højst koste i ordningen?")).isEqualTo(QueryPlan.AnswerType.NUMBER);
        assertThat(QueryPlanner.answerType("Hvad er ansøgningsfristen for puljen?")).isEqualTo(QueryPlan.AnswerType.DATE);
        // a short vowel's consonant doubles before the ending: "timelønnen", "tillægget"
        assertThat(QueryPlanner.answerType("Hvad er timelønnen for en vikar?")).isEqualTo(QueryPlan.AnswerType.NUMBER);
        assertThat(QueryPlanner.asksForASum("Hvad er tillægget for aftenvagter?")).isTrue();
        assertThat(QueryPlanner.answerType("What is the hourly supplement for teaching?")).isEqualTo(QueryPlan.AnswerType.NUMBER);
        assertThat(QueryPlanner.answerType("Hvilke værdier bygger ledelsesgrundlaget på?")).isEqualTo(QueryPlan.AnswerType.OTHER);
        assertThat(QueryPlanner.answerType("Hvad er formålet med tillægget?")).isEqualTo(QueryPlan.AnswerType.OTHER);
        // the question words alone say nothing of the shape: a less sure sign
        assertThat(QueryPlanner.byQuestionWords("Hvad er beløbsgrænsen for gaver?")).isEqualTo(QueryPlan.AnswerType.OTHER);
    }

    @Test
    void aSumIsAskedForWhenTheMeasureAfterTheQuestionWordsIsMoney() {
        assertThat(QueryPlanner.asksForASum("Hvad er beløbsgrænsen for gaver?")).isTrue();
        assertThat(QueryPlanner.asksForASum("Hvor meget får man i tillæg for at vejlede?")).isTrue();
        assertThat(QueryPlanner.asksForASum("Hvor mange gange om året kan man få engangsvederlag?")).isFalse();
        assertThat(QueryPlanner.asksForASum("Kan en ansat få tilskud til rådgivning, og hvor stort er beløbet højst?")).as("asked second").isTrue();
        assertThat(QueryPlanner.asksForASum("Hvor stor er gruppen, der får tillæg?")).isFalse();
    }

    /** "8 behandlinger" is no price: the question words that name money themselves, or a verb of paying after them. */
    @Test
    void aSumIsAskedForByQuestionWordsOfMoneyAndByVerbsOfPaying() {
        assertThat(QueryPlanner.asksForASum("Hvad koster en behandling hos fysioterapeuten?")).isTrue();
        assertThat(QueryPlanner.asksForASum("Hvor dyrt er et kursus?")).isTrue();
        assertThat(QueryPlanner.asksForASum("Hvor meget erstatter kommunen for ødelagte briller?")).isTrue();
        assertThat(QueryPlanner.asksForASum("Hvor meget betaler arbejdsgiveren til pension?")).isTrue();
        assertThat(QueryPlanner.asksForASum("Hvor mange behandlinger kan jeg få?")).isFalse();
        // "hvad betaler" asks how much, as "hvad koster" does
        assertThat(QueryPlanner.asksForASum("Hvad betaler styrelsen pr. km for kørsel i egen bil?")).isTrue();
        assertThat(QueryPlanner.answerType("Hvad betaler styrelsen pr. km for kørsel i egen bil?")).isEqualTo(QueryPlan.AnswerType.NUMBER);
    }

    @Test
    void aSynonymOfOnePartOfAHyphenatedCompoundIsNoSynonymOfTheCompound() {
        // The thesaurus has "mr." (= "hr.", a title): the "MR" of "MR-skanninger" must not find "HR" passages.
        Concept scans = concepts("Hvem laver MR-skanninger?", false).stream().filter(c -> c.word().equals("MR-skanninger"))
                .findFirst().orElseThrow();
        assertThat(scans.synonyms()).doesNotContain("hr");
    }

    /**
     * "højst" bounds the amount asked for: a text saying "op til" or the amount alone covers the question nearly as
     * well as one that says it, and better than if the bound were a required word.
     */
    @Test
    void aBoundOnTheAmountIsOptional() {
        QueryPlan plan = knowledge.search("Hvor mange uger må man højst vente på sygefraværssamtalen?", false, Set.of(), 1).plan();
        Concept bound = plan.concepts().stream().filter(c -> c.word().equals("højst")).findFirst().orElseThrow();
        Concept talk = plan.concepts().stream().filter(c -> c.word().equals("sygefraværssamtalen")).findFirst().orElseThrow();
        assertThat(bound.optional()).isTrue();
        assertThat(talk.optional()).isFalse();
        Set<String> withoutBound = new java.util.HashSet<>(talk.terms());
        plan.concepts().stream().filter(c -> !c.optional()).forEach(c -> withoutBound.addAll(c.terms()));
        Set<String> withBound = new java.util.HashSet<>(withoutBound);
        withBound.addAll(bound.terms());
        assertThat(plan.coverage(withBound)).isEqualTo(1.0);
        double withoutIt = plan.coverage(withoutBound);
        assertThat(withoutIt).isLessThan(1.0);
        double required = 1 - bound.weight() / plan.concepts().stream().mapToDouble(Concept::weight).sum();
        assertThat(withoutIt).isGreaterThan(required); // missed at only part of its weight
    }

    @Test
    void perIsAFunctionWordNotATopic() {
        assertThat(concepts("Hvor mange dage pr. uge må man tage e-læring, så man følger forsøget?", false)).extracting(Concept::word)
                .doesNotContain("pr", "så").contains("uge");
    }

    @Test
    void aCompoundAlsoStandsForItsParts() {
        Concept talk = concepts("Hvornår holdes fraværssamtalen?", false).stream().filter(c -> c.word().equals("fraværssamtalen"))
                .findFirst().orElseThrow();
        assertThat(talk.groups()).anyMatch(g -> g.containsAll(Set.of("fravær", "samtale")));
    }
}
