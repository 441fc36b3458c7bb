package dk.hrassistenten.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.DocumentKind;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test over the sample corpus: what the reader extracts from real documents. It checks shapes
 * (kinds, dates present, versions linked), so that the product code itself holds no fact of these files.
 */
class SampleCorpusIT {

    private static KnowledgeSnapshot knowledge;

    @BeforeAll
    static void build() {
        knowledge = KnowledgeSnapshot.build(Fixtures.sampleCorpus(), p -> { });
    }

    @Test
    void everyDocumentIsReadWithAKindAndMinutesWithCommitteeAndDate() {
        assertThat(knowledge.warnings()).isEmpty();
        assertThat(knowledge.documents()).hasSizeGreaterThanOrEqualTo(5);
        for (Document d : knowledge.documents()) {
            assertThat(d.sections()).as(d.path()).isNotEmpty();
            if (d.metadata().kind() == DocumentKind.MINUTES) {
                assertThat(d.metadata().committee()).as(d.path()).isNotBlank();
                assertThat(d.metadata().date()).as(d.path()).isNotNull();
                assertThat(d.title()).as(d.path()).startsWith("Referat ");
            }
        }
        assertThat(knowledge.documents()).filteredOn(d -> d.metadata().kind() == DocumentKind.ORGANISATION_DESCRIPTION).hasSize(2);
        assertThat(knowledge.mainOrganization()).isNotNull();
    }

    @Test
    void theOlderOrganisationDescriptionIsMarkedSupersededByTheNewer() {
        assertThat(knowledge.passages()).filteredOn(p -> p.kind() == DocumentKind.ORGANISATION_DESCRIPTION && p.superseded())
                .isNotEmpty().allSatisfy(p -> assertThat(p.newerDate()).isNotNull());
    }

    @Test
    void theUnitDirectoryLinksRenamedUnits() {
        assertThat(knowledge.units().units()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(knowledge.units().units()).anySatisfy(u -> assertThat(u.aliases()).isNotEmpty());
        assertThat(knowledge.units().units()).allSatisfy(u -> assertThat(u.reportsTo() != null || u.parent() != null || u.leader() != null).isTrue());
    }

    @Test
    void compoundQuestionsFindTheirSpacedForms() {
        var hits = knowledge.search("whistleblowersager", Set.of(), 3).hits();
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).passage().text().toLowerCase()).contains("whistleblower sager");
    }
}
