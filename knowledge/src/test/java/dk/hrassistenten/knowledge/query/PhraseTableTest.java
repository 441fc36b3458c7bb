package dk.hrassistenten.knowledge.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseTableTest {

    private final PhraseTable types = PhraseTable.load(PhraseTable.class, "answer-types.tsv");

    @Test
    void theLongestPhraseWins() {
        assertThat(types.longest("Hvor mange seniordage får man?").orElseThrow().label()).isEqualTo("NUMBER");
        assertThat(types.longest("Hvor ligger personalekontoret?").orElseThrow().label()).isEqualTo("PLACE");
    }

    @Test
    void phrasesAreWholeWordsAndIgnoreCaseAndSpacing() {
        assertThat(types.longest("Hvorfor blev det besluttet?")).isEmpty();
        assertThat(types.longest("HVEM   står for løn?").orElseThrow().label()).isEqualTo("PERSON_OR_UNIT");
        assertThat(types.longest("Where is the HR office?").orElseThrow().label()).isEqualTo("PLACE");
    }

    @Test
    void atStartOnlyFindsAPhraseThatOpensTheText() {
        assertThat(types.atStart("  hvornår er mødet?").orElseThrow().phrase()).isEqualTo("hvornår");
        assertThat(types.atStart("Mødet er hvornår?")).isEmpty();
    }

    @Test
    void allFindsNonOverlappingPhrasesInTextOrder() {
        assertThat(types.all("Må jeg, og hvor mange gange?")).extracting(PhraseTable.Match::label).containsExactly("RULE", "NUMBER");
    }

    @Test
    void atFindsTheLongestPhraseOfTheGivenLabelsAtAPosition() {
        assertThat(types.at("Vidste du hvor mange?", 10, java.util.Set.of("NUMBER")).orElseThrow().phrase()).isEqualTo("hvor mange");
        assertThat(types.at("Vidste du hvor mange?", 10, java.util.Set.of("PLACE")).orElseThrow().phrase()).isEqualTo("hvor");
        assertThat(types.at("Vidste du hvor mange?", 9, java.util.Set.of("NUMBER"))).isEmpty();
    }

    @Test
    void everyFindsOverlappingOccurrencesOfOneLabel() {
        assertThat(types.every("Hvor mange, og hvor mange?", "NUMBER")).extracting(PhraseTable.Match::start).containsExactly(0, 15);
    }

    @Test
    void aPhraseAtAPositionMustStillStandAsAWholeWord() {
        // The pattern is only tried where the phrase's first word stands; the text before that still counts.
        assertThat(types.at("Skovhvor mange?", 4, java.util.Set.of("NUMBER", "PLACE"))).isEmpty();
        assertThat(types.at("Skov, HVOR mange?", 6, java.util.Set.of("NUMBER")).orElseThrow().end()).isEqualTo(16);
        assertThat(types.every("hvor mange, hvorfor, Hvor Mange", "NUMBER")).extracting(PhraseTable.Match::start).containsExactly(0, 21);
        assertThat(types.contains("hvormange", "NUMBER")).isFalse();
    }

    @Test
    void aPhraseIsFoundOnlyWhereItsFirstWordStandsAsAWordAndPunctuatedFirstWordsStillCount() {
        PhraseTable table = PhraseTable.load(PhraseTableTest.class, "phrase-table-test.tsv");

        assertThat(table.all("Hverdag og 2 DAGE  om ugen, 300 kr. pr. måned efter § 5 og §§ 6-7, 3 km²."))
                .extracting(PhraseTable.Match::phrase).containsExactly("dage om ugen", "pr. måned", "§", "§§", "km²");
        assertThat(table.contains("Hverdagen er travl", "PERIOD")).isFalse();
        assertThat(table.contains("En dag", "PERIOD")).isTrue();
        assertThat(table.every("dag, dage om ugen", "PERIOD")).extracting(PhraseTable.Match::phrase).containsExactly("dag", "dage om ugen");
        assertThat(table.longest("hver dag og to dage om ugen").orElseThrow().phrase()).isEqualTo("dage om ugen");
    }
}
