package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalRepliesTest {

    private static final Reply ANSWER = Reply.answer("Ifølge **referatet**:\n> Cykelordningen træder i kraft den 1. august 2026.\n\n"
            + "Kilde: Referat › Punkt 1 (12-03-2026, Region Vest)", List.of(new Source("minutes.md", "Referat", "Punkt 1",
            LocalDate.of(2026, 3, 12), "Region Vest", "")));

    @Test
    void boldIsBoldOnATerminalQuotesAreSetOffAndTheSourceIsListedOnceWithADanishDate() {
        assertThat(new TerminalReplies(true).render(ANSWER)).containsExactly("Ifølge \u001b[1mreferatet\u001b[22m:",
                "  │ Cykelordningen træder i kraft den 1. august 2026.", "", "Kilde:",
                "  • Referat › Punkt 1 (12. marts 2026, Region Vest, minutes.md)");
    }

    @Test
    void withoutATerminalNoMarksAreLeft() {
        List<String> help = new TerminalReplies(false).render(Reply.help("# Dagsorden\n---\n- `/hvem <emne>`: **Finder** enheden."));
        assertThat(help).containsExactly("Dagsorden", "────────", "  • /hvem <emne>: Finder enheden.");
        assertThat(String.join("\n", new TerminalReplies(false).render(ANSWER))).doesNotContain("**").doesNotContain("\u001b")
                .doesNotContain("12-03-2026");
    }
}
