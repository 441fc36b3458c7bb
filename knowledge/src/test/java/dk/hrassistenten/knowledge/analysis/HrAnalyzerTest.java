package dk.hrassistenten.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A table of Danish words and the terms they index to, in the manner of Lucene's TestDanishAnalyzer. */
class HrAnalyzerTest {

    /** The vocabulary a corpus would give: the parts below are words of their own there. */
    private static final Vocabulary VOCABULARY = new Vocabulary.Builder()
            .add("whistleblower sager sag rådgivning system systemer vagtplanlægning planlægning vagt arbejde miljø "
                    + "arbejdsmiljø løn forhandling personale politik tid kursus læring ledelse model region hus")
            .build();
    private final HrAnalyzer analyzer = new HrAnalyzer(new CompoundSplitter(VOCABULARY));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "whistleblowersager          | whistleblowersag whistleblow sag",
            "whistleblower sager         | whistleblow sag",
            "HR-rådgivning               | hr rådgiv",
            "rådgiver                    | rådgiv",
            "e-læring                    | e læring",
            "vagtplanlægningssystemet    | vagtplanlægningssystem vagtplanlæg system",
            "vagtplanlægningssystemer    | vagtplanlægningssystem vagtplanlæg system",
            "lønforhandlingen            | lønforhandl løn forhandl",
            "personalepolitikker         | personalepolitik personal politik",
            "arbejdstiden                | arbejdstid arbejd tid",
            "ledelsesmodellen            | ledelsesmodel led model",
            "regionshuset                | regionshus region hus",
            "udvikler udvikling          | udvikl",
            "forskellig                  | forskel",
            "drøftede drøfter drøftes    | drøft",
            "besluttede besluttet        | beslut",
            "og i at det er              | ''",
    })
    void indexesDanishWordsToTheirTerms(String text, String expected) {
        String terms = String.join(" ", analyzer.terms(text));
        assertThat(terms).isEqualTo(expected.equals("''") ? "" : expected);
    }

    @Test
    void aCompoundAndItsSpacedFormShareTheirParts() {
        assertThat(analyzer.terms("whistleblowersager")).containsAll(analyzer.terms("whistleblower sager"));
        assertThat(analyzer.terms("vagtplanlægningssystemet")).containsAll(analyzer.terms("vagtplanlægningssystemer"));
    }

    @Test
    void aWordTheCorpusOnlyUsesInsideCompoundsIsLearntAsAHead() {
        Vocabulary v = new Vocabulary.Builder().add("overenskomster overenskomstfortolkning ledelse planlægningen "
                + "vagtplanlægning systemer vagtplanlægningssystemer").build();
        assertThat(v.containsStem(Stemmer.stem("fortolkning"))).isTrue();
        assertThat(v.containsStem(Stemmer.stem("ningen"))).isFalse();
        assertThat(v.containsStem(Stemmer.stem("ssystemer"))).as("a linking letter plus a word").isFalse();
        assertThat(v.containsStem(Stemmer.stem("ningssystemer"))).as("a cut inside a word").isFalse();
        HrAnalyzer learnt = new HrAnalyzer(new CompoundSplitter(v));
        assertThat(learnt.terms("overenskomstfortolkning")).contains(Stemmer.stem("fortolkning"));
    }

    @Test
    void aWordUnknownToTheCorpusStaysWhole() {
        assertThat(analyzer.terms("parkeringslicens")).containsExactly(Stemmer.stem("parkeringslicens"));
    }
}
