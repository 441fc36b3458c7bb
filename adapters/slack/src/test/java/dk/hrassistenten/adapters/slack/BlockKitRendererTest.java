package dk.hrassistenten.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.SectionBlock;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {

    private final BlockKitRenderer renderer = new BlockKitRenderer("https://hr.example.org/");

    @Test
    void aLongReplyIsSplitWithinSlacksLimitsAndLosesNoText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("Linje ").append(i).append(": ").append("tekst ".repeat(20)).append('\n');
        }
        text.append("x".repeat(7000)); // one line longer than a section may be
        List<SlackMessage> messages = renderer.render(Reply.help(text.toString()));
        assertThat(messages).hasSizeGreaterThan(1);
        StringBuilder rendered = new StringBuilder();
        for (SlackMessage m : messages) {
            assertThat(m.blocks()).hasSizeLessThanOrEqualTo(50);
            int chars = 0;
            for (var block : m.blocks()) {
                if (block instanceof SectionBlock s) {
                    assertThat(s.getText().getText().length()).isLessThanOrEqualTo(3000);
                    chars += s.getText().getText().length();
                    rendered.append(s.getText().getText());
                }
            }
            assertThat(chars).isLessThanOrEqualTo(BlockKitRenderer.MESSAGE_CHARS);
            assertThat(m.text()).isNotBlank();
        }
        assertThat(rendered.toString().replace("\n", "")).isEqualTo(text.toString().replace("\n", ""));
    }

    @Test
    void anAnswerHasItsSourcesAsLinksAndFeedbackButtons() {
        Reply reply = Reply.answer("> Ferieåret starter 1. september.",
                List.of(new Source("ferie/regler.md", "Ferie <!here>", "Ferieår", LocalDate.of(2026, 1, 1), "Region Vest", "…")));
        List<SlackMessage> messages = renderer.render(reply);
        String json = messages.toString();
        assertThat(json).contains("<https://hr.example.org/kilde?path=ferie%2Fregler.md&section=Ferie%C3%A5r|Ferie &lt;!here&gt; › Ferieår>")
                .contains("feedback_up").contains("feedback_down").contains("show_source").doesNotContain("<!here>");
    }

    @Test
    void aWebPageSourceLinksToThePageItselfAFolderDocumentToTheSourceView() {
        Reply reply = Reply.answer("> Pensionen er 15 procent.",
                List.of(new Source("https://intra.example.dk/hr/pension.aspx?id=7&v=2", "Pension", "Satser", null, null, "…"),
                        new Source("pension.md", "Pension", "", null, null, "…")));
        String json = renderedWithoutPublicUrl(reply);
        assertThat(json).contains("<https://intra.example.dk/hr/pension.aspx?id=7&v=2|Pension › Satser>").contains("*Pension*")
                .doesNotContain("kilde?path=https");
    }

    private static String renderedWithoutPublicUrl(Reply reply) {
        return new BlockKitRenderer(null).render(reply).toString();
    }

    @Test
    void theFeedbackButtonsCarryTheReplysIdWholeWhateverThePath() {
        String id = "0f8fad5b-d9cb-469f-a165-70867728950e";
        Reply reply = Reply.answer("Ja.", List.of(new Source("p".repeat(3000) + ".md", "T", "", null, null, ""))).withId(id);
        String json = renderer.render(reply).toString();
        assertThat(json).contains("\u001F" + id);
    }

    @Test
    void eachSourceIsNamedOnceWithADanishDate() {
        Reply reply = Reply.answer("> Ferieåret starter 1. september.\n\nKilde: Ferie › Ferieår (01-01-2026, Region Vest)\nSe også: Ferie › Ferie i øvrigt",
                List.of(new Source("ferie/regler.md", "Ferie", "Ferieår", LocalDate.of(2026, 1, 1), "Region Vest", "…"),
                        new Source("ferie/regler.md", "Ferie", "Ferie i øvrigt", null, "Region Vest", "…")));
        String json = renderer.render(reply).toString();
        assertThat(json).doesNotContain("Kilde:").doesNotContain("Se også:").doesNotContain("01-01-2026").doesNotContain("2026-01-01")
                .contains("Ferie › Ferieår> · 1. januar 2026 · Region Vest").contains("Ferie › Ferie i øvrigt>");
    }
}
