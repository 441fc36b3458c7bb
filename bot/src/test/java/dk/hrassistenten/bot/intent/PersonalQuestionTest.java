package dk.hrassistenten.bot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalQuestionTest {

    @ParameterizedTest
    @ValueSource(strings = {"Hvad er min løn?", "hvad er mit medarbejdernummer", "Hvor mange er mine feriedage?", "Hvor høj er min pension?",
            "What is my salary?", "what's my manager", "Hvornår er min næste lønsamtale?"})
    void aQuestionForTheAskersOwnDataIsRecognised(String question) {
        assertThat(PersonalQuestion.asksForOwnData(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hvad er min ret til ferie, når jeg er syg?", "Hvor mange feriedage har jeg ret til?", "Må jeg tage e-læring i arbejdstiden?",
            "Hvad er løn- og forhandlingsdirektørens opgaver?", "Hvem udbetaler min løn?", "What is the leadership model made of?"})
    void aQuestionAboutRulesOrTheOrganisationIsNot(String question) {
        assertThat(PersonalQuestion.asksForOwnData(question)).isFalse();
    }
}
