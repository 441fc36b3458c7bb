package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void theWelcomesExampleQuestionsAreUpToThreeSeparatedByABar() {
        assertThat(Settings.exampleQuestions(null)).isEmpty();
        assertThat(Settings.exampleQuestions("  ")).isEmpty();
        assertThat(Settings.exampleQuestions(" Hvem håndterer løn? | Hvornår udbetales lønnen? |")).containsExactly("Hvem håndterer løn?",
                "Hvornår udbetales lønnen?");
        assertThatThrownBy(() -> Settings.exampleQuestions("a?|b?|c?|d?")).isInstanceOf(Settings.InvalidSettingException.class)
                .hasMessageContaining("HR_ASSISTANT_EXAMPLE_QUESTIONS").hasMessageContaining("up to three");
    }
}
