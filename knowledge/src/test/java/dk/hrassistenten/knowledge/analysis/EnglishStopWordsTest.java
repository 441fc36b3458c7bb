package dk.hrassistenten.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishStopWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Who is responsible for clinical simulation training? | true",
            "What is the leadership model made of?               | true",
            "How many days can I work from home?                  | true",
            "Hvem håndterer HR-rådgivning i whistleblower-sager?  | false",
            "Hvor meget tid må jeg bruge på e-læring?             | false",
            "Hvad er TULE?                                        | false",
            "Can I use an e-cigarette during working hours at Nordby Sygehus? | true",
            "Kan jeg tage fri for at passe mit syge barn?         | false",
            "Hvor mange timer må jeg arbejde hjemme?              | false",
    })
    void tellsEnglishQuestionsFromDanish(String question, boolean english) {
        assertThat(EnglishStopWords.isEnglish(question)).isEqualTo(english);
    }
}
