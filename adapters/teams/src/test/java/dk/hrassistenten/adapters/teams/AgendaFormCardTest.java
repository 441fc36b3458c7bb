package dk.hrassistenten.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.Forums;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AgendaFormCardTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"dagsorden ny", "/dagsorden ny", "Dagsorden nyt punkt", "agenda new", "/agenda new item"})
    void askingForANewItemOpensTheForm(String text) {
        assertThat(AgendaFormCard.isRequest(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dagsorden vis forum=HMU", "hvad er en ny dagsorden?", "ny"})
    void otherAgendaTalkDoesNot(String text) {
        assertThat(AgendaFormCard.isRequest(text)).isFalse();
    }

    @Test
    void aNewFormOffersTheForumsAndAWeekFromToday() {
        JsonNode card = AgendaFormCard.of(Forums.example().all(), Map.of(), Map.of(), CLOCK, Texts.DANISH);

        JsonNode forum = card.at("/body/1");
        assertThat(forum.get("type").asText()).isEqualTo("Input.ChoiceSet");
        assertThat(forum.get("choices").findValuesAsText("value")).contains("HMU Eksempel", "LMU Eksempel");
        assertThat(card.at("/body/2/value").asText()).isEqualTo("2026-11-30");
        assertThat(card.at("/body/3/isRequired").asBoolean()).isTrue();
        assertThat(card.toString()).doesNotContain("attention");
    }

    @Test
    void errorsStandUnderTheirFieldsAndWhatWasTypedIsKept() {
        JsonNode card = AgendaFormCard.of(Forums.example().all(), Map.of("titel", "", "dato", "2020-13-45"),
                Map.of("dato", "Datoen 2020-13-45 findes ikke."), CLOCK, Texts.DANISH);

        assertThat(card.at("/body/1/color").asText()).as("the summary at the top").isEqualTo("attention");
        int date = -1;
        for (int i = 0; i < card.get("body").size(); i++) {
            if ("dato".equals(card.at("/body/" + i + "/id").asText())) {
                date = i;
            }
        }
        assertThat(card.at("/body/" + date + "/value").asText()).isEqualTo("2020-13-45");
        assertThat(card.at("/body/" + (date + 1) + "/text").asText()).isEqualTo("Datoen 2020-13-45 findes ikke.");
        assertThat(card.at("/body/" + (date + 1) + "/color").asText()).isEqualTo("attention");
    }
}
