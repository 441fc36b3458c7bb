package dk.hrassistenten.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A table of Danish words and the terms they index to, in the manner of Lucene's TestDanishAnalyzer, with the
 * Danish Hunspell dictionary that bin/test installs (hunspell-da).
 */
class HrAnalyzerTest {

    /** Words a corpus would add: "whistleblower" is in no Danish dictionary. */
    private static final Set<String> CORPUS = Set.of("whistleblower", "sager");
    private final HrAnalyzer analyzer = new HrAnalyzer(LanguageDataFixture.installed(), CORPUS);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "whistleblowersager           | whistleblowersag whistleblower sag",
            "whistleblower sager          | whistleblower sag",
            "HR-rådgivning                | hr rådgivning rådgive",
            "rådgiver                     | rådgive rådgiver",
            "e-læring                     | e læring lære",
            "ledelsen                     | ledelse lede",
            "medarbejderne                | medarbejder",
            "personalepolitikker          | personalepolitik personale politik",
            "arbejdstiden                 | arbejdstid arbejde tid",
            "ledelsesmodellen             | ledelsesmodel ledelse lede model",
            "regionshuset                 | regionshus region huse hus",
            "seniordagene                 | seniordag senior dag",
            "sygefraværssamtale           | sygefraværssamtal sygefravær samtale syge syg fravær",
            "udvikler udvikling           | udvikler udvikle udvikling",
            "håndterer håndtering         | håndtere håndtering",
            "ansættelse ansætter          | ansættelse ansætte",
            "drøftede drøfter             | drøfte",
            "forskellig                   | forskellig",
            "og i at det er               | ''",
            "5,1 %                        | 5,1 procent",
    })
    void indexesDanishWordsToTheirTerms(String text, String expected) {
        assertThat(String.join(" ", analyzer.terms(text))).isEqualTo(expected.equals("''") ? "" : expected);
    }

    @Test
    void aCompoundAndItsSpacedFormShareTheirParts() {
        assertThat(analyzer.terms("whistleblowersager")).containsAll(analyzer.terms("whistleblower sager"));
        assertThat(analyzer.terms("sygefraværssamtale")).containsAll(analyzer.terms("samtale om sygefravær"));
    }

    @Test
    void aVerbalNounMeetsItsVerb() {
        assertThat(analyzer.terms("håndtering")).containsAll(analyzer.terms("håndterer"));
        assertThat(analyzer.terms("rådgivning")).contains("rådgive");
    }

    @Test
    void aPractitionerMeetsThePractice() {
        assertThat(analyzer.terms("fysioterapeuten")).contains("fysioterapi");
        assertThat(analyzer.terms("psykologer")).contains("psykologi");
    }

    @Test
    void aWordSpeltWithXMeetsItsNativeSpelling() {
        assertThat(analyzer.terms("flexjob")).isEqualTo(analyzer.terms("fleksjob"));
        assertThat(analyzer.terms("flextiden")).containsAll(analyzer.terms("flekstid"));
        assertThat(analyzer.terms("flexicurity")).as("a word the dictionary knows as it is stays").containsExactly("flexicurity");
        assertThat(analyzer.terms("x2")).as("a code is no word").containsExactly("x2");
    }

    @Test
    void compoundsSplitIntoTheFewestPartsThatCoverThem() {
        assertThat(analyzer.compoundParts("overenskomstfortolkning")).containsExactly("overenskomst", "fortolkning");
        assertThat(analyzer.compoundParts("parkeringslicens")).containsExactly("parkering", "licens");
        assertThat(analyzer.compoundParts("rådgiver")).as("a known word splits only into parts of four letters or more").isEmpty();
        assertThat(analyzer.compoundParts("formandskabet")).as("-skab is a derivational ending, not a cupboard").isEmpty();
    }

    /** "nattillæg" is known whole; only a question's word is split after its three-letter head, never the index's. */
    @Test
    void aKnownWordSplitsAfterAThreeLetterHeadOnlyOnRequest() {
        assertThat(analyzer.compoundParts("nattillæg")).isEmpty();
        assertThat(analyzer.partsAfterAShortHead("nattillæg")).containsExactly("nat", "tillæg");
        assertThat(analyzer.partsAfterAShortHead("lønforhandling")).containsExactly("løn", "forhandling");
        assertThat(analyzer.partsAfterAShortHead("overenskomstfortolkning")).as("split the usual way already").isEmpty();
        assertThat(analyzer.partsAfterAShortHead("samtale")).as("'tale' is shorter than five letters").isEmpty();
    }

    @Test
    void withoutLanguageDataSnowballStemsAndTheCorpusWordsSplitCompounds() {
        HrAnalyzer fallback = new HrAnalyzer(LanguageData.none(), Set.of("whistleblower", "sager", "ledelse"));
        assertThat(fallback.terms("ledelsen")).containsExactly("led");
        assertThat(fallback.terms("whistleblowersager")).contains("whistleblow", "sag");
    }
}
