package dk.hrassistenten.knowledge.units;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.Fixtures;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An organisation of no kind the metadata knows ("Novafarm" is no "X Kommune"), named in the first lines of its
 * documents (fixtures/implied, invented organisations), beside a municipality's document.
 */
class ImpliedOrganisationsTest {

    private static KnowledgeSnapshot snapshot;

    @BeforeAll
    static void build() {
        snapshot = KnowledgeSnapshot.build(Fixtures.fixture("implied"), p -> { });
    }

    @Test
    void documentsSharingAProperNameInTheirFirstLinesAreThatOrganisations() {
        assertThat(snapshot.units().find("Sikkerhedsteamet").orElseThrow().organization()).isEqualTo("Novafarm");
        assertThat(snapshot.units().find("Lønkontoret", "Novafarm")).isPresent();
        assertThat(snapshot.units().find("Lønkontoret", "Egeby Kommune")).isPresent();
        assertThat(snapshot.units().organizations()).as("a committee in the first lines is no organisation")
                .containsExactlyInAnyOrder("Novafarm", "Egeby Kommune");
    }

    @Test
    void aQuestionNamingThatOrganisationIsNotAnsweredFromAnotherOrganisationsDocument() {
        assertThat(snapshot.organizationsNamedIn("Hvor mange seniordage har man fra 60 år i Novafarm?")).containsExactly("Novafarm");
        assertThat(snapshot.search("Hvor mange seniordage har man fra 60 år i Novafarm?", Set.of(), 5).hits())
                .noneMatch(h -> h.passage().path().startsWith("egeby"));
        assertThat(snapshot.units().lookup("udbetaler lønnen", false, "Novafarm")).first()
                .satisfies(m -> assertThat(m.unit().organization()).isEqualTo("Novafarm"));
    }
}
