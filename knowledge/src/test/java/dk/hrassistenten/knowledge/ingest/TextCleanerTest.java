package dk.hrassistenten.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void removesConversionArtefactsAndKeepsStructure() {
        String raw = "Titel\r\n\r\n\r\n\uF0B7 første punkt\n\u22A0 andet punkt\no underpunkt\n<b>Fed</b> tekst\n"
                + "Deltagere.....\t3\nThe screenshot shows a portal.\nSe [siden](#) og [PersonaleNet](https://p.example/x)\n---\n## Overskrift\n";
        assertThat(TextCleaner.clean(raw)).isEqualTo("""
                Titel

                - første punkt
                - andet punkt
                  - underpunkt
                Fed tekst
                Se siden og PersonaleNet (https://p.example/x)

                ## Overskrift""");
    }

    /** "» Læs om …" is a link, but a list item wrapped onto a second line is content, however it opens. */
    @Test
    void aWrappedListItemOpeningLikeALinkIsKept() {
        String raw = "» Læs om barsel\n  » Fortæl din leder om orloven samme dag, som du søger om\n    plejevederlag.\n» Kantine\n";
        assertThat(TextCleaner.clean(raw)).isEqualTo("  » Fortæl din leder om orloven samme dag, som du søger om\n    plejevederlag.");
    }
}
