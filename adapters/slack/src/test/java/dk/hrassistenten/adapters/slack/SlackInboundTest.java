package dk.hrassistenten.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.util.json.GsonFactory;
import dk.hrassistenten.bot.InboundAction;
import org.junit.jupiter.api.Test;

class SlackInboundTest {

    @Test
    void aQuestionLosesTheMentionAndItsLineBreaks() {
        assertThat(SlackInbound.text("<@UBOT> Hvem tager sig af\nløn &amp; pension?")).isEqualTo("Hvem tager sig af løn & pension?");
    }

    @Test
    void aMessagesWholeTextKeepsItsLinesAndShowsLinksAndMentionsAsText() {
        assertThat(SlackInbound.messageText("<!here> Spørg <@U0ADMIN|anne> om <https://intra.example/plan|planen> i <#C1|hmu>.\n"
                + "&lt;b&gt; er ikke fed"))
                .isEqualTo("@here Spørg @U0ADMIN om planen (https://intra.example/plan) i #hmu.\n<b> er ikke fed");
    }

    private static BlockActionPayload pressed(String actionId, String value) {
        String json = "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"trigger_id\":\"T.1\",\"channel\":{\"id\":\"C1\"},"
                + "\"actions\":[{\"type\":\"button\",\"action_id\":\"" + actionId + "\",\"value\":\"" + value + "\"}]}";
        return GsonFactory.createSnakeCase().fromJson(json, BlockActionPayload.class);
    }

    @Test
    void aButtonPressBecomesATypedActionOfThePersonInTheirConversation() {
        var feedback = SlackInbound.feedback(pressed(ActionIds.FEEDBACK_DOWN, "unit\\u001Forg.md"), false);
        assertThat(feedback.action()).as("a button posted before replies had ids").isEqualTo(new InboundAction.Feedback(false, "unit", "org.md", null));
        assertThat(feedback.userId()).isEqualTo("U1");
        assertThat(feedback.conversationId()).isEqualTo("C1");
        assertThat(feedback.requestId()).isEqualTo("T.1");
        assertThat(SlackInbound.feedback(pressed(ActionIds.FEEDBACK_UP, "answer"), true).action())
                .isEqualTo(new InboundAction.Feedback(true, "answer", null, null));
        assertThat(SlackInbound.feedback(pressed(ActionIds.FEEDBACK_DOWN, "answer\\u001Fa.md\\u001F0f8fad5b-d9cb-469f-a165-70867728950e"), false).action())
                .isEqualTo(new InboundAction.Feedback(false, "answer", "a.md", "0f8fad5b-d9cb-469f-a165-70867728950e"));

        assertThat(SlackInbound.showSource(pressed(ActionIds.SHOW_SOURCE, "cykel.md\\u001FPunkt 1 › Beslutning")).action())
                .isEqualTo(new InboundAction.ShowSource("cykel.md", "Punkt 1 › Beslutning"));
        assertThat(SlackInbound.showSource(pressed(ActionIds.SHOW_SOURCE, "cykel.md")).action())
                .isEqualTo(new InboundAction.ShowSource("cykel.md", ""));
    }
}
