package dk.hrassistenten.bot.command;

import dk.hrassistenten.bot.reply.Reply;

/** A command a person types ("/hvem løn"). Implementations are stateless and thread-safe. */
public interface Command {

    CommandSpec spec();

    /**
     * @param arguments what follows the command name, stripped; may be empty
     */
    Reply execute(CommandContext context, String arguments);

    /** Whether the command needs the knowledge index; one that does not works while the first index is built. */
    default boolean needsKnowledge() {
        return true;
    }
}
