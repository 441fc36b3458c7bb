package dk.hrassistenten.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.bot.reply.Source;
import dk.hrassistenten.bot.reply.UnitCard;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdaptiveCardsTest {

    private static final Source SOURCE = new Source("org/koncern hr.pdf", "Organisationsbeskrivelse", "HR-jura",
            LocalDate.of(2025, 9, 1), "Region Eksempel", "…");
    private final AdaptiveCards cards = new AdaptiveCards(null, Texts.DANISH);

    @Test
    void anAnswerIsTextQuoteSourcesAndFeedback() {
        Reply reply = Reply.answer("Ja, det må du.\n> E-læring er arbejdstid.\nKilde: FAQ", List.of(SOURCE));

        List<ObjectNode> rendered = cards.render(reply);

        assertThat(rendered).hasSize(1);
        JsonNode card = rendered.get(0);
        assertThat(card.get("version").asText()).isEqualTo("1.5");
        assertThat(card.at("/body/0/text").asText()).isEqualTo("Ja, det må du.");
        assertThat(card.at("/body/1/style").asText()).isEqualTo("emphasis");
        assertThat(card.at("/body/1/items/0/text").asText()).isEqualTo("E-læring er arbejdstid.");
        String sources = card.at("/body/2").toString();
        assertThat(sources).contains("**Organisationsbeskrivelse › HR-jura** · 1. september 2025 · Region Eksempel");
        assertThat(card.get("body")).as("the sources once, in the list; not again as the text's own line").hasSize(3);
        assertThat(card.toString()).doesNotContain("Kilde: FAQ").doesNotContain("2025-09-01");
        assertThat(card.get("actions").findValuesAsText("title")).containsExactly("👍", "👎", "Vis hele kilden");
        assertThat(card.at("/actions/0/data/helpful").asBoolean()).isTrue();
        assertThat(card.at("/actions/1/data/helpful").asBoolean()).isFalse();
        assertThat(card.at("/actions/2/data/path").asText()).isEqualTo("org/koncern hr.pdf");
        assertThat(card.at("/actions/0/data").has("reply")).as("a reply without an id").isFalse();
        assertThat(cards.render(reply.withId("0f8fad5b-d9cb-469f-a165-70867728950e")).get(0).at("/actions/1/data/reply").asText()).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
    }

    @Test
    void withAPublicUrlSourcesAreLinks() {
        JsonNode card = new AdaptiveCards("https://hr.example/", Texts.DANISH).render(Reply.answer("Ja.", List.of(SOURCE))).get(0);

        assertThat(card.toString()).contains("[Organisationsbeskrivelse › HR-jura](https://hr.example/kilde?path=org%2Fkoncern+hr.pdf&section=HR-jura)");
        assertThat(card.at("/actions/2/type").asText()).isEqualTo("Action.OpenUrl");
    }

    @Test
    void aWebPageSourceLinksToThePageItselfWithOrWithoutAPublicUrl() {
        Source page = new Source("https://intra.example.dk/hr/pension.html?id=7", "Pension", "Satser", null, null, "…");

        JsonNode card = cards.render(Reply.answer("Ja.", List.of(page, SOURCE))).get(0);
        JsonNode withPublicUrl = new AdaptiveCards("https://hr.example/", Texts.DANISH).render(Reply.answer("Ja.", List.of(page))).get(0);

        assertThat(card.toString()).contains("[Pension › Satser](https://intra.example.dk/hr/pension.html?id=7)")
                .contains("**Organisationsbeskrivelse › HR-jura**");
        assertThat(withPublicUrl.toString()).contains("[Pension › Satser](https://intra.example.dk/hr/pension.html?id=7)")
                .doesNotContain("kilde?path=https");
        assertThat(withPublicUrl.at("/actions/2/url").asText()).isEqualTo("https://intra.example.dk/hr/pension.html?id=7");
    }

    @Test
    void aUnitHasItsFacts() {
        UnitCard unit = new UnitCard("Koncern HR, HR-jura", List.of("Jura og Forhandling"), "HR-direktøren", "Anne Hansen", "Regionshuset",
                List.of("HR-rådgivning i whistleblowersager"));
        JsonNode card = cards.render(Reply.unit("HR-jura håndterer det.\nLedes af: Anne Hansen\nPlacering: Regionshuset", unit,
                List.of(SOURCE))).get(0);

        assertThat(card.at("/body/0/text").asText()).isEqualTo("Koncern HR, HR-jura");
        assertThat(card.at("/body/1/type").asText()).isEqualTo("FactSet");
        assertThat(card.at("/body/1/facts").findValuesAsText("title")).containsExactly("Leder", "Refererer til", "Placering", "Også kaldt");
        assertThat(card.at("/body/1/facts").findValuesAsText("value")).containsExactly("Anne Hansen", "HR-direktøren", "Regionshuset",
                "Jura og Forhandling");
        assertThat(card.at("/body/2/text").asText()).isEqualTo("HR-jura håndterer det.");
        assertThat(card.toString()).as("the facts are not repeated as text").doesNotContain("Ledes af").doesNotContain("Placering: ");
    }

    @Test
    void anAgendaIsAListOfItemsWithTheirTimes() {
        Map<String, Object> item = new java.util.LinkedHashMap<>();
        item.put("id", 7L);
        item.put("position", 1);
        item.put("title", "Orientering om *vikarer*");
        item.put("start", "14:00");
        item.put("end", "14:20");
        Reply reply = new Reply(ReplyKind.AGENDA, "**Dagsorden for HMU 10. december 2026**\n1. Orientering om *vikarer* 14:00–14:20 · id 7",
                null, List.of(), Map.of("forum", "HMU", "date", "2026-12-10", "items", List.of(item)));

        JsonNode card = cards.render(reply).get(0);

        assertThat(card.at("/body/0/text").asText()).isEqualTo("Dagsorden for HMU 10. december 2026");
        assertThat(card.at("/body/1/facts/0/title").asText()).isEqualTo("1\\."); // not a list marker
        assertThat(card.at("/body/1/facts/0/value").asText()).isEqualTo("Orientering om \\*vikarer\\* · 14:00–14:20 · id 7");
        assertThat(card.has("actions")).isFalse();
    }

    @Test
    void aVeryLongReplyContinuesOnMoreCardsEachWithinTeamsLimit() {
        String paragraph = "Dette er en lang sætning om arbejdstid og ferie, der gentages for at fylde. ".repeat(20);
        Reply reply = Reply.answer((paragraph + "\n").repeat(60), List.of(SOURCE));

        List<ObjectNode> rendered = cards.render(reply);

        assertThat(rendered.size()).isGreaterThan(1);
        for (ObjectNode card : rendered) {
            assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length).isLessThan(28_000);
        }
        assertThat(rendered.get(rendered.size() - 1).has("actions")).isTrue();
        assertThat(rendered.get(0).has("actions")).isFalse();
        long blocks = rendered.stream().mapToLong(c -> c.get("body").size()).sum();
        assertThat(blocks).isEqualTo(61); // every paragraph, plus the sources
    }

    @Test
    void notFoundAndHelpHaveNoFeedbackButtons() {
        assertThat(cards.render(Reply.notFound("Det kan jeg ikke finde.")).get(0).has("actions")).isFalse();
        assertThat(cards.render(Reply.help("Spørg mig om HR.")).get(0).has("actions")).isFalse();
    }
}
