package dk.hrassistenten.knowledge.units;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.Fixtures;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directory extracted from two fixture organisation descriptions, the newer one renaming a unit. */
class UnitExtractorTest {

    private static UnitDirectory directory;

    @BeforeAll
    static void build() {
        directory = KnowledgeSnapshot.build(Fixtures.fixture("org"), p -> { }).units();
    }

    @Test
    void findsTheDepartmentAndEveryUnitUnderItsCurrentName() {
        assertThat(directory.department()).isEqualTo("Personaleafdelingen");
        // The department is a unit of its own when a text describes it ("Personaleafdelingen ledes af …"), above the others.
        assertThat(directory.units()).extracting(Unit::name).containsExactlyInAnyOrder("Personaleafdelingen",
                "Personaleafdelingen, Jura og Arbejdsret", "Personaleafdelingen, Personaleservice", "Personaleafdelingen, Løn og Ferie");
        assertThat(directory.find("Jura og Arbejdsret").orElseThrow().parent()).isEqualTo("Personaleafdelingen");
    }

    @Test
    void theNewestDescriptionDecidesTheFactsAndTheOldNameBecomesAnAlias() {
        Unit jura = directory.find("Jura og Arbejdsret").orElseThrow();
        assertThat(jura.aliases()).contains("JUA", "Personaleafdelingen, Team Jura");
        assertThat(jura.leader()).isEqualTo("en chefjurist");
        assertThat(jura.reportsTo()).isEqualTo("personaledirektøren");
        assertThat(jura.location()).isEqualTo("Rådhuset Nord"); // only the older description says where
        assertThat(jura.source().path()).isEqualTo("new-organisation.md");
        assertThat(directory.find("Team Jura")).contains(jura);
        assertThat(directory.find("JUA")).contains(jura);
    }

    @Test
    void tasksOnlyTheOlderDescriptionListsAreKeptWithTheirOlderSource() {
        Unit jura = directory.find("Jura og Arbejdsret").orElseThrow();
        assertThat(jura.tasks()).anySatisfy(t -> {
            assertThat(t.text()).contains("tjenstlige samtaler og afskedigelser");
            assertThat(t.source().path()).isEqualTo("old-organisation.txt");
        });
    }

    @Test
    void aUnitThatBecomesPartOfAnotherKeepsItsNameAndGetsAParent() {
        Unit loen = directory.find("Løn og Ferie").orElseThrow();
        assertThat(loen.parent()).isEqualTo("Personaleafdelingen, Personaleservice");
        assertThat(loen.location()).isEqualTo("Servicecentret");
    }

    @Test
    void lookupFindsTheUnitByTopicWithTheLinesThatMatched() {
        List<UnitDirectory.Match> matches = directory.lookup("feriehenlæggelser", false);
        assertThat(matches).isNotEmpty();
        assertThat(matches.get(0).unit().name()).isEqualTo("Personaleafdelingen, Løn og Ferie");
        assertThat(matches.get(0).matched()).anyMatch(t -> t.text().contains("feriehenlæggelser"));

        assertThat(directory.lookup("whistleblower-sager", false).get(0).unit().name()).isEqualTo("Personaleafdelingen, Jura og Arbejdsret");
        assertThat(directory.lookup("recruitment of staff", true).get(0).unit().name()).isEqualTo("Personaleafdelingen, Personaleservice");
    }

    @Test
    void aTopicNoUnitCoversFindsNothing() {
        assertThat(directory.lookup("parkeringstilladelser til elbiler", false)).isEmpty();
    }
}
