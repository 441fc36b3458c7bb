package dk.hrassistenten.bot.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.TestKnowledge;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.document.DocumentKind;
import dk.hrassistenten.knowledge.index.Passage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class WelcomeTest {

    private static final KnowledgeSnapshot MIXED = TestKnowledge.of("mixed");

    @Test
    void theExamplesAreQuestionsOfTheDocumentsThatTheAssistantAnswers() {
        Assistant assistant = new Assistant(() -> MIXED, new SimpleMeterRegistry());
        List<String> examples = new Welcome(() -> MIXED, List.of(), Welcome.answeredBy(assistant::handle)).examples();
        assertThat(examples).isNotEmpty().hasSizeLessThanOrEqualTo(3).isSubsetOf(Welcome.candidates(MIXED.passages()));
        for (String question : examples) {
            assertThat(assistant.handle(Inbound.of(Channel.API, "u", question)).kind()).as(question).isIn(ReplyKind.ANSWER, ReplyKind.UNIT);
        }
    }

    @Test
    void threeAreTakenSpreadOverTheQuestionsFoundSkippingThoseNotAnswered() {
        List<String> candidates = List.of("Q1?", "Q2?", "Q3?", "Q4?", "Q5?", "Q6?", "Q7?");
        List<Passage> passages = new java.util.ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            passages.add(passage(i, "Spørgsmål nummer " + candidates.get(i), null, null));
        }
        assertThat(Welcome.fromDocuments(passages, q -> true))
                .containsExactly("Spørgsmål nummer Q1?", "Spørgsmål nummer Q3?", "Spørgsmål nummer Q5?");
        assertThat(Welcome.fromDocuments(passages, q -> !q.endsWith("Q3?")))
                .as("an unanswered one is replaced by the next in order").containsExactly("Spørgsmål nummer Q1?", "Spørgsmål nummer Q2?", "Spørgsmål nummer Q5?");
        assertThat(Welcome.fromDocuments(passages.subList(0, 2), q -> true)).hasSize(2);
    }

    @Test
    void theAdministratorsQuestionsComeFirstAndAtMostThree() {
        Welcome welcome = new Welcome(() -> MIXED, List.of("Hvem håndterer løn?", "Hvornår er der lønudbetaling?", "Hvad er en seniordag?", "En fjerde?"),
                q -> true);
        assertThat(welcome.examples()).containsExactly("Hvem håndterer løn?", "Hvornår er der lønudbetaling?", "Hvad er en seniordag?");
        Reply reply = welcome.reply(Texts.DANISH);
        assertThat(reply.kind()).isEqualTo(ReplyKind.HELP);
        assertThat(reply.text()).startsWith("Hej! Jeg er HR-assistenten").contains("• Hvem håndterer løn?").contains("hjælp").doesNotContain("En fjerde");
        assertThat(welcome.reply(Texts.ENGLISH).text()).startsWith("Hi! I am the HR assistant").contains("Try asking");
    }

    @Test
    void aQuestionOnlyAnAudienceMaySeeOrOneSupersededIsNoExample() {
        Passage open = passage(1, "Hvem godkender min ferie?", null, null);
        Passage leaders = passage(2, "Hvordan afskediger jeg en medarbejder?", "ledere", null);
        Passage old = passage(3, "Hvad var den gamle regel om kørsel?", null, "Ny kørselspolitik");
        assertThat(Welcome.candidates(List.of(open, leaders, old))).containsExactly("Hvem godkender min ferie?");
    }

    @Test
    void beforeTheFirstIndexTheWelcomeHasNoExamplesButStillSaysWhatItCanDo() {
        Reply reply = new Welcome(() -> null, List.of(), q -> true).reply(Texts.DANISH);
        assertThat(reply.text()).startsWith("Hej!").doesNotContain("Prøv for eksempel").contains("hjælp");
    }

    private static Passage passage(int id, String question, String audience, String newerTitle) {
        return new Passage(id, "faq.txt", "FAQ", List.of(question), "Svaret.", DocumentKind.FAQ, null, null, null, null, true, audience,
                newerTitle, newerTitle == null ? null : java.time.LocalDate.of(2026, 1, 1));
    }
}
