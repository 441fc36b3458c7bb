package dk.hrassistenten.knowledge.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.hrassistenten.knowledge.analysis.QuerySynonyms.Expansion;
import dk.hrassistenten.knowledge.analysis.QuerySynonyms.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuerySynonymsTest {

    @Test
    void withoutLanguageDataTheDataKindsExpandNothingAndTheShippedOnesStillWork() {
        QuerySynonyms synonyms = QuerySynonyms.of(LanguageData.none(), List.of());

        assertEquals(List.of(), synonyms.expand("What is the mileage allowance per kilometre?", Kind.ENGLISH_DICTIONARY));
        assertEquals(List.of(), synonyms.expand("hvad er reglerne", Kind.THESAURUS));
        List<Expansion> english = synonyms.expand("Who is responsible for payroll?", Kind.ENGLISH);
        assertTrue(english.stream().anyMatch(e -> e.matched().equals("responsible for")), english.toString());
    }

    @Test
    void anAbbreviationTheCorpusDefinesStandsForItsName() {
        QuerySynonyms synonyms = QuerySynonyms.of(LanguageData.none(),
                List.of("Kurserne holdes af Center for Læring og Udvikling (CLU) i hele regionen."));

        List<Expansion> expansions = synonyms.expand("Hvem holder CLU-kurserne?", Kind.ABBREVIATION);

        assertEquals(1, expansions.size(), expansions.toString());
        assertEquals(List.of(List.of("for", "læring", "og", "udvikling")), expansions.get(0).alternatives());
    }
}
