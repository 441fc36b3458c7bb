package dk.hrassistenten.knowledge.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-12-10          | 2026-12-10",
            "10.12.2026          | 2026-12-10",
            "10-12-2026          | 2026-12-10",
            "10. december 2026   | 2026-12-10",
            "1. jan. 2025        | 2025-01-01",
            "d. 4. juni 2026     | 2026-06-04",
    })
    void parsesTheFormsDanesWrite(String text, String iso) {
        assertThat(DanishDates.first(text)).contains(LocalDate.parse(iso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"31.02.2026", "2026-13-01", "den 40. maj 2026", "ingen dato her"})
    void rejectsWhatIsNoDate(String text) {
        assertThat(DanishDates.first(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pr. 1. januar 2025                          | true",
            "**25. september 2023 kl. 14:00**            | true",
            "Tirsdag d. 20. maj 2025 kl. 13:00           | true",
            "Ledelsesgrundlaget lanceres 4. juni 2026    | false",
    })
    void recognisesLinesThatAreOnlyADate(String line, boolean dateLine) {
        assertThat(DanishDates.isDateLine(line)).isEqualTo(dateLine);
    }

    @Test
    void monthsAreNamedByTheirFullNamesNotByWordsThatOnlyBeginLikeThem() {
        assertThat(DanishDates.monthsNamed("Mødet i oktober og den 1. maj 2026")).containsExactlyInAnyOrder(10, 5);
        assertThat(DanishDates.monthsNamed("May I attend the meeting in June?")).containsExactly(6);
        assertThat(DanishDates.monthsNamed("Juniorordningen er aflyst, siger Majbritt")).isEmpty();
    }
}
