package dk.hrassistenten.bot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTest {

    private static Source at(String path) {
        return new Source(path, "Titel", "", null, null, "");
    }

    @Test
    void aWebSourcesDocumentIsOnTheWebAFoldersIsNot() {
        assertThat(at("https://intra.example.dk/hr/ferie.html").onTheWeb()).isTrue();
        assertThat(at("http://www.example.dk/referat.pdf").onTheWeb()).isTrue();
        assertThat(at("ferie/regler.md").onTheWeb()).isFalse();
        assertThat(at("https-noter.md").onTheWeb()).isFalse();
        assertThat(at("javascript:alert(1)").onTheWeb()).isFalse();
    }
}
