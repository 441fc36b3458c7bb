package dk.hrassistenten.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notes below an answer, over a corpus of a municipality's documents and one of a hospital's. */
class AnswerRendererTest {

    @TempDir
    static Path corpus;
    static Assistant assistant;

    @BeforeAll
    static void write() throws IOException {
        Files.writeString(corpus.resolve("ferie.md"), "# Ferie i Vestby Kommune\n\n## Planlægning\n\nFerien planlægges i marts i Vestby Kommune.\n");
        Files.writeString(corpus.resolve("senior.md"), "# Seniorpolitik for Vestby Kommune\n\n## Seniordage\n\nVestby Kommune giver 2 seniordage om året.\n");
        Files.writeString(corpus.resolve("kantine.md"), "# Kantinen på Østby Sygehus\n\n## Åbningstid\n\nKantinen på Østby Sygehus åbner kl. 7.30 på hverdage.\n");
        KnowledgeSnapshot knowledge = KnowledgeSnapshot.build(corpus, p -> { });
        assistant = new Assistant(() -> knowledge, new SimpleMeterRegistry());
    }

    private static Reply ask(String question) {
        return assistant.handle(Inbound.of(Channel.CLI, "u", question));
    }

    @Test
    void anAnswerFromAnotherOrganisationThanTheMainOneSaysSo() {
        Reply reply = ask("Hvornår åbner kantinen?");
        assertThat(reply.kind()).as(reply.text()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.text()).contains("Bemærk: Kilden er fra Østby Sygehus, ikke fra Vestby Kommune.");
    }

    @Test
    void noSuchNoteWhenTheQuestionAskedAboutThatOrganisation() {
        Reply reply = ask("Hvornår åbner kantinen på Østby Sygehus?");
        assertThat(reply.kind()).as(reply.text()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.text()).contains("7.30").doesNotContain("Bemærk");
    }
}
