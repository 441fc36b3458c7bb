package dk.hrassistenten.knowledge.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitNameChecksTest {

    private final UnitCues cues = UnitCues.shipped();
    private final UnitNameChecks checks = new UnitNameChecks(cues, new NamePhrases(cues));

    @Test
    void aHeadingNamesAUnitWithoutItsNumberingAndNotes() {
        assertThat(checks.headingName("2. Løn og Pension (tidligere Lønkontoret)")).isEqualTo("Løn og Pension");
        assertThat(checks.headingName("HR-afdelingen – hvem gør hvad?")).isEqualTo("HR-afdelingen");
        assertThat(checks.headingName("Hvem gør hvad?")).isNull();
    }

    @Test
    void aFormerNameFollowsItsCueWithoutTheDate() {
        assertThat(checks.formerInParens("Løn og Pension (tidligere Lønkontoret)")).isEqualTo(Optional.of("Lønkontoret"));
        assertThat(checks.formerInParens("Sekretariatet (SU)")).isEmpty();
        assertThat(checks.afterFormerCue("hed indtil 1. august 2026 Velkomstcentret")).isEqualTo(Optional.of("Velkomstcentret"));
    }

    @Test
    void aRecordLineIsItsLabelledFields() {
        assertThat(UnitNameChecks.fields("Enhed: Lønservice; Leder: Kontorchef Birgitte Holm; Opgaver: Lønudbetaling, lønsedler"))
                .extracting(f -> f[0] + "=" + f[1]).containsExactly("Enhed=Lønservice", "Leder=Kontorchef Birgitte Holm", "Opgaver=Lønudbetaling, lønsedler");
        assertThat(UnitNameChecks.fields("Lønkontoret udbetaler løn; se også: Ferie")).isEmpty();
        assertThat(checks.unitRecord("Enhed: Lønservice; Leder: Kontorchef Birgitte Holm")).hasSize(2);
        assertThat(checks.unitRecord("Funktion: Tillidsrepræsentant; Tillæg pr. år: 12.000 kr.")).isEmpty();
    }

    @Test
    void keysAndDisplayNamesCarryTheOrganisationAndTheDepartment() {
        assertThat(UnitNameChecks.key("Vestby Kommune", "Fælles HR", "Fælles HR, Arbejds miljø"))
                .isEqualTo(UnitNameChecks.key("Vestby Kommune", "Fælles HR", "Arbejdsmiljø"));
        assertThat(UnitNameChecks.display("sekretariatet", "Fælles HR")).isEqualTo("Fælles HR, Sekretariatet");
        assertThat(UnitNameChecks.abbreviation("Personalejuridisk Team (PJT)")).isEqualTo("PJT");
    }

    @Test
    void aUnitNamedAfterItsOrganisationsPlace() {
        assertThat(UnitNameChecks.namedAfterPlace("Lønpartner Hedebro", "Region Hedebro")).isTrue();
        assertThat(UnitNameChecks.namedAfterPlace("Lønpartner", "Region Hedebro")).isFalse();
    }
}
