package dk.hrassistenten.bot.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestedQuestionsTest {

    @TempDir
    static Path corpus;
    static KnowledgeSnapshot snapshot;

    @BeforeAll
    static void index() throws Exception {
        Files.writeString(corpus.resolve("faq-hjemmearbejde.md"), """
                # Spørgsmål og svar om hjemmearbejde

                ## Hvor mange dage om ugen må jeg arbejde hjemme?

                Du kan aftale op til 2 hjemmearbejdsdage om ugen med din leder.

                ## Hvem betaler for mit internet derhjemme?

                Organisationen betaler ikke for internetforbindelsen.

                ## Hvornår gælder det?

                Ordningen gælder fra 1. januar 2026.
                """);
        Files.writeString(corpus.resolve("faq-ferie.md"), """
                # Spørgsmål og svar om ferie

                ## Hvornår skal sommerferien være aftalt?

                Sommerferien aftales senest 1. marts.
                """);
        Files.writeString(corpus.resolve("ledere.md"), """
                # Lederløn

                ## Hvornår forhandles lederlønningerne i år?

                Lederlønningerne forhandles i marts.
                """);
        Files.writeString(corpus.resolve("ledere.md.meta.properties"), "audience=ledere\n");
        Files.writeString(corpus.resolve("organisation.md"), """
                # Organisering af HR

                ## HR, Løn og Personale (LP)

                Ledes af en kontorchef med reference til HR-direktøren.

                - LP varetager driftsopgaver på løn- og personaleområdet (personalesager, lønforhandling, lønfastsættelse samt service og support).
                - LP har 2 hovedopgaver: 1) Overenskomstfortolkning, 2) Strategisk løndannelse.
                - Personalejura
                """);
        snapshot = KnowledgeSnapshot.build(corpus, p -> { });
    }

    @Test
    void theDocumentsOwnQuestionsOnePerDocumentFirstButNoneLeaningOnTheTextAroundItAndNoneForAnAudience() {
        List<String> headings = SuggestedQuestions.headings(snapshot);
        assertThat(headings).containsSubsequence("Hvornår skal sommerferien være aftalt?", "Hvem betaler for mit internet derhjemme?");
        assertThat(headings.subList(0, 2)).as("one per document first")
                .containsExactlyInAnyOrder("Hvor mange dage om ugen må jeg arbejde hjemme?", "Hvornår skal sommerferien være aftalt?");
        assertThat(headings).doesNotContain("Hvornår gælder det?").doesNotContain("Hvornår forhandles lederlønningerne i år?");
    }

    @Test
    void theTopicsTheUnitsTaskListsNameInOneWord() {
        assertThat(SuggestedQuestions.taskWords(snapshot)).containsExactly("personalesager", "lønforhandling", "lønfastsættelse",
                "overenskomstfortolkning", "personalejura");
    }

    @Test
    void onlyAnsweredQuestionsAreOfferedHeadingsAndWhoHandlesInTurn() {
        List<String> tried = new ArrayList<>();
        List<String> offered = SuggestedQuestions.of(snapshot, q -> {
            tried.add(q);
            return !q.contains("internet") && !q.contains("personalesager");
        });
        assertThat(offered).hasSize(SuggestedQuestions.COUNT).doesNotContain("Hvem betaler for mit internet derhjemme?");
        assertThat(offered.get(0)).endsWith("?").doesNotStartWith("Hvem håndterer");
        assertThat(offered.get(1)).isEqualTo("Hvem håndterer lønforhandling?");
        assertThat(tried).contains("Hvem håndterer personalesager?");
        assertThat(SuggestedQuestions.of(snapshot, q -> false)).as("nothing answered, nothing offered").isEmpty();
    }
}
