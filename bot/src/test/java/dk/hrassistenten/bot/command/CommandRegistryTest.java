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
    void everyExampleAlsoParsesWithoutItsSlash() {
        for (Command command : registry.commands()) {
            for (String example : command.spec().examples()) {
                assertThat(registry.parse(example)).as(example)
                        .hasValueSatisfying(inv -> assertThat(inv.command()).isSameAs(command));
            }
        }
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

    @Test
    void aCommandWithoutItsSlashCountsWhenItsArgumentsFollow() {
        CommandRegistry withAgenda = new CommandRegistry(List.of(stub("hvem", List.of("who")),
                new CommandSpecOnly(new CommandSpec("dagsorden", List.of("agenda"), "s", "dagsorden", List.of(), CommandSpec.Arguments.SUBCOMMAND,
                        List.of("vis", "list", "tilføj")))));
        assertThat(withAgenda.parse("dagsorden vis forum=\"HMU Social\" dato=2030-12-10"))
                .hasValueSatisfying(inv -> {
                    assertThat(inv.command().spec().name()).isEqualTo("dagsorden");
                    assertThat(inv.arguments()).isEqualTo("vis forum=\"HMU Social\" dato=2030-12-10");
                    assertThat(inv.loose()).isFalse();
                });
        assertThat(withAgenda.parse("Agenda list forum=HMU date=2030-12-10")).hasValueSatisfying(inv -> assertThat(inv.name()).isEqualTo("agenda"));
        assertThat(withAgenda.parse("dagsorden forum=HMU")).isPresent();
        assertThat(withAgenda.parse("dagsorden")).isPresent();
        // An ordinary sentence that starts with a command's word is not the command.
        assertThat(withAgenda.parse("Dagsorden for næste møde i HMU, hvornår kommer den?")).isEmpty();
        assertThat(withAgenda.parse("agenda for the next meeting")).isEmpty();
        assertThat(registry.parse("Enheder i regionen")).isEmpty();
        assertThat(registry.parse("enheder")).isPresent();
        assertThat(registry.parse("Hjælp!")).isPresent();
    }

    @Test
    void freeTextWithoutTheSlashIsAQuestionWhenItHasAQuestionMarkAndMarkedLooseOtherwise() {
        assertThat(registry.parse("Hvem håndterer løn?")).isEmpty();
        assertThat(registry.parse("hvem lønudbetaling")).hasValueSatisfying(inv -> assertThat(inv.loose()).isTrue());
        assertThat(registry.parse("/hvem lønudbetaling")).hasValueSatisfying(inv -> assertThat(inv.loose()).isFalse());
        assertThat(registry.parse("hvem")).isEmpty();
    }

    private record CommandSpecOnly(CommandSpec spec) implements Command {
        @Override
        public Reply execute(CommandContext context, String arguments) {
            return Reply.help("");
        }
    }

    private static Command stub(String name, List<String> aliases) {
        CommandSpec spec = new CommandSpec(name, aliases, "s", name, List.of(), CommandSpec.Arguments.FREE_TEXT);
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
