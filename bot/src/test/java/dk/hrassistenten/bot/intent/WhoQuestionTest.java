package dk.hrassistenten.bot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhoQuestionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvem håndterer HR-rådgivning i whistleblower-sager?       | HR-rådgivning i whistleblower-sager",
            "hvem tager sig af feriehenlæggelser                        | feriehenlæggelser",
            "Hvem kan hjælpe mig med lønsedlen?                         | lønsedlen",
            "Hvilken enhed fungerer som sikkerhedsrådgiver?             | sikkerhedsrådgiver",
            "Hvem sørger for at hjemtage statsrefusion?                 | hjemtage statsrefusion",
            "Who is responsible for clinical simulation training?       | clinical simulation training",
            "Which unit handles salary negotiation?                     | salary negotiation",
            "Hvem udvikler e-læringskurser?                             | udvikler e-læringskurser",
    })
    void cutsTheTopicOutOfAWhoQuestion(String question, String topic) {
        assertThat(WhoQuestion.topic(question)).contains(topic);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Hvornår er der møde?", "Hvad er TULE?", "Hvem?", "whoever", "Hvem leder afdelingen?",
            "Hvem er HR-direktør?", "Hvem var ordstyrer på mødet?", "Hvem er formanden for HMU?",
            "Hvem er formand for udvalget?", "Who leads the department?"})
    void otherQuestionsAreNotWhoQuestions(String question) {
        assertThat(WhoQuestion.topic(question)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Hvem er HR-direktør? | true", "Hvem var ordstyrer på mødet? | true", "Who is the chair of HMU? | true",
            "Hvem er formanden for HMU? | true", "Hvem leder Koncern HR? | false", "Hvem håndterer lønnen? | false",
            "Hvem er ansvarlig for arbejdsmiljø? | false"})
    void aQuestionForWhoHoldsARoleIsRecognised(String question, boolean role) {
        assertThat(WhoQuestion.asksForARolesHolder(question)).isEqualTo(role);
    }
}
