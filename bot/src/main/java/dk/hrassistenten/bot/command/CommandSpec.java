package dk.hrassistenten.bot.command;

import java.util.List;
import java.util.Objects;

/**
 * What a command is called and how it is used; help is generated from these.
 *
 * @param bareWord whether the command also works without a leading "/" when it is the first word
 *     ("hjælp"); commands whose names are ordinary words ("hvem") need the slash
 */
public record CommandSpec(String name, List<String> aliases, String summary, String usage, List<String> examples,
                          boolean bareWord) {
    public CommandSpec {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(usage, "usage");
        examples = List.copyOf(examples);
    }

    /** The name and every alias. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
