package dk.hrassistenten.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InboundActionTest {

    @Test
    void whatTheClientSendsBackIsTakenOnlyAsFarAsItIsKnown() {
        assertThat(new InboundAction.Feedback(true, "unit", "a.md", null).replyKind()).isEqualTo("unit");
        assertThat(new InboundAction.Feedback(true, "x".repeat(5000), "a.md", null).replyKind()).isEqualTo("answer");
        assertThat(new InboundAction.Feedback(true, null, " ", null).sourcePath()).isNull();
        assertThat(new InboundAction.Feedback(true, "answer", "p".repeat(5000), null).sourcePath()).hasSize(InboundAction.MAX_ID_CHARS);
        assertThat(new InboundAction.ShowSource(null, null)).isEqualTo(new InboundAction.ShowSource("", ""));
        assertThat(new InboundAction.ShowSource("a.md", "s".repeat(5000)).section()).hasSize(InboundAction.MAX_ID_CHARS);
    }

    @Test
    void aFormKeepsOnlyItsOwnFieldsAndCutsWhatNoFieldCouldHold() {
        java.util.Map<String, String> sent = new java.util.HashMap<>();
        sent.put("titel", "Budget");
        sent.put("sagsfremstilling", "x".repeat(50_000));
        sent.put("user", "someone-else");
        sent.put("bilag", null);
        InboundAction.AgendaForm form = new InboundAction.AgendaForm(sent);
        assertThat(form.fields()).containsOnlyKeys("titel", "sagsfremstilling");
        assertThat(form.fields().get("sagsfremstilling")).hasSize(InboundAction.AgendaForm.MAX_FIELD_CHARS);
        assertThat(new InboundAction.AgendaForm(null).fields()).isEmpty();
    }

    @Test
    void anActionCarriesNoText() {
        Inbound pressed = Inbound.of(Channel.TEAMS, "anne", "conv", "act-1", new InboundAction.ShowSource("a.md", ""));
        assertThat(pressed.text()).isEmpty();
        assertThat(pressed.withEmail("anne@example.org").action()).isEqualTo(pressed.action());
        assertThatThrownBy(() -> new Inbound(Channel.TEAMS, "anne", "hej", null, null, null, pressed.action()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
