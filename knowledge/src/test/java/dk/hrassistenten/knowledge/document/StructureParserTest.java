package dk.hrassistenten.knowledge.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructureParserTest {

    @Test
    void minutesGetPointsSubHeadingsAndCaseNumbers() {
        String text = """
                # REFERAT Udvalget d. 01-02-2026

                ## Punkt 1: Budget

                1-22-3-44-26

                ### Sagsfremstilling

                Budgettet er lagt.

                ### **Beslutning**

                Godkendt.

                1-22-3-45-26

                **2. Drøftelse af kantinen**

                Beslutning

                Kantinen lukker.
                """;
        List<Section> sections = StructureParser.parse(text).sections();
        assertThat(sections).extracting(Section::headings).containsExactly(
                List.of("Punkt 1: Budget", "Sagsfremstilling"),
                List.of("Punkt 1: Budget", "Beslutning"),
                List.of("2. Drøftelse af kantinen", "Beslutning"));
        assertThat(sections).extracting(Section::caseNumber).containsExactly("1-22-3-44-26", "1-22-3-44-26", "1-22-3-45-26");
        assertThat(StructureParser.parse(text).firstHeading()).isEqualTo("REFERAT Udvalget d. 01-02-2026");
    }

    @Test
    void aNumberedTitleStandingAloneIsAPointWhileTheAgendasListStaysText() {
        String text = """
                LOKALUDVALGET

                Dagsorden
                  1. Godkendelse af dagsorden
                  2. Sygefravær 2025


                2. Sygefravær 2025


                Sagsfremstilling
                Fraværet faldt i 2025.

                1. Alle ledere følger op.
                """;
        List<Section> sections = StructureParser.parse(text).sections();
        // (TextCleaner has turned the rules framing the point into blank lines)
        assertThat(sections).extracting(Section::headings).containsExactly(
                List.of(), List.of("2. Sygefravær 2025", "Sagsfremstilling"));
        assertThat(sections.get(0).body()).contains("1. Godkendelse af dagsorden");
        assertThat(sections.get(1).body()).contains("1. Alle ledere følger op.");
    }

    @Test
    void aNumberedTitleStraightAboveAStandingSubHeadingIsAPoint() {
        String text = """
                4. Sygefravær
                Sagsfremstilling:
                Fraværet faldt.
                Beslutning: Taget til efterretning.

                5. Revideret politik for alkohol og rusmidler på arbejdspladsen
                Sagsfremstilling:
                Politikken er revideret.

                6. Vold og trusler i Akutafdelingen
                Indstilling: At udvalget anbefaler vagtberedskab alle nætter.
                """;
        List<Section> sections = StructureParser.parse(text).sections();
        assertThat(sections).extracting(s -> s.headings().get(0)).containsSubsequence(
                "4. Sygefravær", "5. Revideret politik for alkohol og rusmidler på arbejdspladsen", "6. Vold og trusler i Akutafdelingen");
        assertThat(sections).filteredOn(s -> s.headings().get(0).startsWith("6.")).singleElement()
                .satisfies(s -> assertThat(s.body()).contains("vagtberedskab alle nætter").doesNotContain("revideret"));
    }

    @Test
    void plainTextHeadingsQuestionsAndWrappedParagraphs() {
        String text = """
                Om hjemmearbejde

                Regler
                Du kan arbejde hjemme efter aftale
                med din leder.

                Hvor mange dage må jeg arbejde hjemme?

                Op til 2 dage om ugen.
                """;
        List<Section> sections = StructureParser.parse(text).sections();
        assertThat(sections).extracting(Section::headings).containsExactly(
                List.of("Regler"), List.of("Regler", "Hvor mange dage må jeg arbejde hjemme?"));
        assertThat(sections.get(0).body()).isEqualTo("Du kan arbejde hjemme efter aftale med din leder.");
        assertThat(sections.get(1).question()).isTrue();
    }

    @Test
    void aClauseBelowAHeadingIsTextAndAnAbbreviatedNameIsAHeading() {
        String text = """
                Intro

                Tekst.

                Løn og Personale (LP)

                Ledes af en kontorchef med reference til direktøren

                - Lønudbetaling
                """;
        List<Section> sections = StructureParser.parse(text).sections();
        assertThat(sections.get(sections.size() - 1).headings()).containsExactly("Løn og Personale (LP)");
        assertThat(sections.get(sections.size() - 1).body()).isEqualTo("Ledes af en kontorchef med reference til direktøren\n- Lønudbetaling");
    }

    @Test
    void shortLinesInAMarkupDocumentAreNotHeadings() {
        String text = """
                # Referat

                ## Punkt 1: Kurser

                Oversigt

                33 Medarbejdere

                Konklusion

                Godkendt.
                """;
        assertThat(StructureParser.parse(text).sections()).extracting(Section::headings).containsExactly(
                List.of("Punkt 1: Kurser"), List.of("Punkt 1: Kurser", "Konklusion"));
    }

    @Test
    void aDateSetAsAHeadingIsALineOfText() {
        String text = """
                # Seniorpolitik

                ## Gældende fra 1. januar 2025

                ## Formål

                Tekst.
                """;
        List<Section> sections = StructureParser.parse(text).sections();
        assertThat(sections).extracting(Section::headings).containsExactly(List.of(), List.of("Formål"));
        assertThat(sections.get(0).body()).isEqualTo("Gældende fra 1. januar 2025");
    }
}
