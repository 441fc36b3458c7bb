package dk.hrassistenten.bot.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyJsonTest {

    @Test
    void writesTheContractsShapeOnOneLine() throws Exception {
        Reply reply = Reply.unit("tekst\nlinje 2", new UnitCard("Afd, Løn", List.of("LØN"), "direktøren", "en chef", "Huset", List.of("Løn")),
                List.of(new Source("a/b.md", "Titel", "Punkt 1 › Beslutning", LocalDate.of(2025, 5, 20), null, "uddrag")));
        String json = ReplyJson.write(reply);
        assertThat(json).doesNotContain("\n");
        JsonNode node = ReplyJson.mapper().readTree(json);
        assertThat(node.get("kind").asText()).isEqualTo("unit");
        assertThat(node.get("text").asText()).isEqualTo("tekst\nlinje 2");
        assertThat(node.at("/unit/reports_to").asText()).isEqualTo("direktøren");
        assertThat(node.at("/unit/aliases/0").asText()).isEqualTo("LØN");
        assertThat(node.at("/sources/0/date").asText()).isEqualTo("2025-05-20");
        assertThat(node.at("/sources/0/organization").isNull()).isTrue();
        assertThat(node.get("agenda").isNull()).isTrue();
    }

    @Test
    void onlyAUnitReplyCarriesAUnit() {
        assertThatThrownBy(() -> new Reply(ReplyKind.ANSWER, "x", new UnitCard("u", List.of(), null, null, null, List.of()), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReplyJson.write(Reply.notFound("nej"))).contains("\"unit\":null").contains("\"sources\":[]");
    }
}
