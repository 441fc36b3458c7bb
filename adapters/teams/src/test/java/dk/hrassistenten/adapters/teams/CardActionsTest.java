package dk.hrassistenten.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import org.junit.jupiter.api.Test;

class CardActionsTest {

    @Test
    void whatTheClientSendsBackIsTakenOnlyAsFarAsItIsKnown() {
        ObjectNode value = CardActions.feedback(true, "unit", "a.txt", "0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(CardActions.name(value)).isEqualTo(CardActions.FEEDBACK);
        assertThat(CardActions.feedbackOf(value).replyId()).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(CardActions.feedbackOf(CardActions.feedback(true, "unit", "a.txt", null)).replyId()).isNull();
        assertThat(CardActions.feedbackOf(value).replyKind()).isEqualTo("unit");
        assertThat(CardActions.feedbackOf(value).helpful()).isTrue();

        value.put("kind", "x".repeat(5000));
        value.put("path", "p".repeat(5000));
        value.put("reply", "Jens Hansen");
        assertThat(CardActions.feedbackOf(value).replyKind()).isEqualTo("answer");
        assertThat(CardActions.feedbackOf(value).sourcePath()).hasSize(1000);
        assertThat(CardActions.feedbackOf(value).replyId()).isNull();
        assertThat(CardActions.name(JsonNodeFactory.instance.objectNode().put("text", "hej"))).isEmpty();
        assertThat(CardActions.name(null)).isEmpty();
    }

    @Test
    void theFormsFieldsAreReadByNameAndBlanksLeftOut() {
        ObjectNode value = CardActions.agendaForm();
        value.put("forum", "HMU").put("titel", "  ").put("minutter", 10).putObject("bilag");

        assertThat(CardActions.fields(value, AgendaCommand.FORM_FIELDS)).containsOnly(
                java.util.Map.entry("forum", "HMU"), java.util.Map.entry("minutter", "10"));
    }
}
