package dk.hrassistenten.bot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class LocalConversationMemoryTest {

    @Test
    void aRememberedQuestionKeepsNoPersonalData() {
        ConversationMemory memory = new LocalConversationMemory(Clock.systemUTC());
        memory.remember("C1", "Hvor meget ferie har jeg? Mit cpr er 010190-1234, ring 12 34 56 78", null);
        assertThat(memory.last("C1").orElseThrow().question()).isEqualTo("Hvor meget ferie har jeg? Mit cpr er [CPR-nummer], ring [telefonnummer]");
    }
}
