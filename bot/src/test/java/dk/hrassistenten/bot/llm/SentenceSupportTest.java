package dk.hrassistenten.bot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.TestKnowledge;
import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSupportTest {

    private static final HrAnalyzer ANALYZER = TestKnowledge.of("mixed").analyzer();
    private static final String PASSAGE = "Referat HMU › Punkt 4: Cykelordning › Beslutning\nCykelordningen træder i kraft den 01-08-2026. "
            + "Medarbejdere kan leje en cykel for 250 kr. om måneden. Spørgsmål besvares af Koncern HR ved Mette Skov.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cykelordningen træder i kraft den 1. august 2026.               | true
            Ordningen træder i kraft 1. august 2026; en cykel lejes for 250 kr. | true
            Mette Skovs team i Koncern HR besvarer spørgsmål.               | true
            Cykelordningen træder i kraft den 1. september 2026.            | false
            En cykel koster 300 kr. om måneden.                             | false
            Spørgsmål besvares af Jens Hansen.                              | false
            Alle medarbejdere får desuden en gratis firmabil og bonus.      | false
            «Cykler» kan lejes af medarbejdere.                             | true
            """)
    void aSentenceIsSupportedWhenItsDatesNumbersNamesAndMostWordsStandInThePassage(String sentence, boolean supported) {
        assertThat(SentenceSupport.supports(sentence, PASSAGE, ANALYZER)).isEqualTo(supported);
    }
}
