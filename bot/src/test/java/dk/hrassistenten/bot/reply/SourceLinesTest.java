package dk.hrassistenten.bot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLinesTest {

    private static final Source SOURCE = new Source("a.md", "Referat", "Punkt 1", LocalDate.of(2025, 5, 20), "Region X", "");

    @Test
    void theLinesNamingTheSourcesGoWhenTheChannelListsThem() {
        Reply answer = Reply.answer("> Citat.\nKilden er god.\n\nKilde: Referat › Punkt 1 (20-05-2025, Region X)\nSe også: Andet (Region X)",
                List.of(SOURCE));
        assertThat(SourceLines.without(answer)).isEqualTo("> Citat.\nKilden er god.");
        Reply english = Reply.answer("According to the minutes:\n> Citat.\nSource: Referat › Punkt 1\nSee also: Andet", List.of(SOURCE));
        assertThat(SourceLines.without(english)).isEqualTo("According to the minutes:\n> Citat.");
    }

    @Test
    void aReplyWithoutSourcesKeepsItsText() {
        Reply help = Reply.help("Kilde: er et ord, ikke en kilde her.");
        assertThat(SourceLines.without(help)).isEqualTo(help.text());
    }
}
