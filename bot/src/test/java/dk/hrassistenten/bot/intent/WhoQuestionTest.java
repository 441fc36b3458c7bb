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
            "Hvem er formand for udvalget?", "Who leads the department?"})
    void otherQuestionsAreNotWhoQuestions(String question) {
        assertThat(WhoQuestion.topic(question)).isEmpty();
    }
}
