package dk.hrassistenten.bot.command;

import dk.hrassistenten.bot.answer.UnitReplies;
import dk.hrassistenten.bot.reply.Reply;
import java.util.List;

/** "/enhed <navn>": one unit, by its name, former name or short form. */
public final class UnitCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("enhed", List.of("unit"),
            "Viser én enhed: leder, reference, placering og opgaver.", "enhed <navn>", List.of("enhed <forkortelse>", "enhed <tidligere navn>"), CommandSpec.Arguments.FREE_TEXT);

    private final UnitReplies units;

    public UnitCommand(UnitReplies units) {
        this.units = units;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(CommandContext context, String arguments) {
        if (arguments.isBlank()) {
            return Reply.error(context.texts().get("help.usage") + ": /" + SPEC.usage());
        }
        return units.find(context.knowledge().units(), arguments)
                .map(u -> units.describe(u, context.knowledge().units(), context.texts()))
                .orElseGet(() -> Reply.notFound(context.texts().get("unit.unknown", arguments)));
    }
}
