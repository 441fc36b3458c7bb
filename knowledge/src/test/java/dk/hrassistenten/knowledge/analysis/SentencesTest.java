package dk.hrassistenten.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsAtSentenceEndsButNotAfterDanishAbbreviationsOrOrdinals() {
        assertThat(Sentences.split("Mødet er pr. 1. januar 2025 flyttet, bl.a. pga. ombygning. Næste møde er d. 4. juni. Alle er velkomne!"))
                .containsExactly("Mødet er pr. 1. januar 2025 flyttet, bl.a. pga. ombygning.", "Næste møde er d. 4. juni.", "Alle er velkomne!");
    }

    @Test
    void aNumberEndsASentenceWhenACapitalFollows() {
        assertThat(Sentences.split("Lukket i uge 29 og 30. Derefter åbent.")).containsExactly("Lukket i uge 29 og 30.", "Derefter åbent.");
    }

    @Test
    void anItemAfterADashOnTheSameLineIsASentenceOfItsOwn() {
        assertThat(Sentences.split("Kurser og MUS-skabeloner. – Oprettet 1. august 2026 ved sammenlægning. Det er – som nævnt – nyt."))
                .containsExactly("Kurser og MUS-skabeloner.", "Oprettet 1. august 2026 ved sammenlægning.", "Det er – som nævnt – nyt.");
    }

    @Test
    void eachBulletIsASentenceOfItsOwn() {
        assertThat(Sentences.split("Opgaver:\n- løn\n- ferie")).containsExactly("Opgaver:", "løn", "ferie");
    }

    @Test
    void aLetteredItemRunOnIntoTheLineBeforeStartsASentence() {
        assertThat(Sentences.split("Systemet følger med. c) Kontoret skifter navn. Se afsnit 3 a) og b) nedenfor."))
                .containsExactly("Systemet følger med.", "c) Kontoret skifter navn.", "Se afsnit 3 a) og b) nedenfor.");
    }
}
