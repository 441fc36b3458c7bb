package dk.hrassistenten.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MrkdwnTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "<!channel> alle                 => &lt;!channel&gt; alle",
            "<@U123> og <!here>               => &lt;@U123&gt; og &lt;!here&gt;",
            "<https://evil.example|klik her>  => &lt;https://evil.example|klik her&gt;",
            "A & B                            => A &amp; B",
            "**Stab** tager sig af det.       => *Stab* tager sig af det.",
            "> <!channel> citeret             => > &lt;!channel&gt; citeret",
            "- punkt <b>                      => • punkt &lt;b&gt;",
            "# Dagsorden *fed*                => *Dagsorden fed*",
    })
    void documentAndUserTextCannotFireButOurMarkupStays(String reply, String mrkdwn) {
        assertThat(Mrkdwn.fromReplyText(reply)).isEqualTo(mrkdwn);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "<@UBOT> Hvem håndterer løn?                      => Hvem håndterer løn?",
            "se <https://x.example/a|siden> &amp; &lt;her&gt;  => se siden & <her>",
            "<#C123|hr-kanal> <!here> spørgsmål                => #hr-kanal spørgsmål",
    })
    void slacksMarkupIsTakenOutOfQuestions(String raw, String question) {
        assertThat(SlackInbound.text(raw)).isEqualTo(question);
    }
}
