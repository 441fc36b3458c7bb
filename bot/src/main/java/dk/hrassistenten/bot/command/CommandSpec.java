package dk.hrassistenten.bot.command;

import java.util.List;
import java.util.Objects;

/**
 * What a command is called and how it is used; help is generated from these. The shape of its arguments
 * tells when a message without the leading "/" is this command ("dagsorden vis forum=…", which Teams'
 * command menu inserts) and when it is an ordinary sentence that happens to start with the same word
 * ("Hvem håndterer løn?").
 *
 * @param arguments what may follow the name
 * @param subcommands for {@link Arguments#SUBCOMMAND}: the words that may follow the name ("vis", "list"), lower case
 */
public record CommandSpec(String name, List<String> aliases, String summary, String usage, List<String> examples,
                          Arguments arguments, List<String> subcommands) {

    /** What may follow a command's name. */
    public enum Arguments {
        /** Nothing ("enheder"). */
        NONE,
        /** A subcommand word and key=value pairs ("dagsorden vis forum=… dato=…"), or nothing. */
        SUBCOMMAND,
        /** Another command's name ("hjælp hvem"), or nothing. */
        COMMAND_NAME,
        /** Free text ("hvem lønudbetaling"); without the slash only when it does not read as a question. */
        FREE_TEXT
    }

    public CommandSpec {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(usage, "usage");
        examples = List.copyOf(examples);
        Objects.requireNonNull(arguments, "arguments");
        subcommands = subcommands.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** A command without subcommands. */
    public CommandSpec(String name, List<String> aliases, String summary, String usage, List<String> examples, Arguments arguments) {
        this(name, aliases, summary, usage, examples, arguments, List.of());
    }

    /** The name and every alias. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
