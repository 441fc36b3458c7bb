package dk.hrassistenten.bot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.reply.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandRegistryTest {

    private final CommandRegistry registry = new Assistant(() -> null, new SimpleMeterRegistry()).commands();

    @Test
    void everyExampleInTheHelpParsesToItsOwnCommand() {
        for (Command command : registry.commands()) {
            for (String example : command.spec().examples()) {
                assertThat(registry.parse("/" + example)).as(example)
                        .hasValueSatisfying(inv -> assertThat(inv.command()).isSameAs(command));
            }
        }
    }

    @Test
    void aDuplicateNameFailsAtStart() {
        Command a = stub("hvem", List.of());
        Command b = stub("who", List.of("hvem"));
        assertThatThrownBy(() -> new CommandRegistry(List.of(a, b))).hasMessageContaining("'hvem'");
    }

    @Test
    void wordsThatAreAlsoCommandsNeedTheSlashUnlessTheCommandIsABareWord() {
        assertThat(registry.parse("hvem håndterer løn?")).isEmpty();
        assertThat(registry.parse("/hvem løn")).hasValueSatisfying(inv -> assertThat(inv.arguments()).isEqualTo("løn"));
        assertThat(registry.parse("hjælp")).isPresent();
        assertThat(registry.parse("Hjælp hvem")).isPresent();
        assertThat(registry.parse("hjælp mig med at finde ud af min løn")).isEmpty();
        assertThat(registry.parse("/ukendt")).hasValueSatisfying(inv -> assertThat(inv.command()).isNull());
    }

    private static Command stub(String name, List<String> aliases) {
        CommandSpec spec = new CommandSpec(name, aliases, "s", name, List.of(), false);
        return new Command() {
            @Override
            public CommandSpec spec() {
                return spec;
            }

            @Override
            public Reply execute(CommandContext context, String arguments) {
                return Reply.help("");
            }
        };
    }
}
