package dk.hrassistenten.bot.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageItemTest {

    @Test
    void theMessageBecomesTheSagsfremstillingWithALinkBackToIt() {
        assertThat(MessageItem.fields("Vi mangler vikarer.\nIsær om natten.", "https://x.slack.com/archives/C1/p1", 3000))
                .containsExactly(java.util.Map.entry("sagsfremstilling",
                        "Vi mangler vikarer.\nIsær om natten.\n\nFra beskeden: https://x.slack.com/archives/C1/p1"));
        assertThat(MessageItem.fields("Hej", null, 3000)).containsEntry("sagsfremstilling", "Hej");
    }

    @Test
    void aLongMessageIsCutSoThatTheLinkStillFits() {
        String value = MessageItem.fields("x".repeat(5000), "https://link", 3000).get("sagsfremstilling");
        assertThat(value).hasSize(3000).endsWith("…\n\nFra beskeden: https://link");
    }
}
