package dk.hrassistenten.knowledge.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.ingest.SourceText;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private static DocumentMetadata metadata(String text, Map<String, String> sidecar) {
        return DocumentParser.parse(new SourceText("x/doc.md", text, 0), sidecar).metadata();
    }

    @Test
    void minutesGetCommitteeMeetingDateCaseNumbersAndATitleFromThem() {
        DocumentMetadata m = metadata("""
                11. oktober 2023

                ## Referat

                til

                **møde i LMU Psykiatrien**

                **25. september 2023 kl. 14:00**

                1-13-3-105-22

                **1. Velkomst**

                ### Beslutning

                Region Nordvest og Region Nordvests udvalg bød velkommen.
                """, Map.of());
        assertThat(m.kind()).isEqualTo(DocumentKind.MINUTES);
        assertThat(m.committee()).isEqualTo("LMU Psykiatrien");
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 9, 25));
        assertThat(m.title()).isEqualTo("Referat LMU Psykiatrien 25-09-2023");
        assertThat(m.caseNumbers()).containsExactly("1-13-3-105-22");
        assertThat(m.organization()).isEqualTo("Region Nordvest");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Referat af møde i LMU Hospitalsenhed Vest den 3. marts 2025            | LMU Hospitalsenhed Vest | 2025-03-03",
            "REFERAT Hovedudvalg d. 20-05-2025                                      | Hovedudvalg             | 2025-05-20",
            "Dagsorden til HMU-møde tirsdag den 4. februar 2025 kl. 13-15            | HMU                     | 2025-02-04",
            "Referat fra ekstraordinært møde i MED-udvalget, 12.03.2025             | MED-udvalget            | 2025-03-12",
            "Beslutningsprotokol Regionsrådet 28. april 2025                          | Regionsrådet            | 2025-04-28",
    })
    void committeeAndDateFromTheTitleLinesMinutesUse(String titleLine, String committee, String date) {
        DocumentMetadata m = metadata("# " + titleLine + "\n\n## Punkt 1: Godkendelse\n\n### Beslutning\n\nGodkendt.\n\n## Punkt 2: Eventuelt\n\n### Beslutning\n\nIntet.\n",
                Map.of());
        assertThat(m.committee()).isEqualTo(committee);
        assertThat(m.date()).hasToString(date);
    }

    @Test
    void anEffectiveDateIsTheDocumentsDateAndASidecarOverridesWhatTheTextSays() {
        String text = "Organisering af Personaleafdelingen\n\nPr. 1. marts 2026\n\nTekst om Region Vestkyst.\n";
        assertThat(metadata(text, Map.of()).date()).isEqualTo(LocalDate.of(2026, 3, 1));
        DocumentMetadata overridden = metadata(text, Map.of("title", "Min titel", "date", "2027-01-01", "kind", "faq", "audience", "ledere"));
        assertThat(overridden.title()).isEqualTo("Min titel");
        assertThat(overridden.date()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(overridden.kind()).isEqualTo(DocumentKind.FAQ);
        assertThat(overridden.audience()).isEqualTo("ledere");
    }

    @Test
    void theOrganisationInTheFirstLinesIsTheDocumentsAlsoInCapitalsAndTheCommitteeLineBelowIt() {
        DocumentMetadata m = metadata("""
                NORDBY SYGEHUS
                Lokalt MED-udvalg (LMU)

                Referat
                Mødedato: 03-02-2026, kl. 13.00

                Punkt 1: Orientering

                Region Vestland har godkendt budgettet. Region Vestland betaler. Region Vestland igen.

                Beslutning

                Taget til efterretning.
                """, Map.of());
        assertThat(m.organization()).isEqualTo("Nordby Sygehus");
        assertThat(m.committee()).isEqualTo("Lokalt MED-udvalg (LMU)");
        assertThat(m.title()).isEqualTo("Referat Lokalt MED-udvalg (LMU) 03-02-2026");
        assertThat(metadata("""
                NORDBY KOMMUNE
                HovedMED-udvalget

                REFERAT
                Møde onsdag den 20. maj 2026 kl. 13.00

                1. Godkendelse af dagsorden

                Beslutning: Godkendt.
                """, Map.of()).title()).isEqualTo("Referat HovedMED-udvalget 20-05-2026");
    }

    @Test
    void anOrganisationNamedInTheGenitiveIsTheOrganisation() {
        DocumentMetadata m = metadata("""
                Intranet
                Forside > Organisation > HR-centret

                HR-centret
                HR-centret er Tornby Kommunes fælles personalefunktion. Tornby Kommunes ledere kan altid ringe.
                """, Map.of());
        assertThat(m.organization()).isEqualTo("Tornby Kommune");
    }

    @Test
    void aNameOpenedByItsKindIsTheSameOrganisationInTheGenitive() {
        DocumentMetadata m = metadata("""
                Vestnet · Region Vestlunds intranet
                Stress og trivsel

                Region Vestlunds ledere skal reagere på tegn på stress.
                """, Map.of());
        assertThat(m.organization()).isEqualTo("Region Vestlund");
        assertThat(metadata("Nordby Sygehus\nNordby Sygehus har en ny rygepolitik.\n", Map.of()).organization()).isEqualTo("Nordby Sygehus");
    }

    @Test
    void collegesUniversitiesAndUtilitiesAreOrganisationsButATeamOfThatNameIsNot() {
        assertThat(metadata("Personalehåndbog\n\nProfessionshøjskolen Nordå – for alle ansatte.\n", Map.of()).organization())
                .isEqualTo("Professionshøjskolen Nordå");
        assertThat(metadata("Om os\n\nBredal Forsyning leverer vand og varme.\n", Map.of()).organization()).isEqualTo("Bredal Forsyning");
        assertThat(MetadataExtractor.namesAnOrganisation("i Team Forsyning")).isFalse();
    }

    @Test
    void housingAssociationsSchoolsAndAirportsAreOrganisations() {
        assertThat(metadata("Personale › Vagter\n\n*For ejendomsfunktionærer i Birkely Boligselskab.*\n", Map.of()).organization())
                .isEqualTo("Birkely Boligselskab");
        assertThat(MetadataExtractor.namesAnOrganisation("ansat på Sundby Højskole")).isTrue();
        assertThat(MetadataExtractor.namesAnOrganisation("i Vestkyst Lufthavn")).isTrue();
    }

    /**
     * A state agency names itself in one word, in the first lines only: further down such a name is an authority
     * spoken of. "Psykiatriske Hospital" is an adjective and a kind, no name; "Psykiatrien Nordvang" is one.
     */
    @Test
    void anAgencyInTheFirstLinesIsTheDocumentsAndAnAdjectiveBeforeAKindIsNoName() {
        assertThat(metadata("Kystværnsstyrelsen\nPersonalehåndbog\n\nAlle ansatte har ret til en MUS.\n", Map.of()).organization())
                .isEqualTo("Kystværnsstyrelsen");
        assertThat(metadata("Personalehåndbog\n\nEt\n\nTo\n\nTre\n\nArbejdsulykker anmeldes til Arbejdstilsynet.\n", Map.of()).organization()).isNull();
        assertThat(metadata("Psykiatrien Nordvang\nHvem kontakter jeg?\n\nDet Psykiatriske Hospital i Byen har sin egen HR.\n", Map.of()).organization())
                .isEqualTo("Psykiatrien Nordvang");
        assertThat(MetadataExtractor.namesAnOrganisation("på det Psykiatriske Hospital")).isFalse();
    }

    /** A company is the two words before its legal form, in capitals too: "ENGBY VARME A/S" is "Engby Varme". */
    @Test
    void aCompanyIsNamedByTheWordsBeforeItsLegalForm() {
        assertThat(metadata("ENGBY VARME A/S\nOrganisationsdiagram\n\nDirektør – Mona Lind\n", Map.of()).organization()).isEqualTo("Engby Varme");
        assertThat(metadata("Personalepolitik\n\nHos Strandby Havn A/S har alle ret til en årlig samtale.\n", Map.of()).organization())
                .isEqualTo("Strandby Havn");
    }

    @Test
    void anOrganisationsNameIsToldFromAUnitsInAQuestionToo() {
        assertThat(MetadataExtractor.namesAnOrganisation("i Egeby Kommune")).isTrue();
        assertThat(MetadataExtractor.namesAnOrganisation("i Region Nordvang")).isTrue();
        assertThat(MetadataExtractor.namesAnOrganisation("i HR-afdelingen")).isFalse();
        assertThat(MetadataExtractor.namesAnOrganisation("i Personaleservice")).isFalse();
    }

    @Test
    void aWebSitesNameIsNoTitleAndAMemosSubjectLineIs() {
        assertThat(metadata("""
                VestNet · Intranet for Vestby Sygehus · Region Vestlund

                STIKUHELD OG ARBEJDSSKADER

                Her står, hvad du gør.
                """, Map.of()).title()).isEqualTo("STIKUHELD OG ARBEJDSSKADER");
        assertThat(metadata("""
                Vestby Kommune - Intranet

                Ferie og fridage

                Her står reglerne for ferie.
                """, Map.of()).title()).isEqualTo("Ferie og fridage");
        assertThat(metadata("""
                VESTBY KOMMUNE
                Direktionen

                NOTAT

                Emne: Ny struktur for lønområdet

                1. Baggrund

                Teksten.
                """, Map.of()).title()).isEqualTo("Ny struktur for lønområdet");
        assertThat(metadata("""
                VestNet · Region Vestlunds intranet

                Stress og trivsel
                Udgivet 14. januar 2025

                Tekst om stress.
                """, Map.of()).title()).isEqualTo("Stress og trivsel");
    }

    @Test
    void aPolicyThatMentionsAReportIsNoMinutes() {
        DocumentMetadata m = metadata("""
                Udviklingssamtaler

                Lederen skriver et kort referat med de aftaler, I har indgået, og gemmer det i personalemappen.
                """, Map.of());
        assertThat(m.kind()).isNotEqualTo(DocumentKind.MINUTES);
    }
}
