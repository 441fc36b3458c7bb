package dk.hrassistenten.bot.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ForumsTest {

    private static Forums parse(String yaml) throws IOException {
        return Forums.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "forums.yaml");
    }

    @Test
    void readsTheContractsFormatAndFindsByNameOrAliasIgnoringCase() throws IOException {
        Forums forums = parse("""
                forums:
                  - name: HMU Psykiatri
                    aliases: [HMU Psyk]
                    secretaries: [U0123ABC, sekretaer@example.org]
                    starts: "14:00"
                    default_minutes: 10
                """);
        Forum f = forums.find("hmu psyk").orElseThrow();
        assertThat(f.name()).isEqualTo("HMU Psykiatri");
        assertThat(f.starts()).isEqualTo(LocalTime.of(14, 0));
        assertThat(f.isSecretary("u0123abc")).isTrue();
        assertThat(f.isSecretary("SEKRETAER@example.org")).isTrue();
        assertThat(f.isSecretary("U999")).isFalse();
        assertThat(forums.closest("HMU Psykiarti", 1)).containsExactly("HMU Psykiatri");
    }

    @Test
    void aDeadlineClosesProposalsThatManyDaysBeforeTheMeeting() throws IOException {
        Forums forums = parse("forums:\n  - name: X\n    secretaries: [a]\n    deadline_days: 7\n  - name: Y\n    secretaries: [a]");
        assertThat(forums.find("X").orElseThrow().lastDayToPropose(java.time.LocalDate.of(2026, 12, 10)))
                .isEqualTo(java.time.LocalDate.of(2026, 12, 3));
        assertThat(forums.find("Y").orElseThrow().deadlineDays()).isNull();
        assertThat(forums.find("Y").orElseThrow().lastDayToPropose(java.time.LocalDate.of(2026, 12, 10)))
                .isEqualTo(java.time.LocalDate.of(2026, 12, 10));
        for (String bad : new String[] {"-1", "en uge", "2.5", "400"}) {
            assertThatThrownBy(() -> parse("forums:\n  - name: X\n    secretaries: [a]\n    deadline_days: " + bad))
                    .as(bad).hasMessageContaining("forum 1 (X)").hasMessageContaining("deadline_days");
        }
    }

    @Test
    void theShippedExampleLoads() {
        assertThat(Forums.example().all()).isNotEmpty();
    }

    @Test
    void aBadFileSaysWhatIsWrongAndWhere() {
        assertThatThrownBy(() -> parse("forums:\n  - name: X\n    secretaries: [a]\n    starts: kvart over")).hasMessageContaining("forum 1 (X)")
                .hasMessageContaining("starts");
        assertThatThrownBy(() -> parse("forums:\n  - name: X\n    starts: \"09:00\"")).hasMessageContaining("secretary");
        assertThatThrownBy(() -> parse("udvalg: []")).hasMessageContaining("forums:");
        assertThatThrownBy(() -> parse("forums:\n  - name: X\n    secretaries: [a]\n  - name: x\n    secretaries: [a]")).hasMessageContaining("twice");
    }
}
