package dk.hrassistenten.bot.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.TestKnowledge;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class WelcomeTest {

    private static final KnowledgeSnapshot MIXED = TestKnowledge.of("mixed");

    @Test
    void theExamplesAreTheShortQuestionsTheAssistantSuggestsFromTheDocuments() {
        Assistant assistant = new Assistant(() -> MIXED, new SimpleMeterRegistry());
        List<String> examples = new Welcome(List.of(), assistant::suggestions).examples();
        assertThat(examples).isNotEmpty().hasSizeLessThanOrEqualTo(Welcome.EXAMPLES).isSubsetOf(assistant.suggestions())
                .allMatch(q -> q.length() <= Welcome.MAX_QUESTION_CHARS);
    }

    @Test
    void aLongSuggestionIsNoExample() {
        String longOne = "Hvilke eksisterende strategier, rammer og værdier skal ledelsesgrundlaget ses i sammenhæng med?";
        Welcome welcome = new Welcome(List.of(), () -> List.of(longOne, "Hvem håndterer løn?"));
        assertThat(welcome.examples()).containsExactly("Hvem håndterer løn?");
    }

    @Test
    void theAdministratorsQuestionsComeFirstAndAtMostThree() {
        Welcome welcome = new Welcome(List.of("Hvem håndterer løn?", "Hvornår er der lønudbetaling?", "Hvad er en seniordag?", "En fjerde?"),
                () -> List.of("Foreslået?"));
        assertThat(welcome.examples()).containsExactly("Hvem håndterer løn?", "Hvornår er der lønudbetaling?", "Hvad er en seniordag?");
        Reply reply = welcome.reply(Texts.DANISH);
        assertThat(reply.kind()).isEqualTo(ReplyKind.HELP);
        assertThat(reply.text()).startsWith("Hej! Jeg er HR-assistenten").contains("• Hvem håndterer løn?").contains("hjælp").doesNotContain("En fjerde");
        assertThat(welcome.reply(Texts.ENGLISH).text()).startsWith("Hi! I am the HR assistant").contains("Try asking");
    }

    @Test
    void beforeTheFirstIndexTheWelcomeHasNoExamplesButStillSaysWhatItCanDo() {
        Reply reply = new Welcome(List.of(), List::of).reply(Texts.DANISH);
        assertThat(reply.text()).startsWith("Hej!").doesNotContain("Prøv for eksempel").contains("hjælp");
    }
}
