package dk.hrassistenten.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.TestKnowledge;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mit cpr er 010190-1234                       | mit cpr er [CPR-nummer]
            mit cpr er 0101901234.                       | mit cpr er [CPR-nummer].
            CPR: 311299 1234                             | CPR: [CPR-nummer]
            skriv til jens.hansen@example.dk i dag       | skriv til [e-mail] i dag
            mail: Mette_Skov+hr@region-x.dk.             | mail: [e-mail].
            ring 12345678                                | ring [telefonnummer]
            ring på 12 34 56 78 efter kl. 9              | ring på [telefonnummer] efter kl. 9
            tlf. +45 12 34 56 78                         | tlf. [telefonnummer]
            tlf. +4512345678                             | tlf. [telefonnummer]
            tlf. 0045 1234 5678                          | tlf. [telefonnummer]
            tlf. 1234 5678                               | tlf. [telefonnummer]
            Hvornår træder cykelordningen i kraft?       | Hvornår træder cykelordningen i kraft?
            ferie fra 1. august 2026 til 14.08.2026      | ferie fra 1. august 2026 til 14.08.2026
            sag 1-13-3-105-22 om 37 timer                | sag 1-13-3-105-22 om 37 timer
            løn på 123.456 kr i uge 29                   | løn på 123.456 kr i uge 29
            123456789 er ni cifre                        | 123456789 er ni cifre
            konto 12345678901                            | konto 12345678901
            """)
    void personalDataIsReplacedAndTheRestKept(String text, String redacted) {
        assertThat(PersonalData.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hvad får Jens Hansen i ferie?                | Hvad får [navn] i ferie?
            Jens Hansen spørger om ferie                 | [navn] spørger om ferie
            Hvad siger Anne-Mette Skov Larsens leder?    | Hvad siger [navn] leder?
            Hvad Mette mener                             | Hvad Mette mener
            Hvem leder Region Midtjylland?               | Hvem leder Region Midtjylland?
            Hvor ligger Østkyst Sygehus?                 | Hvor ligger Østkyst Sygehus?
            Hvem leder Koncern HR?                       | Hvem leder Koncern HR?
            ring til Jens Hansen på 12345678             | ring til [navn] på [telefonnummer]
            """)
    void namesAreReplacedWhereTheDocumentsTellThemFromWords(String text, String redacted) {
        Set<String> common = Set.of("hvad", "hvem", "hvor", "region", "koncern", "østkyst", "sygehus");
        assertThat(PersonalData.redact(text, word -> common.contains(word.toLowerCase(Locale.ROOT)))).isEqualTo(redacted);
    }

    @Test
    void theDocumentsTellUnitsAndWordsFromNames() {
        Predicate<String> common = PersonalData.commonWords(TestKnowledge.of("org"));
        assertThat(PersonalData.redact("Hvad laver Team Jura for Jens Hansen?", common)).isEqualTo("Hvad laver Team Jura for [navn]?");
    }

    @Test
    void withoutDocumentsEveryRunOfCapitalisedWordsIsTakenForAName() {
        assertThat(PersonalData.redact("Hvor ligger Østkyst Sygehus?", PersonalData.commonWords(null))).isEqualTo("Hvor ligger [navn]?");
    }
}
