package dk.hrassistenten.bot.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void readsQuotedAndPlainValuesTypographicQuotesAndRepeatedKeys() {
        Arguments a = Arguments.parse("Forum=“HMU Social” dato=10.12.2030 titel=\"Orientering om vikarer\" bilag=a.pdf bilag=\"b c.pdf\"");
        assertThat(a.get("forum")).isEqualTo("HMU Social");
        assertThat(a.get("dato", "date")).isEqualTo("10.12.2030");
        assertThat(a.get("titel", "title")).isEqualTo("Orientering om vikarer");
        assertThat(a.all("bilag")).containsExactly("a.pdf", "b c.pdf");
        assertThat(a.unknown(Set.of("forum", "dato", "titel"))).containsExactly("bilag");
    }

    @Test
    void saysWhatIsWrongWithMalformedInput() {
        assertThatThrownBy(() -> Arguments.parse("forum=HMU hovsa"))
                .isInstanceOfSatisfying(AgendaException.class, e -> assertThat(e.key()).isEqualTo("agenda.error.syntax"));
        assertThatThrownBy(() -> Arguments.parse("titel=\"uden slut"))
                .isInstanceOfSatisfying(AgendaException.class, e -> assertThat(e.key()).isEqualTo("agenda.error.quote"));
    }
}
