package dk.hrassistenten.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardMarkdownTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "[klik her](https://evil.example)        | \\[klik her\\](https://evil.example)",
            "![pixel](https://evil.example/p.png)    | !\\[pixel\\](https://evil.example/p.png)",
            "**vigtigt** og _kursiv_ og ~~slet~~       | \\*\\*vigtigt\\*\\* og \\_kursiv\\_ og \\~\\~slet\\~\\~",
            "<at>Alle</at> og <https://evil.example> | \\<at\\>Alle\\</at\\> og \\<https://evil.example\\>",
            "`kode`                                  | \\`kode\\`",
            "# Overskrift                            | \\# Overskrift",
            "- punkt                                 | \\- punkt",
            "> citat                                 | \\> citat",
            "12. december                            | 12\\. december",
            "C:\\mappe                               | C:\\\\mappe",
            "Helt almindelig tekst, 3. maj 2026.     | Helt almindelig tekst, 3. maj 2026."})
    void escapedTextShowsExactlyWhatItSays(String text, String markdown) {
        assertThat(CardMarkdown.escape(text)).isEqualTo(markdown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Svaret er **ja**, se [kilden](https://x)  | Svaret er **ja**, se \\[kilden\\](https://x)",
            "**Titel** › _afsnit_                      | **Titel** › \\_afsnit\\_",
            "1. punkt med **fed**                      | 1\\. punkt med **fed**",
            "**a*b**                                   | **a\\*b**"})
    void aReplyLineKeepsItsOwnBoldAndNothingElse(String line, String markdown) {
        assertThat(CardMarkdown.inline(line)).isEqualTo(markdown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Politik [2024] | https://hr.example/kilde?path=a b | [Politik \\[2024\\]](https://hr.example/kilde?path=a%20b)",
            "Plan (ny)      | https://hr.example/kilde?x=(1)    | [Plan (ny)](https://hr.example/kilde?x=%281%29)"})
    void aLinkLabelIsEscapedAndItsUrlCannotEndEarly(String label, String url, String markdown) {
        assertThat(CardMarkdown.link(label, url)).isEqualTo(markdown);
    }
}
