package dk.hrassistenten.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamsInboundTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final TeamsActivities activities = new TeamsActivities("http://127.0.0.1:1/");

    private static Activity activity(ObjectNode json) throws Exception {
        return JSON.treeToValue(json, Activity.class);
    }

    @Test
    void theBotsMentionIsRemovedAndTheQuestionKept() throws Exception {
        Activity a = activity(activities.channelMention("bo", "hvem håndterer whistleblower-sager?"));

        assertThat(TeamsInbound.text(a)).isEqualTo("hvem håndterer whistleblower-sager?");
        assertThat(TeamsInbound.addressedToBot(a)).isTrue();
    }

    @Test
    void aChannelMessageWithoutTheBotsMentionIsNotForIt() throws Exception {
        assertThat(TeamsInbound.addressedToBot(activity(activities.channelChatter("bo", "frokost?")))).isFalse();
        assertThat(TeamsInbound.addressedToBot(activity(activities.personal("bo", "frokost?")))).isTrue();
    }

    @Test
    void aPersonIsTheirEntraObjectIdAndTheConversationIsKept() throws Exception {
        ObjectNode json = activities.personal("anne", "hej");
        Inbound inbound = TeamsInbound.of(activity(json), "hej");

        assertThat(inbound.channel()).isEqualTo(Channel.TEAMS);
        assertThat(inbound.userId()).isEqualTo("aad-anne");
        assertThat(inbound.conversationId()).isEqualTo(json.at("/conversation/id").asText());
        assertThat(inbound.requestId()).isEqualTo(json.get("id").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<p>Må jeg&nbsp;tage <b>e-læring</b>?</p>  | Må jeg tage e-læring ?",
            "Spørg <at>Jens Hansen</at> om det        | Spørg Jens Hansen om det",
            "A &amp; B &lt;3                          | A & B <3",
            "linje 1<br>linje 2                       | linje 1\\nlinje 2"})
    void teamsMarkupIsUndone(String raw, String text) {
        assertThat(TeamsInbound.clean(raw)).isEqualTo(text.replace("\\n", "\n"));
    }
}
