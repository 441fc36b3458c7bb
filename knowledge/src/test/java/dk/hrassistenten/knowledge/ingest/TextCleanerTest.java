package dk.hrassistenten.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    /** A line of tildes under a heading is a rule like "-----" and "=====": the heading stands on a line of its own. */
    @Test
    void aLineOfTildesSeparatesLikeAnyRule() {
        String raw = "2. PAUSER OG HVILE\n~~~~~~~~~~~~~~~~~~\nDu holder pause efter fire timer.";
        assertThat(TextCleaner.clean(raw)).isEqualTo("2. PAUSER OG HVILE\n\nDu holder pause efter fire timer.");
    }

    /** Dots leading from a label to its value inside a line are a colon; a table of contents' page numbers go. */
    @Test
    void dotsLeadingToAValueAreAColon() {
        String raw = "Mødedato ........... 4. marts 2027\nMødested:  . . . . . . Rådhuset\nVikarkontoret ……… hedder nu Vikarservice\n"
                + "Indhold ........ 3\nVi ses snart...";
        assertThat(TextCleaner.clean(raw)).isEqualTo("""
                Mødedato: 4. marts 2027
                Mødested: Rådhuset
                Vikarkontoret: hedder nu Vikarservice
                Vi ses snart...""");
    }

    /** "=== 4 · Ferieplan ====": a title between rules is a numbered heading on its own line. */
    @Test
    void aTitleBetweenRulesIsANumberedHeadingOfItsOwn() {
        String raw = "Gæster: ingen\n=== 4 · Ferieplan 2027 ==========\nIndstilling: at udvalget godkender planen.\n--- Bilag ---";
        assertThat(TextCleaner.clean(raw)).isEqualTo("Gæster: ingen\n\n4. Ferieplan 2027\n\nIndstilling: at udvalget godkender planen.\n\nBilag");
    }

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

    /** "■ ANDRE ARBEJDSSKADER": a heading in capitals marked like a list item; "■ Hvis du …" and "• IT" are items. */
    @Test
    void aMarkedLineInCapitalsIsAHeading() {
        String raw = "Indhold:\n  \u25A0 Hvis du stikker dig\n  \u25A0 IT\n\n\u25A0 ANDRE ARBEJDSSKADER\n\nTekst.\n";
        assertThat(TextCleaner.clean(raw)).isEqualTo("Indhold:\n  - Hvis du stikker dig\n  - IT\n\nANDRE ARBEJDSSKADER\n\nTekst.");
    }
}
