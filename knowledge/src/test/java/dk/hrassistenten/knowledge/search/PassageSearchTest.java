package dk.hrassistenten.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which organisation a question names, and that other organisations' documents do not answer it. */
class PassageSearchTest {

    @TempDir
    static Path corpus;
    static KnowledgeSnapshot knowledge;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(corpus.resolve("nordby.md"), """
                # Seniorpolitik

                Nordby Kommune holder hvert år en temadag om pension på Nordby Bibliotek. Skriv til hr@nordby.dk.
                """);
        Files.writeString(corpus.resolve("nordby.md.meta.properties"), "organization=Nordby Kommune\n");
        Files.writeString(corpus.resolve("sydby.md"), """
                # Seniorpolitik

                Region Sydby holder hvert år en temadag om pension i Regionshuset.
                """);
        Files.writeString(corpus.resolve("sydby.md.meta.properties"), "organization=Region Sydby\n");
        // A page whose header with the whole name was navigation: it names its organisation only by the short name.
        Files.writeString(corpus.resolve("sydby-goder.md"), """
                # Personalegoder

                Sydby tilbyder massage og en frokostordning i kantinen til 28 kr. pr. dag for alle ansatte i Sydby.
                """);
        Files.writeString(corpus.resolve("nordby-kantine.md"), """
                # Kantinen

                Nordby Kommune har en kantine på rådhuset.
                """);
        // A hospital's minutes under a letterhead naming its region first, and a region's page that mentions the hospital.
        Files.writeString(corpus.resolve("aaby-lmu.txt"), """
                REGION SYDBY · ÅBY SYGEHUS
                Lokaludvalget (LMU)

                REFERAT
                Mødedato: 3. marts 2026

                2. Sygefravær
                Sygefraværet var 5,1 % i 2025.
                """);
        Files.writeString(corpus.resolve("sydby-loen.md"), """
                # Region Sydby – Lønservice

                Lønservice udbetaler løn til regionens 9.000 ansatte, også på Åby Sygehus. Sygefraværet i regionen var 6,0 % i 2025.
                """);
        Files.writeString(corpus.resolve("aaby-kantine.md"), """
                # Åby Sygehus – kantinen

                Kantinen på Åby Sygehus har åbent fra 7 til 15.
                """);
        knowledge = KnowledgeSnapshot.build(corpus, p -> { });
    }

    @Test
    void anOrganisationIsNamedByItsOwnShortNameAlsoInTheGenitive() {
        assertThat(knowledge.organizationsNamedIn("Hvor holder Nordbys temadag om pension?")).containsExactly("Nordby Kommune");
        assertThat(knowledge.organizationsNamedIn("Hvor holder Sydby temadag om pension?")).containsExactly("Region Sydby");
        // "Region" and "Kommune" are words of the documents' running text, no one's name.
        assertThat(knowledge.organizationsNamedIn("Hvor holder regionen temadag?")).isEmpty();
    }

    @Test
    void anotherOrganisationsDocumentDoesNotAnswer() {
        assertThat(knowledge.search("Hvor holder Nordbys temadag om pension?", false, Set.of(), 5).hits())
                .isNotEmpty().allMatch(h -> "Nordby Kommune".equals(h.passage().organization()));
    }

    /** "REGION SYDBY · ÅBY SYGEHUS": a letterhead of two organisations makes the document both's; a mention does not. */
    @Test
    void aLetterheadOfTwoOrganisationsMakesTheDocumentBoth() {
        assertThat(knowledge.search("Hvad var sygefraværet på Åby Sygehus i 2025?", false, Set.of(), 5).hits())
                .extracting(h -> h.passage().path()).contains("aaby-lmu.txt").doesNotContain("sydby-loen.md");
        assertThat(knowledge.search("Hvad var sygefraværet i Region Sydby i 2025?", false, Set.of(), 5).hits())
                .extracting(h -> h.passage().path()).contains("sydby-loen.md", "aaby-lmu.txt");
    }

    @Test
    void aDocumentThatNamesOnlyOneOrganisationsShortNameIsThatOrganisationsToo() {
        assertThat(knowledge.search("Hvad koster frokostordningen i kantinen i Nordby Kommune?", false, Set.of(), 5).hits())
                .noneMatch(h -> h.passage().path().equals("sydby-goder.md"));
        assertThat(knowledge.search("Hvad koster frokostordningen i kantinen i Region Sydby?", false, Set.of(), 5).hits())
                .anyMatch(h -> h.passage().path().equals("sydby-goder.md"));
    }
}
