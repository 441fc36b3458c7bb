package dk.hrassistenten.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.document.DocumentKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassageTest {

    @ParameterizedTest(name = "audience \"{0}\", asker in [{1}]: {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL       |          | true
            ledere     |          | false
            ledere     | ledere   | true
            ledere     | hr       | false
            hr,ledere  | ledere   | true
            hr, ledere | ledere   | true
            hr,ledere  | tr       | false
            """)
    void aRestrictedPassageIsVisibleToTheMembersOfAnyOfItsAudiences(String audience, String asker, boolean visible) {
        Passage passage = new Passage(1, "a.md", "Titel", List.of(), "Tekst.", DocumentKind.values()[0], null, null, null, null, false,
                audience, null, null);

        assertThat(passage.visibleTo(asker == null ? Set.of() : Set.of(asker))).isEqualTo(visible);
    }
}
