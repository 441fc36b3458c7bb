package dk.hrassistenten.bot.command;

import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import java.util.Objects;

/**
 * What a command runs with: the message, the knowledge as it is now, the texts in the asker's language,
 * and the other commands. {@code knowledge} is null while the first index is built, and then only
 * commands that do not {@linkplain Command#needsKnowledge() need it} run.
 */
public record CommandContext(Inbound inbound, KnowledgeSnapshot knowledge, Texts texts, CommandRegistry registry) {
    public CommandContext {
        Objects.requireNonNull(inbound, "inbound");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(registry, "registry");
    }
}
