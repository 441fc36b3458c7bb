package dk.hrassistenten.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hrassistenten.bot.InboundAction;
import dk.hrassistenten.bot.reply.ReplyJson;
import org.junit.jupiter.api.Test;

class WebActionsTest {

    private static InboundAction of(String json) throws Exception {
        return WebActions.of(ReplyJson.mapper().readTree(json));
    }

    @Test
    void feedbackAndShowSourceAreTheActionsTheyStandFor() throws Exception {
        String id = "0f8fad5b-d9cb-469f-a165-70867728950e";
        assertThat(of("{\"type\": \"feedback\", \"helpful\": true, \"kind\": \"unit\", \"path\": \"org.md\", \"reply\": \"" + id + "\"}"))
                .isEqualTo(new InboundAction.Feedback(true, "unit", "org.md", id));
        assertThat(of("{\"type\": \"feedback\", \"helpful\": false}")).isEqualTo(new InboundAction.Feedback(false, "answer", null, null));
        assertThat(of("{\"type\": \"feedback\", \"helpful\": false, \"kind\": 7, \"path\": [\"x\"], \"reply\": 3}"))
                .as("members of the wrong type are not given").isEqualTo(new InboundAction.Feedback(false, "answer", null, null));
        assertThat(of("{\"type\": \"feedback\", \"helpful\": false, \"reply\": \"Hvad med Jens Hansen?\"}"))
                .as("text is no reply id").isEqualTo(new InboundAction.Feedback(false, "answer", null, null));
        assertThat(of("{\"type\": \"show_source\", \"path\": \"a.md\", \"section\": \"Ferie\"}"))
                .isEqualTo(new InboundAction.ShowSource("a.md", "Ferie"));
    }

    @Test
    void anythingElseIsRefusedWithWhatToSend() {
        for (String bad : new String[] {"\"feedback\"", "{}", "{\"type\": 1}", "{\"type\": \"agenda_form\"}", "{\"type\": \"feedback\"}",
                "{\"type\": \"feedback\", \"helpful\": \"yes\"}"}) {
            assertThatThrownBy(() -> of(bad)).as(bad).isInstanceOf(WebActions.Invalid.class).hasMessageContaining("\"");
        }
    }
}
