package dk.hrassistenten.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

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
}
