package dk.hrassistenten.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Spring til indhold",
            "Abonnér på ændringer    Del    Print",
            "Log af    Søg på intranettet    English",
            "Mit Vestby  |  Nyheder  |  Personale  |  Værktøjer  |  Kontakt",
            "Du er her: Forside > Personale > Ferie",
            "Forside > Personale > Kompetenceudvikling > E-læring",
            "→ Læs om barns 1. og 2. sygedag",
            "› Kantine og mødeforplejning",
            "  ▸ Løn og Personaleservice",
            "[Organisationsdiagram (PDF, 212 kB)]   [Se alle medarbejdere]",
            "Sidst opdateret 3. februar 2026",
            "Abonnér · Print · Del på Teams",
            "*Abonnér på ændringer* · *Del* · *Udskriv*",
            "[Medarbejderportalen](/) / [Personalehåndbog](/haandbog) / Arbejdstid og samtaler",
            "Søg på Vestnet ...",
            "[Forside](/) › [Om regionen](/om) › Center for Personale",
            "Forside   Personalehåndbog   HR og personale   IT   Bygninger",
            "Gå til sidens indhold",
            "SølvNet bruger cookies til at huske dine valg. [OK] [Læs mere]",
            "Siden sætter statistikcookies, hvis du siger ja. [Ja tak] [Nej tak]",
    })
    void navigationLinesAreDropped(String line) {
        assertThat(Boilerplate.isNavigation(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Kontakt",
            "Ferie og fridage",
            "Du skal sygemelde dig til din leder senest kl. 7.00.",
            "Løn og Personale | Telefon 12 34 56 78",
            "1. Formål",
            "Del 2: Ansvar",
            "Forside og bagside af blanketten skal udfyldes.",
            "Søg om orlov i god tid.",
            "**Ferie** · Fravær",
            "» Send ansøgningen til din leder senest 10 uger før den dag, orloven skal begynde.",
    })
    void contentStays(String line) {
        assertThat(Boilerplate.isNavigation(line)).isFalse();
    }
}
