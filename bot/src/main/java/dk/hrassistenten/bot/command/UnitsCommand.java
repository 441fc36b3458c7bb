package dk.hrassistenten.bot.command;

import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.knowledge.units.Unit;
import dk.hrassistenten.knowledge.units.UnitDirectory;
import java.util.List;

/** "/enheder": every unit the organisation descriptions name. */
public final class UnitsCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("enheder", List.of("units"),
            "Viser alle enheder, som organisationsbeskrivelserne nævner.", "enheder", List.of("enheder"), CommandSpec.Arguments.NONE);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(CommandContext context, String arguments) {
        UnitDirectory directory = context.knowledge().units();
        var texts = context.texts();
        if (directory.units().isEmpty()) {
            return Reply.notFound(texts.get("units.none"));
        }
        StringBuilder text = new StringBuilder(directory.department() == null ? texts.get("units.title.plain")
                : texts.get("units.title", directory.department())).append('\n');
        for (Unit u : directory.units()) {
            text.append("- ").append(u.name());
            if (!u.aliases().isEmpty()) {
                text.append(" (").append(String.join(", ", u.aliases())).append(')');
            }
            text.append('\n');
        }
        return Reply.help(text.toString().strip());
    }
}
