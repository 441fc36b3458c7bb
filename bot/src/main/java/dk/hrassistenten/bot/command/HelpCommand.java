package dk.hrassistenten.bot.command;

import dk.hrassistenten.bot.reply.Reply;
import java.util.List;
import java.util.Locale;

/** "hjælp": what the assistant does and every command, generated from the command specs. */
public final class HelpCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("hjælp", List.of("help", "hjaelp"),
            "Viser, hvad jeg kan, og alle kommandoer. \"hjælp <kommando>\" viser én.",
            "hjælp [kommando]", List.of("hjælp", "hjælp hvem"), CommandSpec.Arguments.COMMAND_NAME);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(CommandContext context, String arguments) {
        var texts = context.texts();
        String wanted = arguments.strip().replaceFirst("^/", "").toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder();
        if (!wanted.isEmpty()) {
            for (CommandSpec spec : context.registry().specs()) {
                if (spec.names().contains(wanted)) {
                    return Reply.help(full(spec, texts));
                }
            }
        }
        text.append(texts.get("help.title")).append("\n\n").append(texts.get("help.commands")).append('\n');
        for (CommandSpec spec : context.registry().specs()) {
            describe(spec, texts, text, false);
        }
        return Reply.help(text.toString().strip());
    }

    /**
     * One command's help with its examples: what "hjælp <kommando>" shows, and a command's own "hjælp". A text
     * {@code help.more.<name>} in the user texts, when there is one, follows: how a workflow of several steps goes.
     */
    public static String full(CommandSpec spec, dk.hrassistenten.bot.Texts texts) {
        StringBuilder text = new StringBuilder();
        describe(spec, texts, text, true);
        String more = "help.more." + spec.name();
        if (texts.has(more)) {
            text.append('\n').append(texts.get(more));
        }
        return text.toString().strip();
    }

    private static void describe(CommandSpec spec, dk.hrassistenten.bot.Texts texts, StringBuilder text, boolean full) {
        text.append("- `/").append(spec.usage()).append("`: ").append(spec.summary()).append('\n');
        if (full) {
            text.append(texts.get("help.examples")).append(":\n");
            spec.examples().forEach(e -> text.append("  `/").append(e).append("`\n"));
        }
    }
}
