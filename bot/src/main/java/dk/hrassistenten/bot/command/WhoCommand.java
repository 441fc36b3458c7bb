package dk.hrassistenten.bot.command;

import dk.hrassistenten.bot.answer.UnitReplies;
import dk.hrassistenten.bot.reply.Reply;
import java.util.List;

/** "/hvem <emne>": which unit handles a topic. */
public final class WhoCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("hvem", List.of("who"),
            "Finder den enhed, der tager sig af et emne.", "hvem <emne>",
            List.of("hvem lønudbetaling", "who handles recruitment"), CommandSpec.Arguments.FREE_TEXT);

    private final UnitReplies units;

    public WhoCommand(UnitReplies units) {
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
        return units.whoHandles(context.knowledge(), arguments, context.texts().english())
                .orElseGet(() -> Reply.notFound(context.texts().get("unit.none", arguments)));
    }
}
