package dk.hrassistenten.knowledge.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a unit's matching task lines add up to its score in a who-handles lookup. */
class UnitDirectoryTest {

    @Test
    void oneLineCoveringTheWholeTopicBeatsManyLinesCoveringPartOfIt() {
        assertThat(UnitDirectory.score(List.of(1.0))).isGreaterThan(UnitDirectory.score(List.of(0.7, 0.7, 0.7, 0.7, 0.7)));
    }

    @Test
    void furtherMatchingLinesTellApartUnitsWhoseBestLinesCoverTheTopicAlike() {
        assertThat(UnitDirectory.score(List.of(0.8, 0.6))).isGreaterThan(UnitDirectory.score(List.of(0.8)));
        assertThat(UnitDirectory.score(List.of(0.8, 0.6, 0.6))).isGreaterThan(UnitDirectory.score(List.of(0.8, 0.6)));
    }

    @Test
    void aUnitNamedAsWhatATaskIsForIsNotItsDoer() {
        assertThat(UnitDirectory.namedAsWhatItIsFor("Lægger tjenesteplaner for Security og Flyvepladsdriften.", "Flyvepladsdriften")).isTrue();
        assertThat(UnitDirectory.namedAsWhatItIsFor("Lægger tjenesteplaner for Security og Flyvepladsdriften.", "Security")).isTrue();
        assertThat(UnitDirectory.namedAsWhatItIsFor("Flyvepladsdriften lægger tjenesteplaner.", "Flyvepladsdriften")).isFalse();
        assertThat(UnitDirectory.namedAsWhatItIsFor("Forflytningsteamet kommer ud.", "Teamet")).isFalse();
    }
}
