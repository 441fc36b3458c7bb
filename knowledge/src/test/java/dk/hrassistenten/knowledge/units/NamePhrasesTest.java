package dk.hrassistenten.knowledge.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamePhrasesTest {

    private final NamePhrases names = new NamePhrases(UnitCues.shipped());

    @Test
    void aNameIsAFewCapitalisedWordsJoinedByLittleOnesNotASentence() {
        assertThat(names.isNameLike("Løn og Personale")).isTrue();
        assertThat(names.isNameLike("Center for e-læring")).isTrue();
        assertThat(names.isNameLike("Lønkontoret udbetaler løn")).isFalse();
        assertThat(names.isNameLike("Løn og")).isFalse();
    }

    @Test
    void theNameAClauseEndsOrOpensWith() {
        assertThat(names.trailingName("Efter sammenlægningen overgår opgaverne til Løn og Pension")).isEqualTo(Optional.of("Løn og Pension"));
        assertThat(names.leadingName("Løn og Pension pr. 1. marts 2026.")).isEqualTo(Optional.of("Løn og Pension"));
        assertThat(names.openingName("Kørselskontoret og lå før under Økonomi")).isEqualTo(Optional.of("Kørselskontoret"));
    }

    @Test
    void twoUnitsJoinedByOgAreTwoWhenEachIsNamedAsAUnit() {
        assertThat(names.coordinatedUnits("Lønkontoret og Refusionsgruppen")).isEqualTo(List.of("Lønkontoret", "Refusionsgruppen"));
        assertThat(names.coordinatedUnits("Løn og Personale")).isEqualTo(List.of("Løn og Personale"));
    }

    @Test
    void anAbbreviationInParenthesesIsNoPartOfTheName() {
        assertThat(NamePhrases.stripAbbreviation("Personalejuridisk Team (PJT)")).isEqualTo("Personalejuridisk Team");
        assertThat(NamePhrases.firstLetter("»Løn og Tid«")).isEqualTo('L');
    }
}
